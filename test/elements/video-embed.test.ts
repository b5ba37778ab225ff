import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { VideoPlayDetail } from '../../src/core/events.js';
import type { VideoEmbed } from '../../src/elements/video-embed/define.js';
import '../../src/elements/video-embed/define.js';
import '../../src/elements/article-context/define.js';
import { article, docUrl, hits, uniqueKey } from '../support/fixtures.js';
import { requestLog } from '../support/request-log.js';
import { StandInVideo } from '../support/stand-in-video.js';
import { type ServerRender, removeServerRendered, upgradedWhileHeld } from '../support/server-rendered.js';
import { nextEvent, sleep, until } from '../support/wait.js';
import { warningsDuring } from '../support/console-warnings.js';
import { type Rgba, contrast, over, parseColor } from '../support/painted-colours.js';

const ID = 'M7lc1UVf-VE';
const PLAYER = `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`;
const POSTER = '/demo/img/chechnya-video.svg';
const seedVideo = (video: Record<string, unknown> = {}) => article({ video: { ...(article().video as object), thumbnail: { src: POSTER }, ...video } });

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const play = (el: Element) => part(el, 'play') as HTMLButtonElement;
const size = (el: Element | null) => {
  const { width, height } = el!.getBoundingClientRect();
  return { width: Math.round(width), height: Math.round(height) };
};

async function ready<T extends VideoEmbed>(el: T): Promise<T> {
  await until(() => el.state === 'ready' || el.state === 'error', 5000, 'a final state');
  await el.updateComplete;
  return el;
}

