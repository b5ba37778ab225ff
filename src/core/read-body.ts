import type { FailureReason } from './article.js';

type BodyResult =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly failure: { readonly reason: FailureReason; readonly message: string } };

/**
 * Reads a response as JSON with a byte cap. HTML (an error page, even behind a 200), an empty
 * body and anything else that does not parse is `not-json`; a body over `maxBytes` is `too-large`,
 * checked from `Content-Length` first and then while streaming, so a huge body is never held in memory.
 */
export async function readBody({ headers, body }: Response, maxBytes: number): Promise<BodyResult> {
  const reader = body?.getReader();
  const type = headers.get('Content-Type') ?? '';
  const chunks: BlobPart[] = [];
  // JSON is served under many labels (application/json, feed+json, text/plain, none at all);
  // these media types are certainly something else, such as an HTML error page. (Header
  // values come trimmed.)
  const refused = /html|xml|^(image|audio|video|font)\//i.test(type);
  // A body refused by its type, or declared too large, is not even started.
  for (let chunk, size = refused || +headers.get('Content-Length')! > maxBytes ? Infinity : 0; size <= maxBytes; size += chunk.value.byteLength) {
    if (!reader || (chunk = await reader.read()).done) {
      try {
        return { ok: true, json: (await new Response(new Blob(chunks)).json()) as unknown };
      } catch {
        return { ok: false, failure: { reason: 'not-json', message: 'invalid JSON' } };
      }
    }
    chunks.push(chunk.value as BlobPart);
  }
  void reader?.cancel().catch(() => undefined);
  return { ok: false, failure: refused ? { reason: 'not-json', message: `${type} is not JSON` } : { reason: 'too-large', message: `over ${maxBytes} bytes` } };
}
