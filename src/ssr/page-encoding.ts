/**
 * The command's page as text, when it is UTF-8. The rendered widgets are written in UTF-8 (their
 * texts: "Français", "…"), so a page in another encoding would come out mixed, and one read as
 * UTF-8 when it is not would lose each of its accented letters to U+FFFD, written over the page
 * itself with `-o` the same file. Such a page is refused, saying why, before anything is written.
 */
export type DecodedPage = { readonly html: string } | { readonly problem: string };

// The HTML standard's prescan looks at the first 1024 bytes for a declaration.
const PRESCAN_BYTES = 1024;
// `<meta charset=x>` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
const DECLARED = /<meta\s[^>]*?charset\s*=\s*["']?\s*([^\s"'/>;]+)/i;

export function decodePage(bytes: Uint8Array): DecodedPage {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return { problem: 'is UTF-16 (it starts with its byte order mark); convert it to UTF-8 first' };
  }
  const hasUtf8Mark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = hasUtf8Mark ? undefined : declaredEncoding(bytes);
  if (declared) {
    return { problem: `declares ${declared} (its <meta> charset); convert it to UTF-8 and declare that first (e.g. iconv -f ${declared} -t utf-8): the widgets are written in UTF-8` };
  }
  try {
    // The byte order mark, if any, stays in the page as it was.
    return { html: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { problem: 'is not UTF-8 (some of its bytes are not); convert it to UTF-8 first' };
  }
}

/** The encoding the page declares in its first bytes, when it is a known one other than UTF-8. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const label = DECLARED.exec(new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)))?.[1];
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    // A label no browser knows: they read the page as if it declared nothing.
    return undefined;
  }
  // The standard reads a declared UTF-16 as UTF-8 (the bytes it is looking at are ASCII).
  return label && encoding !== 'utf-8' && !encoding.startsWith('utf-16') ? encoding : undefined;
}