/** Clicks the middle of the play button with the mouse, as a reader does. */
async function clickPlay(el: Element): Promise<void> {
  const { x, y, width, height } = play(el).getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

describe('<video-embed>: its sources', () => {
  it('reads the video of the data property, titled by the document when the video has no title', async () => {
    const el = await ready(await fixture<VideoEmbed>(html`<video-embed .data=${seedVideo({ title: undefined })}></video-embed>`));
    expect(el.getAttribute('state')).to.equal('ready');
    expect(part(el, 'title')!.textContent).to.equal(article().title);
    expect(play(el).tagName).to.equal('BUTTON');
    expect(play(el).textContent!.trim()).to.equal(`Play video: ${article().title}`);
  });

  it('reads an inline JSON child, the src attribute and the nearest <article-context>', async () => {
    const json = JSON.stringify(seedVideo());
    const inline = await ready(await fixture<VideoEmbed>(html`<video-embed><script type="application/json">${json}</script></video-embed>`));
    const fetched = await ready(await fixture<VideoEmbed>(html`<video-embed src=${docUrl(uniqueKey('video-src'))}></video-embed>`));
    const context = await fixture(html`<article-context .data=${seedVideo()}><video-embed></video-embed></article-context>`);
    const inContext = await ready(context.querySelector('video-embed')!);
    for (const el of [inline, fetched, inContext]) expect(part(el, 'title')!.textContent).to.equal('The Russian LGBT Network on the new arrests');
  });

  it('reads a schema.org VideoObject, on its own or as an article’s video', async () => {
    const object = { '@type': 'VideoObject', name: 'On its own', embedUrl: `https://www.youtube.com/embed/${ID}`, thumbnailUrl: [POSTER], duration: 'PT1M5S' };
    const alone = await ready(await fixture<VideoEmbed>(html`<video-embed .data=${object}></video-embed>`));
    expect(part(alone, 'title')!.textContent).to.equal('On its own');
    expect(part(alone, 'poster')!.getAttribute('src')).to.equal(new URL(POSTER, location.href).href);
    expect(part(alone, 'duration')!.textContent).to.include('1:05');
    const file = { '@type': 'VideoObject', name: 'A file', contentUrl: '/demo/media/demo-clip.webm' };
    const el = await ready(await fixture<VideoEmbed>(html`<video-embed .data=${{ title: 'Article', video: file }}></video-embed>`));
    expect(part(el, 'notice')!.textContent).to.equal('');
    expect(part(el, 'title')!.textContent).to.equal('A file');
  });

  it('plays the url attribute (with video-title and poster) when it has no document, even inside a context', async () => {
    const context = await fixture(
      html`<article-context .data=${seedVideo()}><video-embed url="https://vimeo.com/76979871" video-title="Second video" poster=${POSTER}></video-embed></article-context>`,
    );
    const el = await ready(context.querySelector('video-embed')!);
    expect(part(el, 'title')!.textContent).to.equal('Second video');
    expect(part(el, 'notice')!.textContent).to.equal('Plays from Vimeo, which may set cookies.');
    expect(el.hasAttribute('title')).to.equal(false);
    el.url = 'https://example.com/not-a-video';
    await nextEvent(el, 'error');
    expect(el.state).to.equal('error');
  });

  it('takes a url set right after it was added to the page (a script, a framework’s props)', async () => {
    for (const set of [(el: VideoEmbed) => (el.url = 'https://vimeo.com/76979871'), (el: VideoEmbed) => el.setAttribute('url', 'https://vimeo.com/76979871')]) {
      const el = document.createElement('video-embed');
      document.body.append(el);
      set(el);
      await ready(el);
      expect(part(el, 'notice')!.textContent).to.equal('Plays from Vimeo, which may set cookies.');
      el.remove();
    }
  });

  it('is in error, reason invalid, when the document has no video', async () => {
    const el = await fixture<VideoEmbed>(html`<video-embed></video-embed>`);
    const failed = nextEvent<CustomEvent>(el, 'error');
    el.data = article({ video: undefined });
    expect((await failed).detail.reason).to.equal('invalid');
  });
});

describe('<video-embed>: nothing from the video’s host before the click', () => {
  it('requests nothing but the document’s poster before the click, then exactly the player', async () => {
    const key = uniqueKey('player');
    const log = requestLog();
    // A poster URL of its own: an image from the memory cache leaves no Resource Timing entry.
    const poster = `${POSTER}?${key}`;
    const el = await ready(await fixture<VideoEmbed>(html`<stand-in-video data-key=${key} .data=${seedVideo({ thumbnail: { src: poster } })}></stand-in-video>`));
    await until(() => (part(el, 'poster') as HTMLImageElement).complete);
    await sleep(100);
    expect(log.foreign()).to.deep.equal([]);
    expect(log.requests()).to.deep.equal([new URL(poster, location.href).href]);
    expect(el.shadowRoot!.querySelector('iframe, video, script, link')).to.equal(null);
    expect(await hits(key)).to.have.length(0);

    await clickPlay(el);
    await el.updateComplete;
    const iframe = part(el, 'player') as HTMLIFrameElement;
    expect(new URL(iframe.src).searchParams.get('for')).to.equal(PLAYER);
    await until(() => log.requests().length === 2, 5000, 'the player’s request');
    expect(log.requests()[1]).to.equal(iframe.src);
    expect(log.foreign()).to.deep.equal([]);
    const requests = await hits(key);
    expect(requests.map(({ method, url }) => `${method} ${url}`)).to.deep.equal([`GET ${new URL(iframe.src).pathname}${new URL(iframe.src).search}`]);
  });

  it('builds the contract’s player iframe on the click, and no other', async () => {
    const log = requestLog();
    const data = seedVideo({ url: `https://youtu.be/${ID}?t=42`, thumbnail: undefined });
    const el = await ready(await fixture<VideoEmbed>(html`<video-embed .data=${data}></video-embed>`));
    await sleep(100);
    expect(log.requests()).to.deep.equal([]);
    expect(part(el, 'poster')).to.equal(null);
    play(el).click();
    await el.updateComplete;
    const iframe = part(el, 'player') as HTMLIFrameElement;
    expect(iframe.getAttribute('src')).to.equal(`${PLAYER}&start=42`);
    expect(iframe.title).to.equal('The Russian LGBT Network on the new arrests');
    expect(iframe.lang, 'its name spoken in the document’s language').to.equal('en');
    // The contract's exact `allow` (§12), full screen in it and as the older attribute, which
    // browsers without the permission policy read (Chromium's console notes that `allow` wins).
    expect(iframe.getAttribute('allow')).to.equal('autoplay; encrypted-media; picture-in-picture; fullscreen');
    expect(iframe.hasAttribute('allowfullscreen')).to.equal(true);
    expect(iframe.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    el.remove();
  });

  // Vimeo's player takes an unlisted video's hash in its query, a start time in its fragment.
  for (const [what, url, player] of [
    ['an unlisted Vimeo video with its hash', 'https://vimeo.com/123456789/abc123def0', 'https://player.vimeo.com/video/123456789?autoplay=1&dnt=1&h=abc123def0'],
    ['a Vimeo video from where its link says (#t=1m30s), in the form Vimeo’s player reads', 'https://vimeo.com/76979871#t=1m30s', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1#t=90s'],
  ]) {
    it(`plays ${what}, and requests nothing of Vimeo before the click`, async () => {
      const log = requestLog();
      const el = await ready(await fixture<VideoEmbed>(html`<video-embed url=${url}></video-embed>`));
      expect(el.getAttribute('state')).to.equal('ready');
      await sleep(100);
      expect(log.requests()).to.deep.equal([]);
      play(el).click();
      await el.updateComplete;
      expect(part(el, 'player')!.getAttribute('src')).to.equal(player);
      el.remove();
    });
  }

  it('shows the host’s poster only with provider-poster', async () => {
    const data = seedVideo({ thumbnail: undefined });
    const log = requestLog();
    const plain = await ready(await fixture<VideoEmbed>(html`<video-embed .data=${data}></video-embed>`));
    expect(part(plain, 'poster')).to.equal(null);
    expect(log.requests()).to.deep.equal([]);
    // A framework's bound `false` (Vue's `:provider-poster="consent"`, Svelte's) is the text "false": off.
    const refused = await ready(await fixture<VideoEmbed>(html`<video-embed provider-poster="false" .data=${data}></video-embed>`));
    expect([refused.providerPoster, part(refused, 'poster')]).to.deep.equal([false, null]);
    expect(log.requests()).to.deep.equal([]);
    const opted = await ready(await fixture<VideoEmbed>(html`<video-embed provider-poster .data=${data}></video-embed>`));
    expect(part(opted, 'poster')!.getAttribute('src')).to.equal(`https://i.ytimg.com/vi/${ID}/hqdefault.jpg`);
    refused.setAttribute('provider-poster', 'true');
    await refused.updateComplete;
    expect(part(refused, 'poster')!.getAttribute('src'), 'any other value is on').to.equal(`https://i.ytimg.com/vi/${ID}/hqdefault.jpg`);
    opted.remove();
    refused.remove();
  });

  it('shows no thumbnail of the document that is on the host’s servers (a YouTube JSON-LD’s i.ytimg.com) before the click, but with provider-poster', async () => {
    const ytimg = `https://i.ytimg.com/vi/${ID}/maxresdefault.jpg`;
    const log = requestLog();
    const documents = [
      { '@type': 'VideoObject', name: 'From JSON-LD', embedUrl: `https://www.youtube.com/embed/${ID}`, thumbnailUrl: [ytimg] },
      seedVideo({ thumbnail: { src: 'https://i.vimeocdn.com/video/1-d_640' } }),
      seedVideo({ thumbnail: { src: `HTTPS://I.YTIMG.COM./vi/${ID}/0.jpg` } }),
    ];
    for (const data of documents) {
      const el = await ready(await fixture<VideoEmbed>(html`<video-embed .data=${data}></video-embed>`));
      expect(part(el, 'poster')).to.equal(null);
      el.remove();
    }
    expect(log.requests()).to.deep.equal([]);
    const opted = await ready(await fixture<VideoEmbed>(html`<video-embed provider-poster .data=${documents[0]}></video-embed>`));
    expect(part(opted, 'poster')!.getAttribute('src')).to.equal(ytimg);
    opted.remove();
  });

  it('plays a file in a native <video controls autoplay> with the captions as tracks', async () => {
    const captions = [
      { src: '/demo/media/demo-clip.en.vtt', language: 'en', label: 'English' },
      { src: '/demo/media/demo-clip.fr.vtt', language: 'fr' },
    ];
    const el = await ready(await fixture<VideoEmbed>(html`<video-embed .data=${seedVideo({ url: '/demo/media/demo-clip.webm', captions })}></video-embed>`));
    expect(part(el, 'notice')!.textContent).to.equal('');
    expect(el.shadowRoot!.querySelector('video')).to.equal(null);
    play(el).click();
    await el.updateComplete;
    const video = part(el, 'player') as HTMLVideoElement;
    expect(video.tagName).to.equal('VIDEO');
    expect(video.lang, 'its name spoken in the document’s language').to.equal('en');
    expect(video.getAttribute('src')).to.equal(new URL('/demo/media/demo-clip.webm', location.href).href);
    expect([video.controls, video.autoplay, video.hasAttribute('crossorigin')]).to.deep.equal([true, true, false]);
    const tracks = [...video.querySelectorAll('track')].map((t) => [t.kind, t.src, t.srclang, t.label]);
    expect(tracks).to.deep.equal([
      ['captions', new URL('/demo/media/demo-clip.en.vtt', location.href).href, 'en', 'English'],
      ['captions', new URL('/demo/media/demo-clip.fr.vtt', location.href).href, 'fr', 'fr'],
    ]);
  });
});

describe('<video-embed>: the click', () => {
  it('moves the focus into the player and fires one video-play, bubbling and composed', async () => {
    const wrapper = await fixture(html`<div><stand-in-video .data=${seedVideo()}></stand-in-video></div>`);
    const el = await ready(wrapper.querySelector('stand-in-video')!);
    const events: CustomEvent<VideoPlayDetail>[] = [];
    wrapper.addEventListener('video-play', (event) => events.push(event as CustomEvent<VideoPlayDetail>));
    await clickPlay(el);
    await until(() => events.length > 0);
    await sleep(50);
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ provider: 'youtube', id: ID, url: `https://www.youtube.com/watch?v=${ID}` });
    expect(events[0]!.composed).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'player'));
  });

  // CONTRACT §12: `{ provider, id?, url }`: a Vimeo video's id; a file has none, so no `id` at all.
  for (const [url, detail] of [
    ['https://vimeo.com/76979871', { provider: 'vimeo', id: '76979871', url: 'https://vimeo.com/76979871' }],
    ['/demo/media/demo-clip.webm', { provider: 'file', url: new URL('/demo/media/demo-clip.webm', location.href).href }],
  ] as const) {
    it(`fires video-play with exactly the ${detail.provider} video's provider, id and url`, async () => {
      const el = await ready(await fixture<VideoEmbed>(html`<stand-in-video .data=${seedVideo({ url })}></stand-in-video>`));
      const played = nextEvent<CustomEvent<VideoPlayDetail>>(el, 'video-play');
      await clickPlay(el);
      expect((await played).detail).to.deep.equal(detail);
    });
  }

  for (const key of ['Enter', ' '] as const) {
    it(`plays with the keyboard: Tab to the button, then ${key === ' ' ? 'Space' : key}`, async () => {
      const wrapper = await fixture(html`<div><button>before</button><stand-in-video .data=${seedVideo()}></stand-in-video></div>`);
      const el = await ready(wrapper.querySelector('stand-in-video')!);
      const played = nextEvent<CustomEvent<VideoPlayDetail>>(el, 'video-play');
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(play(el));
      await sendKeys({ press: key === ' ' ? 'Space' : key });
      expect((await played).detail.provider).to.equal('youtube');
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('player');
    });
  }
});

