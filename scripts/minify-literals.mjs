// A Vite/Rolldown plugin for the CDN build: shrinks the text inside Lit's `css` and `html`
// tagged templates, which a JS minifier leaves alone (it cannot know the text is CSS/HTML).
// Only changes that cannot alter what renders: CSS comments go, whitespace runs collapse to
// one space (none next to `{ } ; ,` or after `:`), no `;` before `}`, no leading zero in `0.5`;
// quoted strings and `${…}` stay verbatim;
// in `html` templates a whitespace run that holds a line break becomes one space.

const PUNCTUATION = new Set(['{', '}', ';', ',']);

/** True for a module of our own sources (a .ts file under src/), as Vite names it. */
export const isSource = (id) => /\/src\/.*\.ts$/.test(id);

/** Minifies one static CSS chunk (the text between two `${…}` of a `css` template). */
export function minifyCssChunk(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (/\s/.test(c) || (c === '/' && text[i + 1] === '*')) {
      // A run of whitespace and comments separates tokens: one space, or none where CSS needs none.
      let j = i;
      for (;;) {
        if (/\s/.test(text[j] ?? '')) j++;
        else if (text[j] === '/' && text[j + 1] === '*') {
          const end = text.indexOf('*/', j + 2);
          j = end === -1 ? text.length : end + 2;
        } else break;
      }
      const prev = out[out.length - 1];
      const next = text[j];
      if (prev === undefined || next === undefined) out += ' ';
      else if (!(PUNCTUATION.has(prev) || prev === ':' || PUNCTUATION.has(next))) out += ' ';
      i = j;
    } else if (c === '}' && out.endsWith(';') && !out.endsWith('\\;')) {
      // The last declaration of a block needs no `;`.
      out = out.slice(0, -1) + c;
      i++;
    } else if (c === '0' && text[i + 1] === '.' && /\d/.test(text[i + 2] ?? '') && /^$|[\s:,(+*/-]$/.test(out.slice(-1))) {
      // `0.5em` → `.5em`: a number's leading zero (never a digit of a longer number).
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Minifies one static HTML chunk of an `html` template. */
export function minifyHtmlChunk(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * True when `index` sits in a comment line: one that starts with `//` or `*` (a JSDoc line), or
 * with `/*` not closed before `index`. A tag named in prose ("a static-html`…` literal") is no
 * template; reading it as one would swallow code up to the next backtick.
 */
function inComment(code, index) {
  const line = code.slice(code.lastIndexOf('\n', index) + 1, index);
  return /^\s*(?:\/\/|\*)/.test(line) || (/^\s*\/\*/.test(line) && !line.includes('*/'));
}

/**
 * Calls `fn` on every static chunk of every `tag\`…\`` literal in `code`; returns the new code.
 * `onTemplate`, if given, receives each literal's chunks (inner literals come first).
 */
export function rewriteTemplates(code, tag, fn, onTemplate) {
  const opener = new RegExp(`\\b${tag}\``, 'g');
  let result = '';
  let last = 0;
  let match;
  while ((match = opener.exec(code))) {
    if (inComment(code, match.index)) continue;
    let i = match.index + match[0].length;
    result += code.slice(last, i);
    let chunk = '';
    const chunks = [];
    for (;;) {
      if (i >= code.length) return code; // unbalanced: leave the file alone
      const c = code[i];
      if (c === '\\') {
        chunk += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        result += fn(chunk) + '`';
        chunks.push(chunk);
        onTemplate?.(chunks);
        i++;
        break;
      } else if (c === '$' && code[i + 1] === '{') {
        result += fn(chunk);
        chunks.push(chunk);
        chunk = '';
        let depth = 0;
        const start = i;
        for (i += 1; i < code.length; i++) {
          if (code[i] === '{') depth++;
          else if (code[i] === '}' && --depth === 0) break;
        }
        // Templates nested in the expression (`${items.map((x) => html`…`)}`) are shrunk too.
        result += rewriteTemplates(code.slice(start, i + 1), tag, fn, onTemplate);
        i++;
      } else {
        chunk += c;
        i++;
      }
    }
    last = i;
    opener.lastIndex = i;
  }
  return result + code.slice(last);
}

export function minifyLiterals() {
  return {
    name: 'story-widgets:minify-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!isSource(id)) return null;
      if (!code.includes('css`') && !code.includes('html`')) return null;
      const out = rewriteTemplates(rewriteTemplates(code, 'css', minifyCssChunk), 'html', minifyHtmlChunk);
      return out === code ? null : { code: out, map: null };
    },
  };
}
