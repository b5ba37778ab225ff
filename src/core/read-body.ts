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
  // A body declared too large is not even started.
  let size = +headers.get('Content-Length')! > maxBytes ? Infinity : 0;
  const refuse = (reason: FailureReason, message: string): BodyResult => {
    void reader?.cancel().catch(() => undefined);
    return { ok: false, failure: { reason, message } };
  };
  // JSON is served under many labels (application/json, feed+json, text/plain, none at all);
  // these media types are certainly something else, such as an HTML error page. (Header
  // values come trimmed.)
  if (/html|xml|^(image|audio|video|font)\//i.test(type)) return refuse('not-json', `${type} is not JSON`);
  for (let chunk; size <= maxBytes; size += chunk.value.byteLength) {
    if (!reader || (chunk = await reader.read()).done) {
      try {
        return { ok: true, json: (await new Response(new Blob(chunks)).json()) as unknown };
      } catch {
        return refuse('not-json', 'invalid JSON');
      }
    }
    chunks.push(chunk.value as BlobPart);
  }
  return refuse('too-large', `over ${maxBytes} bytes`);
}
