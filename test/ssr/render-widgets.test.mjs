// story-widgets/ssr: renderWidgets renders every widget and layout to Declarative Shadow DOM,
// with its document fetched from a real HTTP server and embedded for the browser.
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'parse5';
import { serveDocuments } from '../support/document-server.mjs';
import { loadSsr } from '../support/ssr-module.mjs';

const seed = JSON.parse(readFileSync(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8'));
const json = (value) => ({ body: JSON.stringify(value) });
const hostile = {
  title: '<img src=x onerror="alert(1)"> </script><script>alert(2)</script> <!-- x',
  url: 'javascript:alert(3)',
  summary: '<b>bold</b>',
  image: { src: 'javascript:alert(4)', alt: 'x' },
  likes: { count: 2, endpoint: 'javascript:alert(5)' },
  translations: [{ language: 'fr', url: 'javascript:alert(6)' }, { language: 'de', url: '/de/"><script>alert(7)</script>' }],
  related: [{ url: 'data:text/html,x', title: 'dropped' }, { url: '/ok', title: '</script><b>kept as text</b>' }],
};

let ssr, server, page;
before(async () => {
  ssr = await loadSsr();
  server = await serveDocuments({
    '/article.json': json({ ...seed, likes: { count: 3, endpoint: '/likes' } }),
    '/uncounted.json': json({ ...seed, likes: { endpoint: '/no-likes' } }),
    '/count-asked.json': json({ ...seed, likes: { endpoint: '/likes' } }),
    '/likes': json({ count: 7, liked: false }),
    '/hostile-likes': json({ count: '<b>7</b>', liked: false }),
    '/hostile.json': json(hostile),
    '/feed.json': json({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Feed',
      items: [
        { id: '1', url: 'https://news.example/this-page/', title: 'This page' },
        { id: '2', url: 'https://news.example/other/', title: 'Other story', image: 'https://news.example/o.jpg' },
      ],
    }),
    '/html.json': { body: '<!doctype html><p>Oops</p>', type: 'text/html' },
    '/untitled.json': json({ summary: 'no title' }),
    '/wp-json/wp/v2/posts/1': json({
      id: 1,
      type: 'post',
      link: 'https://blog.example/2017/07/post/',
      date_gmt: '2017-07-10T09:00:00',
      title: { rendered: 'Chechnya&#8217;s <em>purge</em> &#8211; restarted' },
      excerpt: { rendered: '<p>The network says arrests &amp; beatings are back.</p>' },
    }),
    '/ld.json': json({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'From JSON-LD', url: 'https://news.example/ld/' }),
    '/feed.xml': {
      type: 'application/rss+xml; charset=utf-8',
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Blog</title><link>https://blog.example/</link>
        <item><title>Feed story &amp; more</title><link>https://blog.example/feed-story/</link><pubDate>Mon, 10 Jul 2017 09:00:00 GMT</pubDate></item></channel></rss>`,
    },
  });
  page = server.origin + '/page/';
});
after(() => server.close());

/** Renders `body` as a page at `page`, collecting the failures. */
async function render(body, options = {}) {
  const failures = [];
  const html = await ssr.renderWidgets(body, { baseUrl: page, onError: (failure) => failures.push(failure), ...options });
  return { html, failures };
}

/** The widget elements of an HTML string, with their shadow root's HTML and inline document. */
function widgets(html, tag) {
  const found = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName === tag) {
        const children = child.childNodes.filter((node) => node.tagName);
        const template = children.find((node) => node.tagName === 'template');
        const script = children.find((node) => node.tagName === 'script');
        found.push({
          attributes: Object.fromEntries(child.attrs.map(({ name, value }) => [name, value])),
          mode: template?.attrs.find((attr) => attr.name === 'shadowrootmode')?.value,
          // The shadow root's HTML as written (parse5 reads the page as a browser does).
          shadow: template && html.slice(template.sourceCodeLocation.startTag.endOffset, template.sourceCodeLocation.endTag.startOffset),
          inline: script && JSON.parse(script.childNodes[0].value),
        });
      }
      walk(child.content ?? child);
    }
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  return found;
}
/** The shadow root's text, as a reader sees it (style text left out). */
const text = (shadow) => shadow.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');

