import type { FailureReason } from './article.js';

type BodyResult =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly failure: { readonly reason: FailureReason; readonly message: string } };

/**
 * Reads a response as JSON with a byte cap. HTML (an error page behind a 200) and anything
 * that does not parse is `not-json`; a body over `maxBytes` is `too-large`, checked from
 * `Content-Length` first and then while streaming, so a huge body is never held in memory.
 */
export async function readBody(response: Response, maxBytes: number): Promise<BodyResult> {
  const type = response.headers.get('Content-Type') ?? '';
  // JSON is served under many labels (application/json, feed+json, text/plain, none at all);
  // these media types are certainly something else, such as an HTML error page.
  if (/\bhtml\b|\/xml\b|^\s*(image|audio|video|font)\//i.test(type)) {
    void response.body?.cancel().catch(() => undefined);
    return notJson(`the answer is ${type.split(';')[0]}, not JSON`);
  }
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return tooLarge(maxBytes);
  }
  const text = await readText(response, maxBytes);
  if (text === undefined) return tooLarge(maxBytes);
  if (text.trim() === '') return notJson('the answer is empty');
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return notJson(/^\s*</.test(text) ? 'the answer is HTML, not JSON' : 'the answer is not valid JSON');
  }
}

async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

function notJson(message: string): BodyResult {
  return { ok: false, failure: { reason: 'not-json', message } };
}

function tooLarge(maxBytes: number): BodyResult {
  return { ok: false, failure: { reason: 'too-large', message: `the answer is over ${Math.round(maxBytes / 1024)} KiB` } };
}
