// The demo's article page template: every field of the document is text, never markup; the
// story's video shown where the demo's own page has it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'parse5';
import { articlePage } from '../../server/article-page.mjs';
import { loadSsr } from '../support/ssr-module.mjs';

const ORIGIN = 'https://news.example';
const demo = JSON.parse(readFileSync(new URL('../../demo/content/chechnya-purge-restarted.json', import.meta.url), 'utf8'));

/** Every element under `root` as a browser's parser builds it, shadow roots (template contents) included, each with its parent element. */
function elements(root) {
  const found = [];
  const walk = (node, parent) => {
    if (node.tagName) found.push({ node, parent });
    for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) walk(child, node.tagName ? node : parent);
  };
  walk(root);
  return found;
}
const attribute = (node, name) => node.attrs.find((a) => a.name === name)?.value;
const textOf = (node) => node.value ?? [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])].map(textOf).join('');
/** The elements of the page's `.story-body`, by tag name: the video's place among the paragraphs. */
const storyBody = (html) => elements(parse(html)).filter(({ parent }) => parent && attribute(parent, 'class') === 'story-body').map(({ node }) => node.tagName);
/** The page's <video-embed> elements, each with the `src` of the <article-context> it sits in. */
function videos(html) {
  const all = elements(parse(html));
  const parentOf = new Map(all.map(({ node, parent }) => [node, parent]));
  return all
    .filter(({ node }) => node.tagName === 'video-embed')
    .map(({ node }) => {
      let up = parentOf.get(node);
      while (up && up.tagName !== 'article-context') up = parentOf.get(up);
      return { node, context: up && attribute(up, 'src') };
    });
}

