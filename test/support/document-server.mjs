// A tiny HTTP server on 127.0.0.1 (port 0) that serves given documents by path, counts the
// requests, and answers anything else with a 404: the far end of the server renderer's fetches.
// A route can hold its answer (a host that stalls) until a promise settles.
import { createServer } from 'node:http';

/**
 * @param {Record<string, { body: string, type?: string, status?: number, until?: Promise<unknown> }>} routes by path;
 *   until: the route answers once it settles
 */
export async function serveDocuments(routes) {
  /** @type {string[]} */
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const route = routes[path];
    await route?.until;
    response.writeHead(route?.status ?? (route ? 200 : 404), { 'Content-Type': route?.type ?? 'application/json' });
    response.end(route?.body ?? '{"error":"not found"}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