/** A video as the server writes it: its play button a link to the video's page. */
const videoRender: ServerRender = {
  shadow: `<div part="frame" class="frame"><a part="play" class="play" href="https://www.youtube.com/watch?v=${ID}"><span class="visually-hidden">Play video</span></a></div>`,
  document: seedVideo(),
};

/**
 * Records whether each click reaching the window had its default (following the link)
 * prevented by then, and prevents it anyway: the test page stays put.
 */
function watchLinkClicks(): { prevented: boolean[]; stop: () => void } {
  const prevented: boolean[] = [];
  const listener = (event: Event) => {
    prevented.push(event.defaultPrevented);
    event.preventDefault();
  };
  window.addEventListener('click', listener);
  return { prevented, stop: () => window.removeEventListener('click', listener) };
}

describe('<video-embed>: taken over from a server render', () => {
  afterEach(removeServerRendered);

  it('plays at the takeover after a plain click on the server’s play link, made before it', async () => {
    const { el, release } = upgradedWhileHeld(StandInVideo, 'early-play-video', videoRender);
    const clicks = watchLinkClicks();
    const played = nextEvent<CustomEvent<VideoPlayDetail>>(el, 'video-play');
    try {
      await sleep(50);
      expect(el.hasUpdated, 'not taken over yet').to.equal(false);
      el.shadowRoot!.querySelector<HTMLElement>('[part=play] span')!.click();
      expect(clicks.prevented, 'the link not followed').to.deep.equal([true]);
      expect(part(el, 'player'), 'no player before the takeover').to.equal(null);
    } finally {
      release();
      clicks.stop();
    }
    expect((await played).detail).to.deep.equal({ provider: 'youtube', id: ID, url: `https://www.youtube.com/watch?v=${ID}` });
    expect(part(el, 'player')!.tagName).to.equal('IFRAME');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('player');
  });

  it('leaves a click with a modifier key to the link (another tab), and plays nothing', async () => {
    const { el, release } = upgradedWhileHeld(StandInVideo, 'early-tab-video', videoRender);
    const clicks = watchLinkClicks();
    let plays = 0;
    el.addEventListener('video-play', () => plays++);
    try {
      await sleep(50);
      part(el, 'play')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      expect(clicks.prevented, 'the link followed').to.deep.equal([false]);
    } finally {
      release();
      clicks.stop();
    }
    await until(() => el.hasUpdated, 5000, 'the takeover');
    await sleep(100);
    expect(play(el).tagName).to.equal('BUTTON');
    expect(part(el, 'player'), 'no player').to.equal(null);
    expect(plays).to.equal(0);
  });
});

