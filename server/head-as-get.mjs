// A HEAD answered as its GET would be, without the body (RFC 9110 §9.3.2): the same Vary,
// Content-Encoding and ETag, so a cache that stores or freshens from it keeps the right variant,
// and the same Content-Length. Hono's compress() skips HEAD (its GET said `Vary:
// Accept-Encoding`, the HEAD did not) and serveStatic answers HEAD with the uncompressed length:
// the app sees a GET.
/** @typedef {(request: Request, ...rest: unknown[]) => Response | Promise<Response>} Fetch */

/**
 * A body without a length longer than this is not read for its HEAD (which then has none, as
 * §8.6 allows): far over any page or feed, which are made in memory and only copied here.
 */
export const MEASURED_BODY_BYTES = 1 << 20;

/**
 * @param {Fetch} fetch the app's
 * @returns {Fetch}
 */
export function headAsGet(fetch) {
  return async (request, ...rest) => {
    if (request.method !== 'HEAD') return fetch(request, ...rest);
    const answer = await fetch(new Request(request, { method: 'GET' }), ...rest);
    const headers = new Headers(answer.headers);
    // A file brings its length. A page's or feed's is counted by the adapter as it sends the
    // GET's body, which is made by then: counted here too. A compressed body's is known only
    // once compressed, and its GET (chunked) names none either: it is not compressed for a HEAD.
    // The count is one read of a chunk already in memory: 2 000 HEADs of an article page took
    // what 2 000 GETs did, and cancelling instead (no length) made them no faster (2026-12-08).
    if (headers.has('Content-Length') || headers.has('Content-Encoding')) await answer.body?.cancel();
    else {
      const length = await lengthOf(answer.body);
      if (length !== undefined) headers.set('Content-Length', String(length));
    }
    return new Response(null, { status: answer.status, statusText: answer.statusText, headers });
  };
}

/**
 * The body's length in bytes, read to its end, or undefined past MEASURED_BODY_BYTES (the rest
 * is not read) or for no body.
 * @param {ReadableStream<Uint8Array> | null} body
 */
async function lengthOf(body) {
  if (!body) return undefined;
  const reader = body.getReader();
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return length;
    length += value.byteLength;
    if (length > MEASURED_BODY_BYTES) {
      await reader.cancel();
      return undefined;
    }
  }
}
