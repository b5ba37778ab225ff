// The demo's article page for /stories/<id>, as a CMS template renders it: the story's own
// <title>, <h1>, byline, image, body and video, in the story's language (and direction), with the
// widgets reading the same document through <article-context>. A pure function from the
// document to HTML, so server rendering of the widgets can run over its output unchanged.
import { articleJsonLd } from './article-json-ld.mjs';
import { dateOf, headUrl, isObject, languageTag, text } from './document-fields.mjs';
import { SITE_NAME, masthead, pageFooter } from './site-frame.mjs';

/** Texts of the page around the story, by the story's language (English otherwise). */
const UI = {
  en: {
    pages: 'Demo pages', blogger: 'Blogger page', gallery: 'Widget gallery', feed: 'Feed', kicker: 'World',
    by: 'By {name}', credit: 'Featured image by {credit}',
    footer: 'A demo page of story-widgets, served by its reference server. Text adapted for the demo; images are placeholders.',
  },
  fr: {
    pages: 'Pages de démonstration', blogger: 'Page de blog', gallery: 'Galerie des widgets', feed: 'Flux', kicker: 'Monde',
    by: 'Par {name}', credit: 'Image : {credit}',
    footer: 'Page de démonstration de story-widgets. Texte adapté pour la démonstration ; images d’illustration.',
  },
  ar: {
    pages: 'صفحات العرض', blogger: 'صفحة المدوّن', gallery: 'معرض الأدوات', feed: 'الخلاصة', kicker: 'العالم',
    by: 'بقلم {name}', credit: 'الصورة: {credit}',
    footer: 'صفحة عرض لمكتبة story-widgets يقدّمها خادمها المرجعي. النص مُعدّ للعرض والصور توضيحية.',
  },
};

/** Languages written right to left (by their primary subtag). */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or an attribute value, escaped: every field comes from a document, never as markup. */
const escape = (/** @type {unknown} */ value) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[/** @type {keyof typeof ESCAPES} */ (c)]);

/**
 * What link previews and search engines read in a page's head about its article: the Open
 * Graph fields and the story as a schema.org NewsArticle in JSON-LD (article-json-ld.mjs). Lines
 * indented for the head, without a last line break. The demo's pages written as files have it
 * put in where their head names their article (withSiteFrame).
 * @param {import('./content.mjs').ArticleDocument} article @param {string} origin the site's origin
 */
export function articleMetadata(article, origin) {
  const canonical = headUrl(article.url, origin);
  const picture = isObject(article.image) ? headUrl(article.image.src, origin, true) : undefined;
  return `    <meta property="og:type" content="article" />
    <meta property="og:title" content="${escape(article.title)}" />
${text(article.summary) ? `    <meta property="og:description" content="${escape(article.summary)}" />\n` : ''}${canonical ? `    <meta property="og:url" content="${escape(canonical)}" />\n` : ''}${
  picture ? `    <meta property="og:image" content="${escape(picture)}" />\n` : ''
}    <script type="application/ld+json">${articleJsonLd(article, origin)}</script>`;
}

/**
 * For withSiteFrame: the head lines of the article `id` of `content` (articleMetadata).
 * @param {import('./content.mjs').Content} content @param {string} origin the site's origin
 */
export const metadataOf = (content, origin) => (/** @type {string} */ id) => {
  const article = content.get(id);
  return article && articleMetadata(article, origin);
};

/**
 * The article page of one document (contract §2 plus the demo's `body`, a list of paragraphs).
 * Its head names the document's `url` as the canonical page (`/stories/<id>` serves an article
 * whose page may be elsewhere: `/` for the demo's), the page itself among its translations (as
 * search engines ask of an hreflang set), the Open Graph fields link previews read, and the
 * story as a schema.org NewsArticle in JSON-LD (article-json-ld.mjs).
 * @param {import('./content.mjs').ArticleDocument} article
 * @param {string} origin the site's origin, for absolute URLs in the head
 * @returns {string}
 */