describe('articlePage', () => {
  it('escapes every field of the document (title, body, author, image, translations)', () => {
    const hostile = '<script>alert(1)</script>"\'&$&';
    const page = articlePage({
      id: 'x',
      title: hostile,
      summary: hostile,
      language: 'en',
      author: { name: hostile },
      image: { src: `/a.png"${hostile}`, alt: hostile, credit: hostile },
      translations: [{ language: `fr"${hostile}`, url: `/fr/"${hostile}` }],
      body: [hostile],
    }, ORIGIN);
    assert.ok(!page.includes('<script>alert'), 'no markup from the document');
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;$&amp;'));
  });

  it('names the document’s url as the canonical page and among its translations, and what link previews read, all absolute', () => {
    const page = articlePage(
      { id: 'chechnya-purge-restarted', url: '/', title: 'Purge', summary: 'Arrests again.', language: 'en', image: { src: '/img/purge.jpg', alt: '' }, translations: [{ language: 'fr', url: '/fr/' }] },
      ORIGIN,
    );
    const head = page.slice(0, page.indexOf('</head>'));
    assert.match(head, /<link rel="canonical" href="https:\/\/news\.example\/" \/>/);
    assert.match(head, /<link rel="alternate" hreflang="en" href="https:\/\/news\.example\/" \/>/);
    assert.match(head, /<link rel="alternate" hreflang="fr" href="https:\/\/news\.example\/fr\/" \/>/);
    for (const [property, content] of [['og:type', 'article'], ['og:title', 'Purge'], ['og:description', 'Arrests again.'], ['og:url', 'https://news.example/'], ['og:image', 'https://news.example/img/purge.jpg']]) {
      assert.ok(head.includes(`<meta property="${property}" content="${content}" />`), property);
    }
    // A translation on another domain is named; no canonical on another origin, nor a link that is not http(s).
    const elsewhere = articlePage({ id: 'y', url: '//evil.example/x', title: 'T', translations: [{ language: 'de', url: 'https://de.news.example/t/' }, { language: 'es', url: 'javascript:alert(1)' }] }, ORIGIN);
    const elsewhereHead = elsewhere.slice(0, elsewhere.indexOf('</head>'));
    assert.match(elsewhereHead, /hreflang="de" href="https:\/\/de\.news\.example\/t\/"/);
    assert.doesNotMatch(elsewhereHead, /canonical|og:url|evil\.example|javascript:|hreflang="es"/);
    // No canonical and no picture from a URL that is not http(s).
    const hostile = articlePage({ id: 'x', url: 'javascript:alert(1)', title: 'T', image: { src: 'data:image/png,x', alt: '' } }, ORIGIN);
    assert.doesNotMatch(hostile.slice(0, hostile.indexOf('</head>')), /canonical|og:url|og:image|javascript:|data:image/);
  });

  it('writes a French story in French and an Arabic one right to left', () => {
    assert.match(articlePage({ id: 'f', title: 'T', language: 'fr', author: { name: 'Ann' } }, ORIGIN), /<html lang="fr" dir="ltr">[\s\S]*Par Ann/);
    assert.match(articlePage({ id: 'a', title: 'T', language: 'ar' }, ORIGIN), /<html lang="ar" dir="rtl">/);
    assert.match(articlePage({ id: 'n', title: 'T' }, ORIGIN), /<html lang="en" dir="ltr">/);
  });

  it('writes a story whose language is no tag in English, its date too, rather than fail (fr_FR is fr-FR)', () => {
    for (const language of ['French!', 'en-', 42]) {
      assert.match(articlePage({ id: 'h', title: 'T', language, published: '2017-07-10T09:00:00Z' }, ORIGIN), /<html lang="en" dir="ltr">[\s\S]*<time datetime="2017-07-10T09:00:00.000Z">Jul 10, 2017<\/time>/);
    }
    assert.match(articlePage({ id: 'w', title: 'T', language: 'fr_FR', published: '2017-07-10' }, ORIGIN), /<html lang="fr-FR" dir="ltr">[\s\S]*10 juil\. 2017/);
  });

  it('shows no date for a day the month does not have, ISO or RFC 822, nor for a text without a year, as the widgets do ("2024-02-30" is not 1 March)', () => {
    for (const published of ['2024-02-30', '2017-06-31T10:00:00Z', 'Fri, 30 Feb 2024 10:00:00 GMT', '31 Jun 2024 23:00 +0100', 'Chapter 11']) {
      assert.doesNotMatch(articlePage({ id: 'd', title: 'T', published }, ORIGIN), /<time|datePublished/, published);
    }
    assert.match(articlePage({ id: 'd', title: 'T', published: '2024-02-29' }, ORIGIN), /<time datetime="2024-02-29T00:00:00.000Z">/);
    assert.match(articlePage({ id: 'd', title: 'T', published: 'Thu, 29 Feb 2024 10:00:00 GMT' }, ORIGIN), /<time datetime="2024-02-29T10:00:00.000Z">/);
    assert.match(articlePage({ id: 'd', title: 'T', published: 'Sun, 30 Jun 2024 23:00 +0100' }, ORIGIN), /<time datetime="2024-06-30T22:00:00.000Z">/);
  });

  it('shows the story’s video where the demo’s own page does, after the first paragraph, inside its <article-context>; a story without one shows none', () => {
    const page = articlePage(demo, ORIGIN);
    assert.deepEqual(videos(page).map(({ context }) => context), ['/api/articles/chechnya-purge-restarted'], 'one <video-embed>, reading the story’s document');
    assert.deepEqual(storyBody(page), ['p', 'video-embed', 'p', 'p']);
    const written = readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8');
    assert.deepEqual(storyBody(written).slice(0, 2), ['p', 'video-embed'], 'demo/index.html places it so too');
    assert.deepEqual(storyBody(articlePage({ ...demo, body: [] }, ORIGIN)), ['video-embed'], 'a story without a body still shows its video');
    for (const video of [undefined, null, 'https://youtu.be/M7lc1UVf-VE', { title: 'No URL' }, { url: ' ' }, { url: 'javascript:alert(1)' }, { url: 'data:video/mp4,x' }]) {
      assert.deepEqual(videos(articlePage({ ...demo, video }, ORIGIN)), [], JSON.stringify(video));
    }
  });

  it('renders the video on the server with a hostile title as text (under the box and in the button’s name)', async () => {
    const { renderWidgets } = await loadSsr();
    const hostile = '</p><img src=x onerror=alert(1)><script>alert(2)</script>"\'&amp;';
    // As the API serves it: with the live like count.
    const article = { ...demo, id: 'x', likes: { count: 3, endpoint: '/api/articles/x/likes' }, video: { ...demo.video, title: hostile } };
    const failures = [];
    const html = await renderWidgets(articlePage(article, ORIGIN), {
      baseUrl: `${ORIGIN}/stories/x`,
      fetch: async (url) => (String(url) === `${ORIGIN}/api/articles/x` ? Response.json(article) : new Response('', { status: 404 })),
      onError: (failure) => failures.push(failure),
    });
    assert.deepEqual(failures, []);
    const found = videos(html);
    assert.deepEqual(found.map(({ node }) => attribute(node, 'state')), ['ready'], 'one video, rendered');
    const [video] = found;
    const part = (name) => elements(video.node).find(({ node }) => attribute(node, 'part') === name)?.node;
    assert.equal(textOf(part('title')), hostile);
    assert.equal(textOf(part('play')), `Play video: ${hostile}`);
    const all = elements(parse(html)).map(({ node }) => node);
    assert.deepEqual(all.filter((node) => node.tagName === 'script').map((node) => attribute(node, 'type')), ['application/ld+json', 'module', 'application/json'], 'the head’s JSON-LD, the module, the document embedded in its context: no script from the title');
    assert.deepEqual(all.filter((node) => attribute(node, 'onerror') !== undefined), [], 'no element from the title');
  });
});
