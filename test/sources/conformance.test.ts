// The real documents of ../shared/fixtures/realworld/ (SOURCES.md there says where each comes
// from), served by test/support/sources-api.mjs under /realworld/: every WordPress post renders
// its title, summary and date; every JSON-LD block with a headline or name renders it as a card
// title; every JSON Feed renders at least one item (the 1.9 MB one too).
import { expect, fixture, html } from '@open-wc/testing';
import { clearLoaderCache } from '../../src/core/loader.js';
import '../../src/elements/article-card/define.js';
import '../../src/elements/related-stories/define.js';
import type { ArticleCard } from '../../src/elements/article-card/article-card.js';
import type { RelatedStories } from '../../src/elements/related-stories/related-stories.js';
import { until } from '../support/wait.js';

interface Index {
  folder?: string;
  missing?: string;
  files?: Record<'wordpress' | 'jsonld' | 'jsonfeed', string[]>;
}
const index = (await (await fetch('/realworld/index.json')).json()) as Index;
if (index.missing) console.log(`# real-world conformance skipped: ${index.missing} is absent (set SHARED_DIR, or clone next to shared/).`);
const files = index.files ?? { wordpress: [], jsonld: [], jsonfeed: [] };

const load = async (folder: string, name: string): Promise<unknown> => (await fetch(`/realworld/${folder}/${name}`)).json();
const shown = (el: Element, part: string): string => el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function card(data: unknown): Promise<ArticleCard> {
  const el = await fixture<ArticleCard>(html`<article-card lang="en" .data=${data}></article-card>`);
  await until(() => el.state !== 'idle' && el.state !== 'loading');
  // The render that shows it may wait its turn (src/core/render-turns.ts).
  await el.updateComplete;
  return el;
}

describe('real-world documents', function () {
  // The 1.9 MB feed takes a while on a busy machine.
  this.timeout(30_000);
  afterEach(() => clearLoaderCache());

  it('are there, each kind (skipped where they are absent: the run says so in one line)', function () {
    if (index.missing) this.skip();
    for (const kind of ['wordpress', 'jsonld', 'jsonfeed'] as const) expect(files[kind], kind).to.not.be.empty;
  });

  for (const name of files.wordpress) {
    it(`WordPress ${name}: every post renders its title, summary and date`, async () => {
      const json = await load('wordpress', name);
      const posts = Array.isArray(json) ? json : [json];
      expect(posts).to.not.be.empty;
      for (const post of posts) {
        const el = await card(post);
        expect(el.state).to.equal('ready');
        for (const part of ['title', 'summary', 'date']) expect(shown(el, part), part).to.not.equal('');
        expect(shown(el, 'title')).to.not.match(/&#?\w+;|</);
      }
    });
  }

  for (const name of files.jsonld) {
    it(`JSON-LD ${name}: its headline or name is the card's title, its first author the byline, an image it names the picture, a date that starts with a day a date (no title: an error state)`, async () => {
      const block = (await load('jsonld', name)) as Record<string, unknown>;
      const expected = block.headline ?? block.name;
      const el = await card(block);
      // No title the contract reads (globenewswire writes `Headline`): the card says so.
      if (typeof expected !== 'string') return expect(el.state).to.equal('error');
      expect(el.state).to.equal('ready');
      const title = shown(el, 'title');
      // A date that starts with a real day shows one (Inc.'s `2016-05-24T05:55%Z` its day).
      const date = [block.datePublished, block.dateCreated].find((value) => typeof value === 'string' && value.trim());
      if (typeof date === 'string' && /^\d{4}-\d\d-\d\d/.test(date)) expect(shown(el, 'date'), date).to.not.equal('');
      if (/[<&]/.test(expected)) expect(title).to.not.equal('');
      else expect(title).to.equal(expected.replace(/\s+/g, ' ').trim().slice(0, 2000));
      // The first author's name (some write a list of names) is the card's byline.
      const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
      const author = first(block.author);
      const byline = first(typeof author === 'string' ? author : (author as Record<string, unknown> | undefined)?.name);
      if (typeof byline === 'string' && byline.trim() && !/[<&]/.test(byline)) expect(shown(el, 'author')).to.contain(byline.replace(/\s+/g, ' ').trim());
      // Every web address the block gives for a picture (its `image`s and `thumbnailUrl`s, as
      // URLs or ImageObjects): the card shows one of them when there is any.
      const pictures = [block.image, block.thumbnailUrl]
        .flat()
        .flatMap((value) => (value && typeof value === 'object' ? [(value as Record<string, unknown>).url, (value as Record<string, unknown>).contentUrl] : [value]))
        .filter((value): value is string => typeof value === 'string' && /^https?:\/\//.test(value));
      const img = el.shadowRoot!.querySelector('img');
      if (pictures.length) expect(pictures.map((src) => new URL(src).href), 'the picture').to.include(img?.src);
    });
  }

  for (const name of files.jsonfeed) {
    it(`JSON Feed ${name}: <related-stories src> renders at least one item`, async () => {
      const el = await fixture<RelatedStories>(html`<related-stories loading="eager" limit="100" src=${`/realworld/jsonfeed/${name}`}></related-stories>`);
      await until(() => el.state === 'ready' || el.state === 'error', 20_000);
      await el.updateComplete;
      expect(el.state, el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelectorAll('[part=item]').length).to.be.at.least(1);
      // Newest first when every item has a date (5 of the 14 are written in another order).
      const items = ((await load('jsonfeed', name)) as { items: { date_published?: string }[] }).items;
      if (items.every((item) => item.date_published)) {
        const shownTimes = [...el.shadowRoot!.querySelectorAll('[part=item] time')].map((time) => Date.parse(time.getAttribute('datetime')!));
        expect(shownTimes).to.have.length(Math.min(100, items.length));
        expect(shownTimes, 'newest first').to.deep.equal([...shownTimes].sort((a, b) => b - a));
      }
    });
  }
});