describe('renderWidgets: <article-card>', () => {
  for (const layout of ['vertical', 'horizontal', 'minimal']) {
    it(`renders the ${layout} card: linked title, summary, author, date, image and the inline document`, async () => {
      const { html, failures } = await render(`<article-card layout="${layout}" src="/article.json"></article-card>`);
      const [card] = widgets(html, 'article-card');
      assert.deepEqual(failures, []);
      assert.equal(card.mode, 'open');
      assert.equal(card.attributes.state, 'ready');
      assert.match(card.shadow, /<a part="link" class="l" href="https:\/\/news\.example\/2017\/07\/chechnya-purge-restarted\/">Chechnya’s Anti-LGBTQ Purge/);
      assert.match(text(card.shadow), /By Staff writer/);
      assert.match(text(card.shadow), /Jul 10, 2017/);
      if (layout === 'minimal') assert.doesNotMatch(card.shadow, /<img/);
      else {
        assert.match(card.shadow, new RegExp(`<img part="image" src="${server.origin}/img/chechnya-purge.jpg" alt="A rainbow flag held up against a grey sky" lang="en" width="1200" height="630"`));
        assert.match(text(card.shadow), /The Russian LGBT Network, which has helped/);
        // The image box has the image's ratio from the first paint, as after the browser's render.
        assert.match(card.shadow, /<style>\.media\{--_ratio:1200\/630\}<\/style>/);
      }
      assert.equal(card.inline.title, seed.title);
      assert.equal(card.inline.image.src, `${server.origin}/img/chechnya-purge.jpg`, 'URLs in the embedded document are absolute');
      assert.equal(card.inline.sourceUrl, undefined);
    });
  }

  it('renders a card from its inline document without fetching, and adds no second one', async () => {
    const before = server.requests.length;
    const { html } = await render(`<article-card><script type="application/json">${JSON.stringify({ title: 'Inline title', url: '/inline' })}</script></article-card>`);
    const [card] = widgets(html, 'article-card');
    assert.match(card.shadow, new RegExp(`href="${server.origin}/inline">Inline title</a>`));
    assert.equal(server.requests.length, before);
    assert.equal(html.match(/<script/g).length, 1);
  });

  it('reports a document without a title as the browser does, and renders the error box', async () => {
    const { html, failures } = await render('<article-card src="/untitled.json"></article-card>');
    assert.equal(widgets(html, 'article-card')[0].attributes.state, 'error');
    assert.deepEqual(failures.map(({ tag, reason }) => [tag, reason]), [['article-card', 'invalid']]);
  });
});

