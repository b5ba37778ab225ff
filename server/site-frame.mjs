// The demo site's frame, written once: the masthead and the page footer. The article pages the
// server writes (article-page.mjs) call these functions; the pages written as files (demo/*.html)
// hold <site-masthead> and <site-footer> stand-ins with their own links and text, which the
// server replaces as it sends the page (withSiteFrame). Opened as a plain file, a stand-in
// still shows its links and text.

/** The site's name, as its masthead shows it and its pages name their publisher. */
export const SITE_NAME = 'News Example';

/**
 * The masthead: the site's name, a link home, then the navigation between the demo's pages.
 * Every argument is HTML as it goes into the page (escape text first).
 * @param {{ label: string, links: string[], home?: string, brandAttributes?: string }} frame
 *   label: the navigation's accessible name; links: its <a> elements; home: the brand's link;
 *   brandAttributes: more attributes of the brand link, each with its leading space
 */
export function masthead({ label, links, home = '/', brandAttributes = '' }) {
  return `    <header class="masthead">
      <div class="masthead-inner">
        <a class="brand" href="${home}"${brandAttributes}>${SITE_NAME}</a>
        <nav aria-label="${label}">
${links.map((link) => `          ${link}\n`).join('')}        </nav>
      </div>
    </header>`;
}

/**
 * The page footer around one paragraph.
 * @param {string} text the paragraph's content, HTML as it goes into the page
 */
export function pageFooter(text) {
  return `    <footer class="page-footer">
      <div class="page-footer-inner">
        <p>${text}</p>
      </div>
    </footer>`;
}

const MASTHEAD = /^[ \t]*<site-masthead\b([^>]*)>([\s\S]*?)<\/site-masthead>/gm;
const FOOTER = /^[ \t]*<site-footer>\s*([\s\S]*?)\s*<\/site-footer>/gm;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;

/** Where a page's head names its article, for its metadata: a comment, so the file opened as it is shows nothing. */
const ARTICLE_METADATA = /^[ \t]*<!-- article-metadata: ([\w-]+) -->\n/gm;

/** A head link's root-relative `href` (canonical, hreflang alternates). */
const HEAD_LINK = /(<link rel="(?:canonical|alternate)"[^>]*? href=")(?=\/(?!\/))/g;

/**
 * A demo page written as a file, with its stand-ins replaced: `<site-masthead label="…"
 * home="…">` around its links (one a line), `<site-footer>` around the footer's text,
 * `<!-- article-metadata: ID -->` in its head by `metadata(ID)` (the article's Open Graph
 * fields and JSON-LD); and its head's canonical and hreflang links made absolute on `origin`, as
 * search engines ask.
 * @param {string} html @param {string} [origin] the site's origin (PUBLIC_URL, else the listening address); none leaves them as written
 * @param {(id: string) => string | undefined} [metadata] the head lines for the article `id`
 *   (article-page.mjs articleMetadata); none, or an id without an article, leaves nothing there
 */
export function withSiteFrame(html, origin = '', metadata) {
  return html
    .replace(ARTICLE_METADATA, (_, id) => {
      const lines = metadata?.(id);
      return lines ? `${lines}\n` : '';
    })
    .replace(HEAD_LINK, `$1${origin}`)
    .replace(MASTHEAD, (_, attributes, links) => {
      const { label = '', home } = Object.fromEntries([...attributes.matchAll(ATTRIBUTE)].map(([, name, value]) => [name, value]));
      return masthead({ label, home, links: links.split('\n').map((line) => line.trim()).filter(Boolean) });
    })
    .replace(FOOTER, (_, text) => pageFooter(text));
}
