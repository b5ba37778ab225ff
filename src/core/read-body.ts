import type { FailureReason } from './article.js';

type BodyResult =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly failure: { readonly reason: FailureReason; readonly message: string } };

/** Reads a decoded XML text into a document, or says why not (see xml-document.ts). */
export type XmlReader = (text: string) => BodyResult;

// JSON is served under many labels (application/json, feed+json, text/plain, none at all);
// these media types are certainly something else, such as an HTML error page. (Header values
// come trimmed.) XML is refused unless the caller reads it (feeds).
const NOT_DATA = /html|^(image|audio|video|font)\//i;
// An XML feed is labelled so (rss+xml, atom+xml, text/xml…), or starts like one whatever its label.
const XML_TYPE = /xml/i;
const XML_START = /^\s*<(\?xml|rss|feed)\b/;

/** The decoder for a `charset` label (in Content-Type or an XML declaration); UTF-8 when absent or unknown. */
function decoder(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label?.trim());
  } catch {
    return new TextDecoder();
  }
}

/** The chunks as one array: the only chunk itself when there is one (a Blob would cost a round trip). */
function joined(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length == 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a response as JSON (or, with `readXml`, as an XML feed) with a byte cap. HTML (an error
 * page, even behind a 200), an empty body and anything else that does not parse is `not-json`;
 * a body over `maxBytes` is `too-large`, checked from `Content-Length` first and then while
 * streaming, so a huge body is never held in memory. The `charset` of `Content-Type` is
 * honoured (ISO-8859-1, windows-1252…), else a UTF-8 byte order mark, else an XML declaration's
 * `encoding`, else UTF-8.
 */
export async function readBody({ headers, body }: Response, maxBytes: number, readXml?: XmlReader): Promise<BodyResult> {
  const reader = body?.getReader();
  const type = headers.get('Content-Type') ?? '';
  const chunks: Uint8Array[] = [];
  const refused = NOT_DATA.test(type) || (!readXml && XML_TYPE.test(type));
  // A body refused by its type, or declared too large, is not even started.
  for (let chunk, size = refused || +headers.get('Content-Length')! > maxBytes ? Infinity : 0; size <= maxBytes; size += chunk.value.byteLength) {
    if (!reader || (chunk = await reader.read()).done) {
      const bytes = joined(chunks, size);
      const charset = /;\s*charset\s*=\s*"?([^";]+)/i.exec(type)?.[1];
      const text = decoder(charset).decode(bytes);
      if (readXml && (XML_TYPE.test(type) || XML_START.test(text))) {
        // Without a charset, a feed's XML declaration names its encoding, unless a UTF-8 byte
        // order mark says otherwise (it wins, as in a browser). The declaration is ASCII in every
        // encoding a feed may use, so it reads the same in the first decoding; JSON never pays
        // for a second decoder. A declared UTF-16 read in ASCII is not UTF-16 (.NET's StringWriter
        // writes it on UTF-8 bytes): UTF-8, as a browser reads it.
        const declared = !charset && bytes[0] !== 0xef && /^\s*<\?xml[^>]*encoding=["'](?!utf-16)([\w-]+)/i.exec(text)?.[1];
        return readXml(declared ? decoder(declared).decode(bytes) : text);
      }
      try {
        return { ok: true, json: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, failure: { reason: 'not-json', message: 'invalid JSON' } };
      }
    }
    chunks.push(chunk.value);
  }
  void reader?.cancel().catch(() => {});
  return { ok: false, failure: refused ? { reason: 'not-json', message: `${type} is not JSON` } : { reason: 'too-large', message: `over ${maxBytes} bytes` } };
}
