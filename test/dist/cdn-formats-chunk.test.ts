// The ES CDN file loads the readers of WordPress, JSON-LD, RSS and Atom from a chunk beside it
// (dist/cdn/lazy-formats.js), only when a document in one of those formats arrives.
import { expect } from '@open-wc/testing';
import { article } from '../support/fixtures.js';
import { sleep, until } from '../support/wait.js';
import { MODULE, type TestPage, inlineJson, openPage, requested, seen } from './pages.js';

const CHUNK = '/dist/cdn/lazy-formats.js';

const chunkRequests = (page: TestPage): string[] => requested(page, (path) => path === CHUNK);

async function ready(page: TestPage, tag: string): Promise<Element> {
  const element = page.document.querySelector(tag)!;
  await until(() => element.getAttribute('state') === 'ready', 5000, `${tag} ready`);
  return element;
}

describe('dist/cdn/story-widgets.js: the formats chunk', () => {
  it('is never requested by a page with only our JSON; the widgets render', async () => {
    const page = await openPage(MODULE, `<article-context>${inlineJson(article())}<article-card></article-card><related-stories loading="eager"></related-stories></article-context>`);
    expect(seen(await ready(page, 'article-card'))).to.include('Chechnya’s Anti-LGBTQ Purge Has Restarted');
    await sleep(300);
    expect(chunkRequests(page)).to.deep.equal([]);
    page.frame.remove();
  });

  it('is loaded once for an RSS feed and a WordPress post; both render', async () => {
    const page = await openPage(
      MODULE,
      '<related-stories loading="eager" src="/test/fixtures/sources/rss.xml"></related-stories><article-card loading="eager" src="/test/fixtures/sources/wp-post-embed.json"></article-card>',
    );
    const list = await ready(page, 'related-stories');
    expect(list.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(seen(await ready(page, 'article-card'))).to.include('Chechnya’s Anti-LGBTQ Purge Has Restarted');
    expect(chunkRequests(page)).to.deep.equal([CHUNK]);
    expect(page.window.errors).to.deep.equal([]);
    page.frame.remove();
  });

  it('is loaded for an inline JSON-LD child', async () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'From JSON-LD', url: 'https://news.example/ld' };
    const page = await openPage(MODULE, `<article-card><script type="application/ld+json">${JSON.stringify(ld)}</script></article-card>`);
    expect(seen(await ready(page, 'article-card'))).to.include('From JSON-LD');
    expect(chunkRequests(page)).to.deep.equal([CHUNK]);
    page.frame.remove();
  });

  it('imports only from the main file and the video chunk (the JSON-LD reader reads a VideoObject with its reader)', async () => {
    const chunk = await (await fetch(CHUNK)).text();
    expect([...chunk.matchAll(/from\s*["'`]([^"'`]+)/g)].map((match) => match[1])).to.deep.equal(['./story-widgets.js', './video-embed.js']);
  });

  it('reads an inline JSON-LD VideoObject for a <video-embed>', async () => {
    const ld = { '@context': 'https://schema.org', '@type': 'VideoObject', name: 'A clip', embedUrl: 'https://youtu.be/M7lc1UVf-VE', duration: 'PT4M13S' };
    const page = await openPage(MODULE, `<video-embed><script type="application/ld+json">${JSON.stringify(ld)}</script></video-embed>`);
    const video = await ready(page, 'video-embed');
    await until(() => !!video.shadowRoot?.querySelector('button'), 5000, 'the play button');
    expect(video.shadowRoot!.querySelector('button')!.textContent).to.include('Play video: A clip');
    expect(chunkRequests(page)).to.deep.equal([CHUNK]);
    expect(page.window.errors).to.deep.equal([]);
    page.frame.remove();
  });
});
