// The widgets' own sentences take the direction of their language, not the page's: on a Hebrew
// or Persian page (no built-in texts: English) an English sentence laid out right to left put its
// full stop first and its number last (".people like this 12"); an Arabic one on an English page
// the other way round. The sentence's last character must be where its language ends a line.
import { expect, fixture, html } from '@open-wc/testing';
import type { LanguageSwitcher } from '../../src/elements/language-switcher/language-switcher.js';
import type { LikeButton } from '../../src/elements/like-button/like-button.js';
import type { VideoEmbed } from '../../src/elements/video-embed/video-embed.js';
import '../../src/elements/language-switcher/define.js';
import '../../src/elements/like-button/define.js';
import '../../src/elements/video-embed/define.js';
import { article } from '../support/fixtures.js';
import { until } from '../support/wait.js';

/** Where a line's sentence ends, as the reader sees it: its last character right or left of its first. */
function endsAt(paragraph: Element): 'right' | 'left' {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) texts.push(walker.currentNode as Text);
  const box = (text: Text, at: number) => {
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    return range.getBoundingClientRect();
  };
  const first = box(texts[0]!, texts[0]!.data.search(/\S/));
  const lastText = texts.at(-1)!;
  const last = box(lastText, lastText.data.trimEnd().length - 1);
  return last.left > first.left ? 'right' : 'left';
}

const status = (el: Element) => el.shadowRoot!.querySelector('[part=status]')!;

async function widgets(lang: string, dir: string) {
  const page = await fixture(html`<div lang=${lang} dir=${dir} style="width: 600px">
    <like-button count="12"></like-button>
    <language-switcher .data=${article()}></language-switcher>
    <video-embed .data=${article()}></video-embed>
  </div>`);
  const [like, switcher, video] = ['like-button', 'language-switcher', 'video-embed'].map((tag) => page.querySelector(tag)!) as [LikeButton, LanguageSwitcher, VideoEmbed];
  await until(() => [like, switcher, video].every((el) => el.state === 'ready'), 5000, 'the widgets');
  await Promise.all([like, switcher, video].map((el) => el.updateComplete));
  return { like, switcher, video };
}

describe('the widgets’ sentences in their own direction', () => {
  for (const [lang, dir] of [
    ['he', 'rtl'],
    ['fa', 'rtl'],
  ]) {
    it(`on a ${lang} page (English texts), end on the right`, async () => {
      const { like, switcher, video } = await widgets(lang, dir);
      expect(status(like).textContent!.trim()).to.equal('12 people like this.');
      expect(endsAt(status(like)), 'the like status').to.equal('right');
      expect(endsAt(switcher.shadowRoot!.querySelector('.line')!), 'the switcher’s line').to.equal('right');
      expect(endsAt(video.shadowRoot!.querySelector('[part=notice]')!), 'the video’s notice').to.equal('right');
    });
  }

  it('in Arabic on an English page, end on the left', async () => {
    const { like, switcher, video } = await widgets('ar', 'ltr');
    expect(endsAt(status(like)), 'the like status').to.equal('left');
    expect(endsAt(switcher.shadowRoot!.querySelector('.line')!), 'the switcher’s line').to.equal('left');
    expect(endsAt(video.shadowRoot!.querySelector('[part=notice]')!), 'the video’s notice').to.equal('left');
  });
});
