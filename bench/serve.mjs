// A server in its own process for the server benchmarks, so the load generator does not share
// its event loop: `node bench/serve.mjs floor` (a bare node:http server) or `node bench/serve.mjs
// app` (the reference server, settings from the environment). Prints its URL as one JSON line.
// Asked 'cpu' over IPC, it answers the CPU time it has used (µs): on a busy machine, requests
// per CPU-second vary far less than requests per second.
import { createServer } from 'node:http';

process.on('message', (message) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpu: user + system });
  }
});
// The IPC channel must not keep a finished server alive.
process.channel?.unref();

const mode = process.argv[2];

if (mode === 'floor') {
  // What any Node server must do at least: read the body, answer fixed JSON.
  const like = Buffer.from(JSON.stringify({ count: 1, liked: true }));
  const document = Buffer.from(process.env.FLOOR_DOCUMENT ?? '{}');
  const server = createServer((request, response) => {
    const body = request.method === 'POST' ? like : document;
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
      response.end(body);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    console.log(JSON.stringify({ url: `http://127.0.0.1:${port}` }));
  });
} else {
  const { readConfig } = await import('../server/config.mjs');
  const { startServer } = await import('../server/server.mjs');
  const running = await startServer(readConfig({ HOST: '127.0.0.1', PORT: '0', QUIET: '1', LIKE_RATE_LIMIT: '0', ...process.env }));
  console.log(JSON.stringify({ url: running.url }));
  process.on('SIGTERM', () => running.close().then(() => process.exit(0)));
}