describe('renderWidgets: <like-button>', () => {
  it('renders the count and an enabled button from the document', async () => {
    const { html } = await render('<like-button src="/article.json"></like-button>');
    const [button] = widgets(html, 'like-button');
    assert.match(button.shadow, /<span part="count">3<\/span> people like this\./);
    assert.doesNotMatch(button.shadow, /<button[^>]*disabled/);
    assert.deepEqual(button.inline.likes, { count: 3, endpoint: `${server.origin}/likes` });
  });

  it('renders from count and endpoint attributes, without a document', async () => {
    const { html } = await render('<like-button count="1" endpoint="/likes"></like-button>');
    const [button] = widgets(html, 'like-button');
    assert.match(text(button.shadow), /1 person likes this\./);
    assert.equal(button.inline, undefined);
  });

  // The browser asks such an endpoint for its count before it shows a number (CONTRACT §4): the
  // server said "Be first to like this." (a liked article with JavaScript off, and a flash of
  // that sentence, then the placeholder, then the count, at takeover).
  for (const [name, markup] of [
    ['an endpoint that gives no count', '<like-button endpoint="/no-likes"></like-button>'],
    ['an endpoint that gives markup', '<like-button endpoint="/hostile-likes"></like-button>'],
    ['a document', '<like-button src="/uncounted.json"></like-button>'],
  ]) {
    it(`shows the placeholder, not "Be first…", for an endpoint without a count (${name})`, async () => {
      const { html } = await render(markup);
      const [button] = widgets(html, 'like-button');
      assert.equal(button.attributes.state, 'ready');
      assert.match(button.shadow, /<span class="bar"><\/span>/);
      assert.match(button.shadow, /<button[^>]*disabled/);
      assert.doesNotMatch(text(button.shadow), /Be first|like this/);
    });
  }

  // CONTRACT §10: with JavaScript off the page still shows every count. The blogger's tag has
  // only an endpoint: the server asks it (GET, no visitor, no cookies) and renders its count,
  // which goes on the tag as `count` for the browser's quiet takeover.
  it('asks an endpoint without a count for it, renders it and writes it on the tag', async () => {
    const before = server.requests.length;
    const { html } = await render('<like-button endpoint="/likes#top"></like-button><like-button endpoint="/likes" count="2"></like-button><like-button endpoint="/likes"></like-button>');
    const [asked, counted, again] = widgets(html, 'like-button');
    for (const button of [asked, again]) {
      assert.match(text(button.shadow), /7 people like this\./);
      assert.doesNotMatch(button.shadow, /<button[^>]*disabled/);
      assert.equal(button.attributes.count, '7');
    }
    assert.match(text(counted.shadow), /2 people like this\./, 'a count of its own is not asked for');
    assert.deepEqual(server.requests.slice(before), ['/likes'], 'one request per endpoint');
  });

  // The same for a document whose `likes` has an endpoint and no count, shared by a context too.
  it('asks the endpoint of a document or context without a count, once for the page', async () => {
    const before = server.requests.length;
    const { html, failures } = await render(
      '<like-button src="/count-asked.json"></like-button><article-context src="/count-asked.json"><like-button></like-button><article-card></article-card></article-context><like-button endpoint="/likes"></like-button>',
    );
    assert.deepEqual(failures, []);
    const buttons = widgets(html, 'like-button');
    assert.equal(buttons.length, 3);
    for (const button of buttons) {
      assert.match(text(button.shadow), /7 people like this\./);
      assert.doesNotMatch(button.shadow, /<button[^>]*disabled/);
      assert.equal(button.attributes.count, '7');
    }
    assert.deepEqual(buttons[0].inline.likes, { endpoint: `${server.origin}/likes` }, 'the embedded document as read');
    assert.equal(html.match(/shadowrootmode/g).length, 5, 'each widget rendered once in the page');
    assert.deepEqual(server.requests.slice(before).sort(), ['/count-asked.json', '/likes']);
  });

  it('does not ask again for a button rendered before, even one its endpoint gave no count', async () => {
    const first = (await render('<like-button endpoint="/likes"></like-button><like-button endpoint="/no-likes"></like-button>')).html;
    const before = server.requests.length;
    assert.equal((await render(first)).html, first);
    assert.deepEqual(server.requests.slice(before), []);
  });

  it('shows a button without an endpoint disabled', async () => {
    const { html } = await render('<like-button count="5"></like-button>');
    const [button] = widgets(html, 'like-button');
    assert.match(button.shadow, /<button[^>]*disabled/);
    assert.match(button.shadow, /<span part="count">5<\/span>/);
  });
});

describe('renderWidgets: <language-switcher>', () => {
  it('renders a link per translation, named in its language', async () => {
    const { html } = await render('<language-switcher src="/article.json"></language-switcher>');
    const [switcher] = widgets(html, 'language-switcher');
    assert.match(switcher.shadow, /<a part="link" href="https:\/\/news\.example\/fr\/2017\/07\/purge-anti-lgbtq-tchetchenie-reprise\/" hreflang="fr" lang="fr" rel="alternate" dir="auto">Français<\/a>/);
    assert.match(text(switcher.shadow), /This post is also available in:/);
  });

  it('renders the select variant with an option per language', async () => {
    const { html } = await render('<language-switcher variant="select" src="/article.json"></language-switcher>');
    const [switcher] = widgets(html, 'language-switcher');
    assert.match(switcher.shadow, /<option value="https:\/\/news\.example\/fr\/[^"]*"\s+lang="fr"\s+dir="auto">Français<\/option>/);
    // CONTRACT §10: every translation link with JavaScript off, where a select goes nowhere: the
    // links too, shown only where scripting is off (test/e2e/ssr.test.mjs shows it in Chromium).
    assert.match(switcher.shadow, /<p class="line ready no-script" ?><span part="label">This post is also available in:<\/span> <span part="list"><a part="link" href="https:\/\/news\.example\/fr\/[^"]*" hreflang="fr"/);
    assert.match(switcher.shadow, /<style>\.no-script\{display:none\}@media \(scripting:none\)\{\.line\{display:none\}\.no-script\{display:flow-root\}\}<\/style>/);
  });

  it('writes no links beside the links variant, nor for a select whose document failed', async () => {
    for (const markup of ['<language-switcher src="/article.json"></language-switcher>', '<language-switcher variant="select" src="/never.json"></language-switcher>']) {
      const { html } = await render(markup, { fetch: markup.includes('never') ? () => new Promise(() => {}) : undefined, timeout: 300 });
      assert.doesNotMatch(widgets(html, 'language-switcher')[0].shadow, /no-script/);
    }
  });

  it('speaks the language of the page around it', async () => {
    const { html } = await render('<div lang="fr"><language-switcher src="/article.json"></language-switcher></div>');
    assert.match(text(widgets(html, 'language-switcher')[0].shadow), /Cet article est aussi disponible en\u00a0:/);
  });
});