export function articlePage(article, origin) {
  const lang = languageTag(article.language) ?? 'en';
  const base = lang.split('-')[0].toLowerCase();
  const ui = UI[/** @type {keyof typeof UI} */ (base)] ?? UI.en;
  const dir = RTL.has(base) ? 'rtl' : 'ltr';
  const author = isObject(article.author) ? text(article.author.name) : undefined;
  const date = dateOf(article.published, lang);
  const image = isObject(article.image) && text(article.image.src) ? article.image : undefined;
  const credit = image && text(image.credit);
  const body = Array.isArray(article.body) ? article.body.filter(text).map((paragraph) => `            <p>${escape(paragraph)}</p>`) : [];
  // The document's video after the first paragraph, where demo/index.html has it; <video-embed>
  // reads it from <article-context>, so nothing of the document is written here. Only a video
  // the head's JSON-LD describes (an http(s) URL): another would be an element in `error`.
  if (isObject(article.video) && headUrl(article.video.url, origin, true)) {
    body.splice(1, 0, `            <!-- The document's video: nothing of its host loads until the reader presses play. -->
            <video-embed class="story-video"></video-embed>`);
  }
  const translations = Array.isArray(article.translations) ? article.translations.filter((t) => isObject(t) && text(t.language) && text(t.url)) : [];
  const canonical = headUrl(article.url, origin);
  const byline = [author && escape(ui.by).replace('{name}', () => escape(author)), date && `<time datetime="${date.datetime}">${escape(date.text)}</time>`].filter(Boolean).join(' · ');
  return `<!doctype html>
<html lang="${escape(lang)}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(article.title)} — ${SITE_NAME}</title>
${text(article.summary) ? `    <meta name="description" content="${escape(article.summary)}" />\n` : ''}${
  canonical ? `    <link rel="canonical" href="${escape(canonical)}" />\n    <link rel="alternate" hreflang="${escape(lang)}" href="${escape(canonical)}" />\n` : ''
}${translations
    .map((t) => [t.language, headUrl(t.url, origin, true)])
    .filter(([, url]) => url)
    .map(([language, url]) => `    <link rel="alternate" hreflang="${escape(language)}" href="${escape(url)}" />\n`)
    .join('')}${articleMetadata(article, origin)}
    <link rel="stylesheet" href="/site.css" />
    <script type="module" src="/dist/cdn/story-widgets.js"></script>
  </head>
  <body>
${masthead({
  label: escape(ui.pages),
  brandAttributes: ' lang="en" dir="ltr"',
  links: [`<a href="/blogger.html">${escape(ui.blogger)}</a>`, `<a href="/gallery.html">${escape(ui.gallery)}</a>`, `<a href="/api/feed.json">${escape(ui.feed)}</a>`],
})}

    <main>
      <!-- The document (with the live like count) is fetched once; every widget inside uses it. -->
      <article-context src="/api/articles/${encodeURIComponent(article.id)}">
        <article class="story">
          <header class="story-header">
            <p class="kicker">${escape(ui.kicker)}</p>
            <h1>${escape(article.title)}</h1>
${byline ? `            <p class="byline">${byline}</p>\n` : ''}            <language-switcher></language-switcher>
          </header>
${
  image
    ? `
          <figure>
            <img src="${escape(image.src)}" alt="${escape(image.alt)}"${typeof image.width === 'number' && typeof image.height === 'number' ? ` width="${image.width}" height="${image.height}"` : ''} />
${credit ? `            <figcaption>${escape(ui.credit).replace('{credit}', () => `<span dir="auto">${escape(credit)}</span>`)}</figcaption>\n` : ''}          </figure>
`
    : ''
}
          <div class="story-body">
${body.join('\n')}
          </div>

          <footer class="story-actions">
            <like-button></like-button>
          </footer>
        </article>

        <related-stories></related-stories>
      </article-context>
    </main>

${pageFooter(escape(ui.footer))}
  </body>
</html>
`;
}
