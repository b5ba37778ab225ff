// A raw HTTP server on 127.0.0.1 (its own port, so also another origin than the test page)
// that misbehaves on purpose, for the fault tests of the loader. Routes:
//   /ok            a valid article (CORS open)          /no-cors     the same without CORS headers
//   /reset         headers, half a body, then a TCP reset
//   /slow?ms=N     the body trickles out over N ms      /never       headers, then nothing, forever
//   /redirect?to=U 301 to U                              /no-content  204
//   /empty         200 with an empty body                /html        a JSON body labelled text/html
//   /image         a JSON body labelled image/png        /bomb        1 KB of gzip that inflates to 64 MiB
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const article = JSON.stringify({ title: 'Fault server article', url: '/story/', image: { src: '/img/a.jpg', alt: '' } });
const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 32), { level: 9 });
const open = new Set();

function cors(res) {
  res.setHeader('Access-Control-Allow-Origin', '*');
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname !== '/no-cors') cors(res);
  switch (url.pathname) {
    case '/ok':
    case '/no-cors':
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(article);
      return;
    case '/reset':
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(article.length) });
      res.write(article.slice(0, 10), () => setTimeout(() => req.socket.resetAndDestroy?.() ?? req.socket.destroy(), 20));
      return;
    case '/slow': {
      const ms = Number(url.searchParams.get('ms') ?? 500);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      let i = 0;
      const step = Math.max(1, Math.floor(article.length / 10));
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer);
        res.write(article.slice(i, i + step));
        i += step;
        if (i >= article.length) {
          clearInterval(timer);
          res.end();
        }
      }, ms / 10);
      return;
    }
    case '/never':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"title":');
      open.add(res);
      res.on('close', () => open.delete(res));
      return;
    case '/redirect':
      res.writeHead(301, { Location: url.searchParams.get('to') ?? '/ok' }).end();
      return;
    case '/no-content':
      res.writeHead(204).end();
      return;
    case '/empty':
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '0' }).end();
      return;
    case '/html':
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(article);
      return;
    case '/image':
      res.writeHead(200, { 'Content-Type': 'image/png' }).end(article);
      return;
    case '/bomb':
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }).end(bomb);
      return;
    default:
      res.writeHead(404).end();
  }
});

/** Starts the server on a free port; resolves to its origin (http://127.0.0.1:PORT). */
export function startFaultServer() {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}

/** A port on which nothing listens (connection refused). */
export function closedPort() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export function stopFaultServer() {
  for (const res of open) res.destroy();
  server.closeAllConnections?.();
  server.close();
}