describe('renderWidgets: <related-stories>', () => {
  for (const layout of ['list', 'grid']) {
    it(`renders every related link and thumbnail (${layout}), lazy or not`, async () => {
      const { html } = await render(`<related-stories layout="${layout}" src="/article.json"></related-stories>`);
      const [list] = widgets(html, 'related-stories');
      assert.equal(list.attributes.layout, layout);
      for (const story of seed.related.slice(0, 4)) {
        assert.match(list.shadow, new RegExp(`<a part="link" href="${story.url}"><span part="title"[^>]*>${story.title.replace(/'/g, '&#39;')}</span></a>`));
        assert.match(list.shadow, new RegExp(`src="${server.origin}${story.image.src}"`));
      }
      assert.match(text(list.shadow), /Related Stories/);
    });
  }

  it('reads a JSON Feed and leaves out the current page', async () => {
    const { html } = await render(`<related-stories src="${server.origin}/feed.json"></related-stories>`, { baseUrl: 'https://news.example/this-page/' });
    const { shadow } = widgets(html, 'related-stories')[0];
    assert.match(shadow, /href="https:\/\/news\.example\/other\/"/);
    assert.doesNotMatch(shadow, /This page/);
  });
});

describe('renderWidgets: documents sites already have', () => {
  it('reads a WordPress post: its HTML title and excerpt become text', async () => {
    const { html, failures } = await render('<article-card src="/wp-json/wp/v2/posts/1"></article-card>');
    assert.deepEqual(failures, []);
    const [card] = widgets(html, 'article-card');
    assert.match(card.shadow, /href="https:\/\/blog\.example\/2017\/07\/post\/">Chechnya’s purge – restarted<\/a>/);
    assert.match(text(card.shadow), /The network says arrests &amp; beatings are back\./);
    assert.equal(card.inline.title, 'Chechnya’s purge – restarted', 'the embedded document is the one read');
  });

  it('embeds a JSON-LD article as the contract’s document, without the reader’s own fields', async () => {
    const { html, failures } = await render('<article-card src="/ld.json"></article-card>');
    assert.deepEqual(failures, []);
    const [card] = widgets(html, 'article-card');
    assert.deepEqual(Object.keys(card.inline).sort(), ['related', 'title', 'translations', 'url']);
  });

  it('reads an RSS feed into related stories', async () => {
    const { html, failures } = await render('<related-stories src="/feed.xml"></related-stories>');
    assert.deepEqual(failures, []);
    assert.match(widgets(html, 'related-stories')[0].shadow, /href="https:\/\/blog\.example\/feed-story\/"><span part="title"[^>]*>Feed story &amp; more</);
  });

  it("reads the page's own hreflang links for a language switcher with no source", async () => {
    const { html } = await render('<html lang="en"><head><link rel="alternate" hreflang="fr" href="/fr/"></head><body><language-switcher></language-switcher></body></html>');
    assert.match(widgets(html, 'language-switcher')[0].shadow, new RegExp(`href="${server.origin}/fr/" hreflang="fr"[^>]*>Français</a>`));
  });
});

