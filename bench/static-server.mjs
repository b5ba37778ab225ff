// Serves the repository root on 127.0.0.1 (a free port) for the render and main-thread benches.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json' };

/**
 * Starts the server; resolves to { origin, close }. `routes` answers some paths from memory
 * (path → { type, body } or a function of the path returning one, or undefined for a 404);
 * a route ending in `/` answers every path under it.
 * @param {string} [root]
 * @param {Record<string, { type: string, body: string | Buffer } | ((path: string) => { type: string, body: string | Buffer } | undefined)>} [routes]
 */
export function serveRoot(root = '.', routes = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const key = path in routes ? path : Object.keys(routes).find((prefix) => prefix.endsWith('/') && path.startsWith(prefix));
    if (key !== undefined) {
      const route = routes[key];
      const answer = typeof route === 'function' ? route(path) : route;
      if (!answer) res.writeHead(404).end();
      else res.writeHead(200, { 'Content-Type': answer.type, 'Cache-Control': 'no-store' }).end(answer.body);
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) }),
    ),
  );
}
