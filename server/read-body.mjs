// Reads a request body as UTF-8 text from Node's own request (no web-stream conversion: that
// cost a quarter of each like), giving up as soon as it passes `maxBytes` — whatever
// Content-Length claims, so a chunked upload cannot make the server buffer megabytes.

/**
 * @param {import('node:http').IncomingMessage} incoming
 * @param {number} maxBytes
 * @returns {Promise<{ ok: true, text: string } | { ok: false, reason: 'too-large' | 'not-utf8' }>}
 */
export function readBody(incoming, maxBytes) {
  const declared = Number(incoming.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, reason: 'too-large' });
  // The client went away while the request waited (for the rate limiter, say): its `close` has
  // come and gone, so nothing below would ever end. As mid-body: an empty body.
  if (incoming.destroyed) return Promise.resolve({ ok: true, text: '' });
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        done({ ok: false, reason: 'too-large' });
        // Stop reading; the answer (413) closes the connection.
        incoming.pause();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      try {
        done({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)) });
      } catch {
        done({ ok: false, reason: 'not-utf8' });
      }
    };
    // A client that goes away mid-body gets no answer; an empty body is what the parser sees.
    const onClose = () => done({ ok: true, text: '' });
    /** @param {{ ok: true, text: string } | { ok: false, reason: 'too-large' | 'not-utf8' }} result */
    function done(result) {
      incoming.off('data', onData).off('end', onEnd).off('close', onClose);
      resolve(result);
    }
    incoming.on('data', onData).on('end', onEnd).on('close', onClose);
  });
}
