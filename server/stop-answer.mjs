// The stop's answer to a request still unanswered when its drain ends (server.mjs): a 503 that
// says when to ask again and that the connection closes, with the headers every answer carries
// and the CORS headers every route's answers carry (api.mjs, app.mjs), instead of a connection
// cut without a word, which a browser shows as a network error and a load balancer may not retry.
import { JSON_TYPE, NO_STORE } from './api.mjs';
import { BASE_HEADERS } from './security-headers.mjs';

/**
 * Seconds to wait before asking again. The request can go elsewhere at once (another process
 * behind the load balancer answers it): 1, the least a whole number says. Clients
 * that read it (the widgets' document loader) wait that long, not their own back-off.
 */
export const STOP_RETRY_AFTER = '1';

/**
 * Answers `response` 503 and closes its connection once the answer is sent (Node does, for
 * `Connection: close`). Only for a response whose headers are not sent. Its handler goes on: the
 * API's writes nothing more (api.mjs), nor does the app's (server.mjs), and a like not yet in the
 * database finds the store closed.
 * @param {import('node:http').ServerResponse} response
 * @param {(origin: string | undefined) => Record<string, string>} cors  corsHeaders(config.corsOrigins)
 */
export function answerStopping(response, cors) {
  const { req: request } = response;
  const json = request.url?.startsWith('/api/');
  const body = json ? '{"error":"The server is stopping; try again."}' : 'The server is stopping; try again.\n';
  response.writeHead(503, {
    ...BASE_HEADERS,
    ...cors(request.headers.origin),
    ...NO_STORE,
    'Content-Type': json ? JSON_TYPE : 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Retry-After': STOP_RETRY_AFTER,
    Connection: 'close',
  });
  response.end(body);
}
