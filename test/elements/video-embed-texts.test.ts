import { expect, fixture, html } from '@open-wc/testing';
import { isoDuration } from '../../src/sources/video.js';
import type { VideoEmbed } from '../../src/elements/video-embed/define.js';
import '../../src/elements/video-embed/define.js';
import { formatDuration } from '../../src/elements/video-embed/video-duration.js';
import { article, docUrl, uniqueKey } from '../support/fixtures.js';
import '../support/stand-in-video.js';
import { until } from '../support/wait.js';
import { axNode } from '../support/accessibility-tree.js';

const POSTER = '/demo/img/chechnya-video.svg';
const seedVideo = (video: Record<string, unknown> = {}) => article({ video: { ...(article().video as object), thumbnail: { src: POSTER }, ...video } });
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
/** What a screen reader reads of a node: its text without what is aria-hidden. */
const spoken = (node: Element | null): string => {
  const copy = node!.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
  return copy.textContent!.trim();
};

async function ready<T extends VideoEmbed>(el: T): Promise<T> {
  await until(() => el.state === 'ready' || el.state === 'error', 5000, 'a final state');
  await el.updateComplete;
  return el;
}

const TEXTS = {
  en: ['Play video: The Russian LGBT Network on the new arrests', 'Plays from YouTube, which may set cookies.', '4 minutes 13 seconds'],
  fr: ['Lire la vidéo\u00a0: The Russian LGBT Network on the new arrests', 'Lecture depuis YouTube, qui peut déposer des cookies.', '4 minutes 13 secondes'],
  ar: ['تشغيل الفيديو: The Russian LGBT Network on the new arrests', 'يُعرض من YouTube، وقد يضع ملفات تعريف الارتباط.', '4 دقائق و13 ثانية'],
};