describe('<video-embed>: no layout shift', () => {
  it('keeps its size before the document arrives, with it, and after the click', async () => {
    const wrapper = await fixture(html`<div style="width: 640px">
      <stand-in-video src=${docUrl(uniqueKey('video-slow'), { delay: 400, body: JSON.stringify(seedVideo()) })}></stand-in-video>
    </div>`);
    const el = wrapper.querySelector('stand-in-video')!;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const before = [size(el), size(part(el, 'frame'))];
    expect(before[1]).to.deep.equal({ width: 640, height: 360 });
    await ready(el);
    expect([size(el), size(part(el, 'frame'))]).to.deep.equal(before);
    play(el).click();
    await el.updateComplete;
    expect([size(el), size(part(el, 'frame')), size(part(el, 'player'))]).to.deep.equal([...before, before[1]]);
  });

  it('takes its ratio from --sw-video-ratio', async () => {
    const el = await ready(await fixture<VideoEmbed>(html`<video-embed style="width: 400px; --sw-video-ratio: 4 / 3" .data=${seedVideo()}></video-embed>`));
    expect(size(part(el, 'frame'))).to.deep.equal({ width: 400, height: 300 });
  });
});

describe('<video-embed>: the play button on any accent', () => {
  // Contract §12: --sw-accent fills the play button. A site sets it as a text colour, light on a
  // dark page (the theming guide's #3fb8b0, Storybook's dark #9cc3ff): the triangle on it keeps
  // 3:1 (WCAG 1.4.11) by its white fill or by its dark edge, over a mid-grey poster.
  for (const accent of ['#cc0000', '#9cc3ff', '#3fb8b0', '#ffd400', '#ffffff', '#000000', '#767676']) {
    it(`keeps its triangle at 3:1 on ${accent}`, async () => {
      const el = await ready(await fixture<VideoEmbed>(html`<video-embed style=${`--sw-accent: ${accent}`} .data=${seedVideo({ thumbnail: undefined })}></video-embed>`));
      const [rect, path] = [el.shadowRoot!.querySelector('rect')!, el.shadowRoot!.querySelector('path')!];
      const rectStyle = getComputedStyle(rect);
      const pathStyle = getComputedStyle(path);
      const box = over([...parseColor(rectStyle.fill).slice(0, 3), Number(rectStyle.fillOpacity)] as Rgba, [128, 128, 128, 1]);
      const fill = over(parseColor(pathStyle.fill), box);
      const [r, g, b, a] = parseColor(pathStyle.stroke);
      const edge = over([r, g, b, a * Number(pathStyle.strokeOpacity)], box);
      expect(parseFloat(pathStyle.strokeWidth), 'an edge drawn').to.be.above(0);
      const best = Math.max(contrast(fill, box), contrast(edge, box));
      expect(best, `white ${contrast(fill, box).toFixed(2)}:1, edge ${contrast(edge, box).toFixed(2)}:1`).to.be.at.least(3);
    });
  }
});

