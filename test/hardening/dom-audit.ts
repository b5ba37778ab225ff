// What a widget's shadow DOM may contain, whatever document it was given: only the elements
// and attributes its own templates write, and only http(s) URLs. Anything else came from data.

/** Elements each widget's templates create (a tag outside this set came from the data). */
export const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
  'article-context': ['slot'],
  'article-card': ['article', 'div', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'p', 'span', 'time', 'slot'],
  'like-button': ['button', 'svg', 'path', 'span', 'p'],
  'language-switcher': ['p', 'span', 'a', 'label', 'select', 'option'],
  'related-stories': ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'slot', 'ul', 'li', 'img', 'span', 'a', 'time', 'div'],
  // Before the click: no iframe or video (the hostile tests never click).
  'video-embed': ['div', 'img', 'button', 'svg', 'rect', 'path', 'span', 'p'],
};

/** Attribute names the templates write; `aria-*` too. Never an event handler attribute. */
const ALLOWED_ATTRIBUTES = new Set([
  'part',
  'class',
  'id',
  'name',
  'type',
  'role',
  'hidden',
  'disabled',
  'selected',
  'value',
  'for',
  'tabindex',
  'lang',
  'dir',
  'href',
  'hreflang',
  'rel',
  'src',
  'alt',
  'width',
  'height',
  'loading',
  'decoding',
  'datetime',
  'style',
  'viewbox',
  'focusable',
  'd',
  'rx',
  'xmlns',
  // The video notice's room: our own text (the catalogue's notice for YouTube), which CSS
  // lays out unseen with attr(); never a document's.
  'data-room',
]);

/** Attributes whose value is followed as a URL by the browser. */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href', 'ping', 'background', 'data'];

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Everything wrong with `host`'s rendering, as readable lines (empty when all is well). */
export function auditWidget(host: Element): string[] {
  const tag = host.localName;
  const problems: string[] = [];
  const allowedTags = new Set(ALLOWED_TAGS[tag] ?? []);
  for (const attribute of host.attributes) {
    if (/^on/i.test(attribute.name)) problems.push(`<${tag}> host has handler attribute ${attribute.name}`);
  }
  const root = host.shadowRoot;
  if (!root) return [`<${tag}> has no shadow root`];
  for (const element of root.querySelectorAll('*')) {
    const name = element.localName;
    if (!allowedTags.has(name)) problems.push(`<${tag}> renders unexpected <${name}>`);
    if (element.shadowRoot) problems.push(`<${tag}> has a nested shadow root in <${name}>`);
    for (const attribute of element.attributes) {
      const attr = attribute.name.toLowerCase();
      if (attr.startsWith('on')) problems.push(`<${tag}> <${name}> has handler attribute ${attr}="${attribute.value.slice(0, 40)}"`);
      else if (!ALLOWED_ATTRIBUTES.has(attr) && !attr.startsWith('aria-')) problems.push(`<${tag}> <${name}> has unexpected attribute ${attr}`);
      if (URL_ATTRIBUTES.includes(attr) && !isHttpUrl(attribute.value)) {
        problems.push(`<${tag}> <${name} ${attr}="${attribute.value.slice(0, 60)}"> is not an http(s) URL`);
      }
    }
    // A select option's value is where the language-switcher navigates.
    if (name === 'option' && element.getAttribute('value') && !isHttpUrl(element.getAttribute('value')!)) {
      problems.push(`<${tag}> <option value="${element.getAttribute('value')!.slice(0, 60)}"> is not an http(s) URL`);
    }
  }
  return problems;
}
