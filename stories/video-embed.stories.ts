import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { VideoEmbed } from '../src/elements/video-embed/define.js';
import type { VideoSource } from '../src/elements/video-embed/video-url.js';
import { article, fixtures } from './support/fixtures.js';
import { LONG_TIMEOUT, never } from './support/states.js';

/**
 * `<stand-in-video>`: a `<video-embed>` whose player is a local page (the demo's
 * player-stand-in.html, see .storybook/main.ts), so the state after the click shows without the internet. It
 * overrides `playerUrl`, the hook the tests and the demo gallery use too.
 */
class StandInVideo extends VideoEmbed {
  protected override playerUrl(source: VideoSource): string {
    return `player-stand-in.html?${new URLSearchParams({ for: source.player })}`;
  }
}
if (!customElements.get('stand-in-video')) customElements.define('stand-in-video', StandInVideo);

interface Args {
  src?: string;
  data?: unknown;
  url?: string;
  videoTitle?: string;
  poster?: string;
  providerPoster: boolean;
  timeout?: number;
  width: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/video-embed',
  component: 'video-embed',
  args: { src: fixtures.seed, providerPoster: false, width: '40rem' },
  argTypes: { data: { control: false }, width: { description: 'Width of the box around the video', control: 'text' } },
  render: (args) =>
    html`<div style="max-inline-size: ${args.width}">
      <video-embed
        src=${ifDefined(args.src)}
        url=${ifDefined(args.url)}
        video-title=${ifDefined(args.videoTitle)}
        poster=${ifDefined(args.poster)}
        ?provider-poster=${args.providerPoster}
        timeout=${ifDefined(args.timeout)}
        .data=${args.data}
      ></video-embed>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const shadow = (canvas: HTMLElement, tag = 'video-embed') => canvas.querySelector(tag)!.shadowRoot!;

/** The source article's video: its own poster, the duration, the title, where it plays from. Nothing of YouTube has loaded. */
export const Poster: Story = {
  async play({ canvasElement }) {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button')).toBeTruthy());
    await expect(shadow(canvasElement).querySelector('iframe')).toBeNull();
  },
};

/** No thumbnail in the document: a neutral box (YouTube's own poster only with `provider-poster`). */
export const NoPoster: Story = { args: { src: undefined, data: article({ video: { url: 'https://youtu.be/M7lc1UVf-VE', title: 'A video without a poster' } }) } };

/** The attributes alone, for a video with no document: `url`, `video-title`, `poster`. */
export const Attributes: Story = {
  args: { src: undefined, url: 'https://vimeo.com/76979871', videoTitle: 'A Vimeo video', poster: 'img/chechnya-video.svg' },
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

const loading = never('video-embed-loading');
/** The document never arrives: a box of the final ratio (`aria-busy`). */
export const Loading: Story = { args: { src: loading.src, timeout: LONG_TIMEOUT }, parameters: loading.parameters };

/** A look-alike host: `state="error"`, reason `unsupported`; nothing is shown and nothing requested. */
export const ErrorUnsupported: Story = {
  args: { src: undefined, url: 'https://youtube.com.evil.example/watch?v=M7lc1UVf-VE' },
  parameters: { expectState: 'error' },
};

/** After the click: the player in the same box, with the focus (a local stand-in page for YouTube's player). */
export const AfterTheClick: Story = {
  render: (args) => html`<div style="max-inline-size: ${args.width}"><stand-in-video src=${ifDefined(args.src)}></stand-in-video></div>`,
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