describe('renderWidgets: <article-context>', () => {
  it('fetches the context once, embeds it once, and renders every widget inside from it', async () => {
    const before = server.requests.length;
    const { html } = await render(`<article-context src="/article.json"><h1>Story</h1>
      <article-card></article-card><like-button></like-button><language-switcher></language-switcher><related-stories></related-stories></article-context>`);
    assert.equal(server.requests.length - before, 1);
    const [context] = widgets(html, 'article-context');
    assert.equal(context.inline.title, seed.title);
    assert.equal(html.match(/<script/g).length, 1);
    assert.match(widgets(html, 'article-card')[0].shadow, /Chechnya’s Anti-LGBTQ Purge/);
    assert.match(widgets(html, 'like-button')[0].shadow, /<span part="count">3<\/span>/);
    assert.match(widgets(html, 'language-switcher')[0].shadow, />Français</);
    assert.match(widgets(html, 'related-stories')[0].shadow, /Campy Cult Classic/);
  });
});

describe('renderWidgets: the page around the widgets', () => {
  it('changes nothing but the widget tags', async () => {
    const body = `<!doctype html><html lang="en"><head><title>T</title></head><body>
<p class=x>Before &amp; <b>after</b></p><like-button count="1"></like-button><!-- kept --><p>After</p></body></html>`;
    const { html } = await render(body);
    const start = body.indexOf('<like-button');
    assert.equal(html.slice(0, start), body.slice(0, start));
    assert.ok(html.endsWith(body.slice(body.indexOf('</like-button>'))));
  });

  it('renders a page it rendered before to the same HTML', async () => {
    const once = (await render('<article-context src="/article.json"><article-card></article-card></article-context>')).html;
    assert.equal((await render(once)).html, once);
  });

  it('embeds no document a widget refused (a feed for a card, one without likes for a button): the browser tries the src again, and so does a second render', async () => {
    const body = '<article-card src="/feed.json"></article-card><like-button src="/feed.json"></like-button>';
    const { html, failures } = await render(body);
    assert.deepEqual(failures.map(({ tag }) => tag), ['article-card', 'like-button']);
    for (const tag of ['article-card', 'like-button']) {
      const [widget] = widgets(html, tag);
      assert.equal(widget.attributes.state, 'error', tag);
      assert.equal(widget.inline, undefined, `${tag}: no copy of the feed that the browser would read instead of its src`);
    }
    const again = await render(html);
    assert.equal(again.html, html, 'the same page');
    assert.equal(again.failures.length, 2, 'failed again, from the src');
  });

  it('tries a widget whose render failed again when it renders the page again, and keeps those that rendered', async () => {
    const down = () => Promise.reject(new TypeError('offline'));
    const body = '<article-card src="/article.json"></article-card><like-button count="2"></like-button>';
    const failed = (await render(body, { fetch: down })).html;
    assert.equal(widgets(failed, 'article-card')[0].attributes.state, 'error');
    // A mark in the button's shadow root shows whether it is kept as it was.
    const marked = failed.replace('people like this.', 'people like this (kept).');
    const { html, failures } = await render(marked);
    assert.deepEqual(failures, []);
    const [card] = widgets(html, 'article-card');
    assert.equal(card.attributes.state, 'ready');
    assert.match(card.shadow, /Chechnya’s Anti-LGBTQ Purge/);
    assert.equal(card.inline.title, seed.title);
    // One shadow root each: the failed one replaced, the rendered one kept as it was.
    assert.equal(html.match(/<template shadowrootmode="open">/g).length, 2);
    assert.ok(html.endsWith(marked.slice(marked.indexOf('<like-button'))));
    assert.match(html, /\(kept\)/);
  });

  it("renders a failed context's widgets again with it, from its new document", async () => {
    const body = '<article-context src="/article.json"><article-card></article-card><like-button></like-button></article-context>';
    const failed = (await render(body, { fetch: () => Promise.reject(new TypeError('offline')) })).html;
    const { html, failures } = await render(failed);
    assert.deepEqual(failures, []);
    assert.deepEqual(['article-context', 'article-card', 'like-button'].map((tag) => widgets(html, tag)[0].attributes.state), ['ready', 'ready', 'ready']);
    assert.match(widgets(html, 'like-button')[0].shadow, /<span part="count">3<\/span>/);
    assert.equal(html.match(/<template shadowrootmode="open">/g).length, 3);
    assert.equal((await render(html)).html, html, 'rendered, it is kept');
  });

  it('fetches a URL once whatever its fragment (src="/a.json#x" and src="/a.json" are one request)', async () => {
    const before = server.requests.length;
    const { html, failures } = await render('<article-card src="/article.json#top"></article-card><like-button src="/article.json"></like-button><related-stories src="article.json#more"></related-stories>', {
      baseUrl: `${server.origin}/`,
    });
    assert.deepEqual(failures, []);
    assert.deepEqual(server.requests.slice(before), ['/article.json']);
    assert.match(widgets(html, 'article-card')[0].shadow, /Chechnya’s Anti-LGBTQ Purge/);
    assert.match(widgets(html, 'like-button')[0].shadow, /<span part="count">3<\/span>/);
    assert.equal(widgets(html, 'related-stories')[0].attributes.state, 'ready');
  });

  it('leaves a widget with credentials="include" to the browser (its document depends on the reader)', async () => {
    const body = '<article-card credentials="include" src="/article.json"></article-card>';
    assert.equal((await render(body)).html, body);
  });

  it('leaves the widgets of a credentials="include" context that have no source of their own to the browser too', async () => {
    const body = '<article-context src="/article.json" credentials="include"><article-card></article-card><like-button count="3"></like-button><related-stories src="/article.json"></related-stories></article-context>';
    const { html } = await render(body);
    // No placeholder shadow roots: the context's document (and its likes) is the reader's.
    assert.equal(widgets(html, 'article-card')[0].mode, undefined);
    assert.equal(widgets(html, 'like-button')[0].mode, undefined);
    // A widget with a source of its own is still rendered.
    assert.equal(widgets(html, 'related-stories')[0].attributes.state, 'ready');
  });

  it('renders widgets the parser moves out of a <table> in place, each once (splices in source order)', async () => {
    const body = '<table><tr><td><like-button count="1"></like-button></td></tr><like-button count="2"></like-button></table><p>end</p>';
    const { html } = await render(body);
    const buttons = widgets(html, 'like-button');
    assert.deepEqual(buttons.map(({ shadow }) => text(shadow).match(/\d+ (person|people)/)?.[0]), ['2 people', '1 person']);
    assert.equal(html.match(/<template shadowrootmode="open">/g)?.length, 2, html);
    assert.ok(html.endsWith('</table><p>end</p>'));
  });

  it('renders a page nested 20 000 deep (a comment of balanced <b>s) as the browser builds it, without running out of stack', async () => {
    // Chromium puts no element below depth 513: past it, the French <span> and the button are
    // siblings, so the button speaks the page's English there.
    const deep = `${'<span>'.repeat(600)}<span lang="fr">${'<span>'.repeat(20_000)}<like-button count="2"></like-button>`;
    const { html, failures } = await render(`<like-button count="1"></like-button>${deep}`);
    assert.deepEqual(failures, []);
    const statuses = [...html.matchAll(/<like-button[^>]*><template shadowrootmode="open">[\s\S]*?<p part="status"[^>]*>([\s\S]*?)<\/p>/g)];
    assert.deepEqual(statuses.map(([, status]) => text(status)), ['1 person likes this.', '2 people like this.']);
  });

  it('renders a widget at the depth cap (513) once: a second render finds the shadow root the cap moved beside it', async () => {
    // Chromium attaches that shadow root to the button (it puts the button's children beside it).
    const deep = `${'<div>'.repeat(520)}<like-button count="2"></like-button>${'</div>'.repeat(520)}`;
    const once = (await render(deep)).html;
    assert.equal(once.match(/<template shadowrootmode="open">/g)?.length, 1);
    assert.equal((await render(once)).html, once);
  });

  it('renders no widget inside SVG (no custom element there; its shadow root would end the SVG)', async () => {
    const body = '<p>Icon: <svg width="10" height="10"><like-button count="4"></like-button></svg> after</p>';
    assert.equal((await render(body)).html, body);
  });

  it('reads an inline JSON-LD child as the browser does', async () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'LD headline', url: 'https://news.example/ld/' });
    const { html } = await render(`<article-card><script type="application/ld+json">${ld}</script></article-card>`);
    const [card] = widgets(html, 'article-card');
    assert.equal(card.attributes.state, 'ready');
    assert.match(text(card.shadow), /LD headline/);
  });

  it('takes a time-out that is no positive number (0, NaN) as the default, not as none left', async () => {
    for (const timeout of [0, Number.NaN, -5]) {
      const { html } = await render('<article-card src="/article.json"></article-card>', { timeout });
      assert.equal(widgets(html, 'article-card')[0].attributes.state, 'ready', String(timeout));
    }
  });

  it('gives up on a document at the time-out even with a fetch that ignores the signal', { timeout: 10_000 }, async () => {
    const started = performance.now();
    const { html, failures } = await render('<article-card src="/never.json"></article-card>', { fetch: () => new Promise(() => {}), timeout: 300 });
    assert.ok(performance.now() - started < 3000, 'it did not wait');
    assert.equal(widgets(html, 'article-card')[0].attributes.state, 'error');
    assert.equal(failures[0]?.reason, 'timeout');
  });

  it("gives up on a like endpoint's count at the time-out too: the placeholder", { timeout: 10_000 }, async () => {
    const started = performance.now();
    const { html, failures } = await render('<like-button endpoint="/slow-likes"></like-button>', { fetch: () => new Promise(() => {}), timeout: 300 });
    assert.ok(performance.now() - started < 3000, 'it did not wait');
    const [button] = widgets(html, 'like-button');
    assert.match(button.shadow, /<span class="bar"><\/span>/);
    assert.equal(button.attributes.count, undefined);
    assert.deepEqual(failures, [], 'no document failed');
  });

  it('removes its abort listener from the request signal once the fetch has answered', async () => {
    const signals = [];
    const fetch = async (url, init) => {
      signals.push(init.signal);
      return new Response(JSON.stringify({ likes: { count: 1 } }), { headers: { 'Content-Type': 'application/json' } });
    };
    const { html } = await render('<like-button src="/a.json"></like-button><like-button src="/b.json"></like-button>', { fetch });
    assert.equal(widgets(html, 'like-button')[0].attributes.state, 'ready');
    assert.equal(signals.length, 2);
    assert.deepEqual(signals.map((signal) => getEventListeners(signal, 'abort').length), [0, 0]);
  });

  it('renders tags with the prefix given to defineWidgets', async () => {
    const { html } = await render('<sw-like-button count="4"></sw-like-button>', { prefix: 'sw-' });
    assert.match(widgets(html, 'sw-like-button')[0].shadow, /<span part="count">4<\/span>/);
  });
});