describe('<video-embed>: on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the poster, the title and the duration on its dark badge, not the play button or the cookie notice', async () => {
    const el = await ready(await fixture<VideoEmbed>(html`<video-embed .data=${seedVideo()}></video-embed>`));
    const shown = (name: string) => getComputedStyle(name === 'icon' ? el.shadowRoot!.querySelector('svg')! : part(el, name)!).display !== 'none';
    expect(['poster', 'title', 'icon', 'notice', 'duration'].map(shown)).to.deep.equal([true, true, true, true, true]);
    await emulateMedia({ media: 'print' });
    expect(['poster', 'title', 'icon', 'notice', 'duration'].map(shown)).to.deep.equal([true, true, false, false, true]);
    // Browsers print no backgrounds unless told: the badge's white text would be on white.
    expect(getComputedStyle(part(el, 'duration')!).printColorAdjust).to.equal('exact');
  });
});

describe('<video-embed>: hostile URLs', () => {
  const HOSTILE = [
    'javascript:alert(document.domain)',
    `https://youtube.com.evil.example/watch?v=${ID}`,
    `https://www.youtube.com/watch?v=${ID}"><img src=x onerror=alert(1)>`,
    `https://www.youtube.com/embed/../../evil`,
    `https://www.youtube.com/embed/%2e%2e/watch?v=${ID}`,
    'https://vimeo.com/12345abc',
    'https://player.vimeo.com/video/1;alert(1)',
    'https://vimeo.com/123456789/ABC123DEF0',
    'https://vimeo.com/123456789/abc"onload=alert(1)',
  ];
  for (const url of HOSTILE) {
    it(`ends in error, shows and requests nothing: ${url}`, async () => {
      const log = requestLog();
      for (const el of [
        await fixture<VideoEmbed>(html`<video-embed .data=${seedVideo({ url })}></video-embed>`),
        await fixture<VideoEmbed>(html`<video-embed url=${url} poster=${POSTER}></video-embed>`),
      ]) {
        await ready(el);
        expect(el.getAttribute('state')).to.equal('error');
        expect(el.shadowRoot!.children).to.have.length(0);
        expect(size(el)).to.deep.equal({ width: 0, height: 0 });
      }
      await sleep(50);
      expect(log.requests()).to.deep.equal([]);
    });
  }

  it('names the reason unsupported in the error event', async () => {
    const el = await fixture<VideoEmbed>(html`<video-embed></video-embed>`);
    const failed = nextEvent<CustomEvent>(el, 'error');
    el.data = seedVideo({ url: 'https://youtube.com.evil.example/watch?v=' + ID });
    expect((await failed).detail).to.include({ reason: 'unsupported', url: 'https://youtube.com.evil.example/watch?v=' + ID });
  });

  it('tells the site owner which forms play when a YouTube or Vimeo URL is of another form (a live stream’s /live/ID)', async () => {
    const warned = async (url: string): Promise<string[]> => {
      const el = await fixture<VideoEmbed>(html`<video-embed></video-embed>`);
      return warningsDuring(async () => {
        const failed = nextEvent<CustomEvent>(el, 'error');
        el.data = seedVideo({ url });
        expect((await failed).detail).to.include({ reason: 'unsupported' });
      });
    };
    expect(await warned(`https://www.youtube.com/live/${ID}`)).to.deep.equal([
      `<video-embed>: unsupported — a YouTube or Vimeo URL of a form that does not play (youtu.be/ID and vimeo.com/NUMBER do) (https://www.youtube.com/live/${ID})`,
    ]);
    expect(await warned('https://vimeo.com/channels/staffpicks/76979871')).to.have.length(1);
    expect((await warned('https://vimeo.com/channels/staffpicks/76979871'))[0]).to.contain('of a form that does not play');
    expect(await warned(`https://youtube.com.evil.example/watch?v=${ID}`)).to.deep.equal([
      `<video-embed>: unsupported — not a YouTube, Vimeo or video file URL (https://youtube.com.evil.example/watch?v=${ID})`,
    ]);
  });
});
