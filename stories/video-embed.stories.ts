import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { VideoEmbed } from '../src/elements/video-embed/define.js';
import type { VideoSource } from '../src/core/video-url.js';
import { article, fixtures } from './support/fixtures.js';
import { LONG_TIMEOUT, htmlPage, never, serverError, slow } from './support/states.js';
import { type WidgetArgs, widgetStory } from './support/widget-story.js';

/**
 * `<stand-in-video>`: a `<video-embed>` whose player is a local page (the demo's
 * player-stand-in.html, see .storybook/main.ts), so the state after the click shows without the internet. It
 * overrides `playerUrl`, the hook the tests and the demo gallery use too. YouTube's own poster
 * (`provider-poster`, from i.ytimg.com) has no such hook: its `src` is swapped for a local image
 * right after the render, before the lazy `<img>` fetches anything.
 */
class StandInVideo extends VideoEmbed {
  protected override playerUrl(source: VideoSource): string {
    return `player-stand-in.html?${new URLSearchParams({ for: source.player })}`;
  }

  protected override updated(): void {
    super.updated();
    const poster = this.renderRoot.querySelector('img[part~=poster]');
    if (poster?.getAttribute('src')?.startsWith('https://i.ytimg.com/')) poster.setAttribute('src', 'img/provider-poster-stand-in.svg');
  }
}
if (!customElements.get('stand-in-video')) customElements.define('stand-in-video', StandInVideo);

const widget = widgetStory('video-embed');
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/video-embed',
  component: 'video-embed',
  args: { ...widget.args, src: fixtures.seed, width: '40rem' },
  argTypes: {
    ...widget.argTypes,
    width: { description: 'Width of the box around the video', control: 'text', table: { category: 'story' } },
  },
  render: (args) => html`<div style="max-inline-size: ${args.width}">${widget.render(args)}</div>`,
};
export default meta;
type Story = StoryObj<WidgetArgs>;

const shadow = (canvas: HTMLElement, tag = 'video-embed') => canvas.querySelector(tag)!.shadowRoot!;

/** The source article's video: its own poster, the duration, the title, where it plays from. Nothing of YouTube has loaded. */
export const Poster: Story = {
  async play({ canvasElement }) {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button')).toBeTruthy());
    await expect(shadow(canvasElement).querySelector('iframe')).toBeNull();
  },
};

const youTubeOnly = article({ video: { url: 'https://youtu.be/M7lc1UVf-VE', title: 'A video without a poster' } });
/** No thumbnail in the document: a neutral box (YouTube's own poster only with `provider-poster`: see Provider Poster). */
export const NoPoster: Story = { args: { src: undefined, data: youTubeOnly } };

/** The attributes alone, for a video with no document: `url`, `video-title`, `poster`. */
export const Attributes: Story = {
  args: { src: undefined, url: 'https://vimeo.com/76979871', 'video-title': 'A Vimeo video', poster: 'img/chechnya-video.svg' },
};

/** A video file: on the click, a native `<video controls autoplay>` with the captions as tracks; no notice (it plays from this site). */
export const File: Story = {
  args: {
    src: undefined,
    data: article({
      video: {
        url: 'media/demo-clip.webm',
        title: 'A two-second demo clip',
        duration: 'PT2S',
        captions: [
          { src: 'media/demo-clip.en.vtt', language: 'en', label: 'English' },
          { src: 'media/demo-clip.fr.vtt', language: 'fr', label: 'Français' },
        ],
      },
    }),
  },
};

/** The French article in a French page: "Lire la vidéo : …", "Lecture depuis YouTube, qui peut déposer des cookies." */
export const French: Story = { args: { src: fixtures.fr }, globals: { locale: 'fr' } };

/** An Arabic page, right to left: the duration sits at the inline end (left), the play icon still points right. */
export const Arabic: Story = { args: { src: fixtures.ar }, globals: { locale: 'ar' } };

/** A box of another ratio (`--sw-video-ratio: 4 / 3`), kept from the first paint. */
export const Ratio4By3: Story = { args: { '--sw-video-ratio': '4 / 3', width: '28rem' } };

const loading = never('video-embed-loading');
/** The document never arrives: a box of the final ratio (`aria-busy`). */
export const Loading: Story = { args: { src: loading.src, timeout: LONG_TIMEOUT }, parameters: loading.parameters };

const slowly = slow('video-embed-slow', fixtures.seed);
/** The document arrives after 1.5 s: the box keeps its size, nothing moves. */
export const Slow: Story = { args: { src: slowly.src }, parameters: slowly.parameters };

const failing = serverError('video-embed-500');
/** The server answers 500: nothing is shown and no space is taken (`[state=error]`). */
export const Error500: Story = { args: { src: failing.src }, parameters: failing.parameters };

const html200 = htmlPage('video-embed-html');
/** An HTML page where JSON was expected. */
export const ErrorHtml: Story = { args: { src: html200.src }, parameters: html200.parameters };

/** A document without a `video`: nothing to play (reason `invalid`), nothing shown. */
export const ErrorNoVideo: Story = { args: { src: undefined, data: article({ video: undefined }) }, parameters: { expectState: 'error' } };

/** A look-alike host: `state="error"`, reason `unsupported`; nothing is shown and nothing requested. */
export const ErrorUnsupported: Story = {
  args: { src: undefined, url: 'https://youtube.com.evil.example/watch?v=M7lc1UVf-VE' },
  parameters: { expectState: 'error' },
};

/**
 * `provider-poster`: YouTube's own poster for a document without a thumbnail, a request to YouTube
 * before the click that the site owner accepts (contract §12). Here a local image of its shape
 * stands in for it: Storybook has no internet.
 */
export const ProviderPoster: Story = {
  args: { src: undefined, 'provider-poster': true },
  // Its element is the stand-in above, given only this document: the other controls would do nothing.
  parameters: { controls: { include: ['provider-poster', 'width'] } },
  render: (args) =>
    html`<div style="max-inline-size: ${args.width}"><stand-in-video ?provider-poster=${Boolean(args['provider-poster'])} .data=${youTubeOnly}></stand-in-video></div>`,
  async play({ canvasElement }) {
    const root = shadow(canvasElement, 'stand-in-video');
    await waitFor(() => expect(root.querySelector('img[part~=poster]')?.getAttribute('src')).toBe('img/provider-poster-stand-in.svg'));
  },
};

/** After the click: the player in the same box, with the focus (a local stand-in page for YouTube's player). */
export const AfterTheClick: Story = {
  // Its element is the stand-in above, given only the document: the other controls would do nothing.
  parameters: { controls: { include: ['src', 'width'] } },
  render: (args) => html`<div style="max-inline-size: ${args.width}"><stand-in-video src=${ifDefined(args.src as string | undefined)}></stand-in-video></div>`,
  async play({ canvasElement }) {
    const root = shadow(canvasElement, 'stand-in-video');
    await waitFor(() => expect(root.querySelector('button')).toBeTruthy());
    const box = root.querySelector('[part~=frame]')!.getBoundingClientRect();
    await userEvent.click(root.querySelector('button')!);
    await waitFor(() => expect(root.activeElement?.localName).toBe('iframe'));
    const after = root.querySelector('[part~=frame]')!.getBoundingClientRect();
    await expect([after.width, after.height]).toEqual([box.width, box.height]);
  },
};
