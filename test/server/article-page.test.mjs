// The demo's article page template: every field of the document is text, never markup.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articlePage } from '../../server/article-page.mjs';

const ORIGIN = 'https://news.example';

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
});
