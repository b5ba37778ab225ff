// The demo site's frame: the masthead and footer written once, put in place of the stand-ins of
// the pages written as files, and around the article pages the server writes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { demoPageFile } from '../../server/static.mjs';
import { withSiteFrame } from '../../server/site-frame.mjs';

const DEMO = new URL('../../demo/', import.meta.url).pathname;

describe('withSiteFrame', () => {
  it('puts the masthead in place of <site-masthead>, with its label, home and links as written', () => {
    const page = withSiteFrame(`<body>
    <site-masthead label="Pages de démonstration" home="/fr/">
      <a href="/gallery.html" hreflang="en">Galerie des widgets</a>
      <a href="/api/feed.json">Flux</a>
    </site-masthead>
    <main></main>`);
    assert.equal(
      page,
      `<body>
    <header class="masthead">
      <div class="masthead-inner">
        <a class="brand" href="/fr/">News Example</a>
        <nav aria-label="Pages de démonstration">
          <a href="/gallery.html" hreflang="en">Galerie des widgets</a>
          <a href="/api/feed.json">Flux</a>
        </nav>
      </div>
    </header>
    <main></main>`,
    );
  });

  it('links the brand home to / when the stand-in names no home, and puts the footer around its text', () => {
    const page = withSiteFrame(`    <site-masthead label="Demo pages">
      <a href="/">Article page</a>
    </site-masthead>
    <site-footer>A demo page of <strong>story-widgets</strong>.</site-footer>`);
    assert.match(page, /<a class="brand" href="\/">News Example<\/a>/);
    assert.match(page, /<footer class="page-footer">\n {6}<div class="page-footer-inner">\n {8}<p>A demo page of <strong>story-widgets<\/strong>.<\/p>\n {6}<\/div>\n {4}<\/footer>$/);
  });

  it('makes the head’s canonical and hreflang links absolute on the site’s origin, and nothing else', () => {
    const page = withSiteFrame(
      `<link rel="canonical" href="/fr/" />\n<link rel="alternate" hreflang="en" href="/" />\n<link rel="alternate" hreflang="de" href="https://de.example/" />\n<link rel="stylesheet" href="/site.css" />\n<a href="/x">x</a>`,
      'https://news.example',
    );
    assert.equal(
      page,
      `<link rel="canonical" href="https://news.example/fr/" />\n<link rel="alternate" hreflang="en" href="https://news.example/" />\n<link rel="alternate" hreflang="de" href="https://de.example/" />\n<link rel="stylesheet" href="/site.css" />\n<a href="/x">x</a>`,
    );
  });

  it('puts an article’s metadata where the head names it, and nothing for an unknown article or without metadata', () => {
    const head = `    <link rel="canonical" href="/" />\n    <!-- article-metadata: story-one -->\n    <link rel="stylesheet" href="/site.css" />\n`;
    const metadata = (/** @type {string} */ id) => (id === 'story-one' ? '    <meta property="og:title" content="One" />' : undefined);
    assert.equal(withSiteFrame(head, '', metadata), `    <link rel="canonical" href="/" />\n    <meta property="og:title" content="One" />\n    <link rel="stylesheet" href="/site.css" />\n`);
    assert.equal(withSiteFrame(head.replace('story-one', 'story-two'), '', metadata), `    <link rel="canonical" href="/" />\n    <link rel="stylesheet" href="/site.css" />\n`);
    assert.equal(withSiteFrame(head), `    <link rel="canonical" href="/" />\n    <link rel="stylesheet" href="/site.css" />\n`);
  });

  it('leaves no stand-in in any demo page', () => {
    const pages = readdirSync(DEMO, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    assert.ok(pages.length >= 5, pages.join());
    for (const file of pages) {
      const html = withSiteFrame(readFileSync(DEMO + file, 'utf8'));
      assert.doesNotMatch(html, /<\/?site-|article-metadata/, file);
      if (readFileSync(DEMO + file, 'utf8').includes('<site-masthead')) assert.match(html, /<header class="masthead">[\s\S]*<nav aria-label="[^"]+">[\s\S]*<a href=/, file);
    }
  });
});

describe('demoPageFile', () => {
  it('finds a page and a folder\'s index.html, and nothing outside the demo folder', () => {
    assert.equal(demoPageFile(DEMO, '/wordpress.html'), `${DEMO}wordpress.html`);
    assert.equal(demoPageFile(DEMO, '/fr/'), `${DEMO}fr/index.html`);
    for (const path of ['/nope.html', '/../package.json', '/%2e%2e/package.json', '/site.css', '/fr', '//etc/passwd', '/content/']) assert.equal(demoPageFile(DEMO, path), undefined, path);
  });
});