describe('<video-embed>: texts', () => {
  for (const [lang, [name, notice, duration]] of Object.entries(TEXTS)) {
    it(`speaks ${lang}: the button’s name, the notice and the duration`, async () => {
      const el = await ready(await fixture<VideoEmbed>(html`<video-embed lang=${lang} .data=${seedVideo()}></video-embed>`));
      expect(spoken(part(el, 'play'))).to.equal(name);
      expect(part(el, 'notice')!.textContent).to.equal(notice);
      // Intl puts a no-break space between a number and its unit in some locales.
      expect(spoken(part(el, 'duration')).replace(/\s/g, ' ')).to.equal(duration);
      expect(part(el, 'duration')!.querySelector('[aria-hidden=true]')!.textContent).to.equal(new Intl.NumberFormat(lang).format(4) + ':' + new Intl.NumberFormat(lang, { minimumIntegerDigits: 2 }).format(13));
      // The title is the document's, in the document's language, under the box and in the
      // button's name ("Lire la vidéo : <span lang=en>…</span>" is spoken with an English voice).
      expect(part(el, 'title')!.lang).to.equal('en');
      const inName = part(el, 'play')!.querySelector('[lang]')!;
      expect([inName.getAttribute('lang'), inName.getAttribute('dir'), inName.textContent]).to.deep.equal(['en', 'auto', 'The Russian LGBT Network on the new arrests']);
    });
  }

  it('describes the play button with the duration and the notice, which a screen reader would otherwise hear after the click that is the consent', async () => {
    const el = await ready(await fixture<VideoEmbed>(html`<video-embed id="described-video" lang="en" .data=${seedVideo()}></video-embed>`));
    // What a screen reader gets: Chromium's accessibility tree.
    const button = await axNode('#described-video', 'button');
    expect(button).to.include({ name: TEXTS.en[0], description: `${TEXTS.en[2]} ${TEXTS.en[1]}` });
    // Without a duration, the notice alone.
    await ready(await fixture<VideoEmbed>(html`<video-embed id="described-short" lang="en" .data=${seedVideo({ duration: undefined })}></video-embed>`));
    const shortButton = await axNode('#described-short', 'button');
    expect(shortButton?.description).to.equal(TEXTS.en[1]);
    // Every id it names is in its root (a validator flags one that is not).
    const short = document.querySelector<VideoEmbed>('#described-short')!;
    const named = part(short, 'play')!.getAttribute('aria-describedby')!.split(' ');
    expect(named.filter((id) => !short.shadowRoot!.getElementById(id))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[id]').length).to.equal(2);
  });

  it('names a video without a title after its provider, or a file after its name', async () => {
    const file = await ready(await fixture<VideoEmbed>(html`<video-embed url="/demo/media/demo-clip.webm"></video-embed>`));
    expect(spoken(part(file, 'play'))).to.equal('Play video: demo-clip.webm');
    const el = await ready(await fixture<VideoEmbed>(html`<video-embed url="https://vimeo.com/76979871"></video-embed>`));
    expect(spoken(part(el, 'play'))).to.equal('Play video: Vimeo');
    expect(part(el, 'notice')!.textContent).to.equal('Plays from Vimeo, which may set cookies.');
  });

  it('reads ISO 8601 durations as whole seconds, and nothing else', () => {
    expect(['PT4M13S', 'PT1H2M3S', 'P1DT1S', 'PT45S', 'PT2M', 'pt4m13.5s', 'PT0S'].map(isoDuration)).to.deep.equal([253, 3723, 86401, 45, 120, 253, 0]);
    expect([253, 253.9, 0].map(isoDuration), 'seconds as a number').to.deep.equal([253, 253, 0]);
    for (const bad of ['', 'P', 'PT', '4:13', 'PT4M13', 'P1Y', 'P1W', 'PT-4M', -1, NaN, Infinity, null, 'PT4M13S; DROP']) expect(isoDuration(bad), String(bad)).to.equal(undefined);
  });

  it('shows a duration as a clock and says it in words, leaving out the zero units', () => {
    expect(formatDuration(253, 'en')).to.deep.equal({ text: '4:13', spoken: '4 minutes 13 seconds' });
    expect(formatDuration(3723, 'en')).to.deep.equal({ text: '1:02:03', spoken: '1 hour 2 minutes 3 seconds' });
    expect(formatDuration(3600, 'en')).to.deep.equal({ text: '1:00:00', spoken: '1 hour' });
    expect(formatDuration(45, 'en')).to.deep.equal({ text: '0:45', spoken: '45 seconds' });
    expect(formatDuration(0, 'en')).to.deep.equal({ text: '0:00', spoken: '0 seconds' });
    expect(formatDuration(61, 'ru').spoken).to.equal('1 минута 1 секунда');
  });
});

describe('<video-embed>: accessible in every state (axe)', () => {
  const states: [string, () => Promise<VideoEmbed>][] = [
    ['loading', async () => fixture<VideoEmbed>(html`<video-embed src=${docUrl(uniqueKey('video-axe'), { hang: 1 })}></video-embed>`)],
    ['poster', async () => ready(await fixture<VideoEmbed>(html`<video-embed .data=${seedVideo()}></video-embed>`))],
    ['no poster', async () => ready(await fixture<VideoEmbed>(html`<video-embed .data=${seedVideo({ thumbnail: undefined })}></video-embed>`))],
    ['file', async () => ready(await fixture<VideoEmbed>(html`<video-embed .data=${seedVideo({ url: '/demo/media/demo-clip.webm' })}></video-embed>`))],
    ['error', async () => ready(await fixture<VideoEmbed>(html`<video-embed url="javascript:alert(1)"></video-embed>`))],
    ['right to left', async () => ready(await fixture<VideoEmbed>(html`<div dir="rtl" lang="ar"><video-embed .data=${seedVideo()}></video-embed></div>`).then((div) => div.firstElementChild as VideoEmbed))],
  ];
  for (const [name, make] of states) {
    it(`is clean: ${name}`, async () => {
      const el = await make();
      await expect(el).to.be.accessible();
    });
  }

  for (const url of ['https://youtu.be/M7lc1UVf-VE', '/demo/media/demo-clip.webm']) {
    it(`is clean after the click: ${url.startsWith('/') ? 'file' : 'YouTube (a local stand-in)'}`, async () => {
      const el = await ready(await fixture<VideoEmbed>(html`<stand-in-video .data=${seedVideo({ url })}></stand-in-video>`));
      (part(el, 'play') as HTMLButtonElement).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('lays the duration at the inline end: the left corner in a right-to-left page', async () => {
    const div = await fixture(html`<div dir="rtl" style="width: 400px"><video-embed .data=${seedVideo()}></video-embed></div>`);
    const el = await ready(div.firstElementChild as VideoEmbed);
    const frame = part(el, 'frame')!.getBoundingClientRect();
    const duration = part(el, 'duration')!.getBoundingClientRect();
    expect(duration.left - frame.left).to.be.lessThan(frame.right - duration.right);
  });
});
