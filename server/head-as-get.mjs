// A HEAD answered as its GET would be, without the body (RFC 9110 §9.3.2): the same Vary,
// Content-Encoding and ETag, so a cache that stores or freshens from it keeps the right variant;
// a file's Content-Length too (a page's or feed's, counted by the adapter as it sends the body,
// is left out, as §9.3.2 allows). Hono's compress() skips HEAD (its GET said `Vary:
// Accept-Encoding`, the HEAD did not) and serveStatic answers HEAD with the uncompressed length:
// the app sees a GET.
/** @typedef {(request: Request, ...rest: unknown[]) => Response | Promise<Response>} Fetch */

/**
 * @param {Fetch} fetch the app's
 * @returns {Fetch}
 */
export function headAsGet(fetch) {
  return async (request, ...rest) => {
    if (request.method !== 'HEAD') return fetch(request, ...rest);
    const answer = await fetch(new Request(request, { method: 'GET' }), ...rest);
    // The body is never sent: a file's stream is closed, a compression stopped.
    await answer.body?.cancel();
    return new Response(null, answer);
  };
}