describe('renderWidgets: <video-embed>', () => {
  it('renders the poster state: the play control is a link to the video page, nothing of the host is in the HTML', async () => {
    const { html, failures } = await render('<video-embed url="https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42" video-title="A talk &amp; more"></video-embed>');
    const [video] = widgets(html, 'video-embed');
    assert.deepEqual(failures, []);
    assert.equal(video.attributes.state, 'ready');
    // Without JavaScript the reader can still reach the video: the control is a real link.
    assert.match(video.shadow, /<a part="play"[^>]* href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ&amp;t=42"/);
    assert.match(text(video.shadow), /Play video: A talk &amp; more/);
    assert.match(text(video.shadow), /Plays from YouTube, which may set cookies\./);
    // No player and no poster from the host before the reader asks.
    assert.doesNotMatch(video.shadow, /<iframe|youtube-nocookie|ytimg/);
  });

  it('names the play control and says where the video plays from in every built-in locale (its texts live in its own module)', async () => {
    const TEXTS = {
      en: ['Play video: A clip', 'Plays from Vimeo, which may set cookies.'],
      fr: ['Lire la vidéo\u00a0: A clip', 'Lecture depuis Vimeo, qui peut déposer des cookies.'],
      de: ['Video abspielen: A clip', 'Wird von Vimeo abgespielt, das Cookies setzen kann.'],
      es: ['Reproducir vídeo: A clip', 'Se reproduce desde Vimeo, que puede instalar cookies.'],
      pt: ['Reproduzir vídeo: A clip', 'Reproduzido a partir do Vimeo, que pode definir cookies.'],
      ru: ['Смотреть видео: A clip', 'Воспроизводится с Vimeo, который может сохранять файлы cookie.'],
      ar: ['تشغيل الفيديو: A clip', 'يُعرض من Vimeo، وقد يضع ملفات تعريف الارتباط.'],
    };
    for (const [lang, [play, notice]] of Object.entries(TEXTS)) {
      const { html } = await render(`<div lang="${lang}"><video-embed url="https://vimeo.com/76979871" video-title="A clip"></video-embed></div>`);
      const [video] = widgets(html, 'video-embed');
      assert.ok(text(video.shadow).includes(play), `${lang}: ${play}`);
      assert.ok(text(video.shadow).includes(notice), `${lang}: ${notice}`);
    }
  });

  it('renders nothing for a URL it does not accept, and reports it', async () => {
    const { html, failures } = await render('<video-embed url="https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ"></video-embed>');
    const [video] = widgets(html, 'video-embed');
    assert.equal(video.attributes.state, 'error');
    assert.doesNotMatch(video.shadow ?? '', /evil\.example|<a /);
    assert.deepEqual(failures.map(({ tag, reason }) => [tag, reason]), [['video-embed', 'unsupported']]);
  });
});

describe('renderWidgets: hostile documents', () => {
  it('keeps every string text and every unsafe URL out, in the shadow root and the inline document', async () => {
    const { html } = await render(`<article-context src="/hostile.json"><article-card></article-card><like-button></like-button>
      <language-switcher></language-switcher><related-stories></related-stories></article-context>`);
    const [context] = widgets(html, 'article-context');
    // The embedded script ends where it should, and its JSON reads back to the same strings.
    assert.equal(context.inline.title, hostile.title);
    assert.equal(html.match(/<script/g).length, 1);
    assert.doesNotMatch(html, /<!-- x/);
    assert.doesNotMatch(html, /javascript:|data:text/);
    const card = widgets(html, 'article-card')[0].shadow;
    assert.match(card, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt; &lt;\/script&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
    assert.doesNotMatch(card, /<img src=x/);
    assert.match(widgets(html, 'related-stories')[0].shadow, /&lt;\/script&gt;&lt;b&gt;kept as text/);
    assert.match(widgets(html, 'language-switcher')[0].shadow, /href="http:\/\/127\.0\.0\.1:\d+\/de\/%22%3E%3Cscript%3Ealert\(7\)%3C\/script%3E"/);
    assert.match(widgets(html, 'like-button')[0].shadow, /<button[^>]*disabled/);
  });

  it('renders a WordPress post whose title nests thousands of tags (no stack overflow on the server)', async () => {
    const post = { link: 'https://blog.example/deep/', title: { rendered: `Deep${'<b>'.repeat(6000)}` } };
    const { html, failures } = await render(`<article-card><script type="application/json">${JSON.stringify(post)}</script></article-card>`);
    assert.deepEqual(failures, []);
    assert.match(widgets(html, 'article-card')[0].shadow, />Deep<\/a>/);
  });
});

describe('renderWidgets: failures', () => {
  it('reports a 404, an HTML page, an unreachable server and an unsafe src, never throws, and renders what the browser shows', async () => {
    const closed = await serveDocuments({});
    await closed.close();
    const { html, failures } = await render(`<related-stories src="/missing.json"></related-stories>
      <article-card src="/html.json"></article-card><like-button src="${closed.origin}/x.json"></like-button>
      <language-switcher src="javascript:alert(1)"></language-switcher>`);
    assert.deepEqual(
      failures.map(({ tag, reason, status }) => [tag, reason, status]),
      [
        ['related-stories', 'http', 404],
        ['article-card', 'not-json', undefined],
        ['like-button', 'network', undefined],
        ['language-switcher', 'invalid', undefined],
      ],
    );
    for (const tag of ['related-stories', 'article-card', 'like-button', 'language-switcher']) {
      const [widget] = widgets(html, tag);
      assert.equal(widget.attributes.state, 'error', tag);
      assert.equal(widget.inline, undefined, `${tag} has no document to embed: the browser tries again`);
    }
    assert.doesNotMatch(widgets(html, 'related-stories')[0].shadow.replace(/<style>[\s\S]*?<\/style>/g, ''), /\S/);
  });

  it('reports a relative src when no baseUrl is given', async () => {
    const { failures } = await render('<article-card src="/article.json"></article-card>', { baseUrl: undefined });
    assert.deepEqual(failures.map(({ reason }) => reason), ['invalid']);
  });
});
