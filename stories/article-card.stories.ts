import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/article-card/define.js';
import { article, fixtures } from './support/fixtures.js';
import { LONG_TIMEOUT, htmlPage, never, serverError, slow } from './support/states.js';
import { type WidgetArgs, widgetStory } from './support/widget-story.js';

const widget = widgetStory('article-card');
const FALLBACK = '<a href="https://news.example/2017/07/chechnya-purge-restarted/">Read the article</a>';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/article-card',
  component: 'article-card',
  // The fixtures' images are 1200 × 630.
  args: { ...widget.args, src: fixtures.seed, '--sw-image-ratio': '1200 / 630', width: '24rem' },
  argTypes: {
    ...widget.argTypes,
    width: { description: 'Width of the box around the card (a horizontal card is a size container)', control: 'text', table: { category: 'story' } },
  },
  render: (args) => html`<div style="max-inline-size: ${args.width}">${widget.render(args)}</div>`,
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** The source article's card: image with credit, title, summary, author and date. */
export const Vertical: Story = {};

/** Image beside the text when the card is at least 32em wide; stacked when narrower. */
export const Horizontal: Story = { args: { layout: 'horizontal', width: '48rem' } };

/** The same layout in a narrow column: it stacks (container query, not the viewport). */
export const HorizontalNarrow: Story = { args: { layout: 'horizontal', width: '20rem' } };

/** Title and meta only. */
export const Minimal: Story = { args: { layout: 'minimal' } };

/** The French article in a French page: "Image : …", "Par …", the date in French. */
export const French: Story = { args: { src: fixtures.fr }, globals: { locale: 'fr' } };

/** The Arabic article in an Arabic page, right to left. */
export const Arabic: Story = { args: { src: fixtures.ar, layout: 'horizontal', width: '48rem' }, globals: { locale: 'ar' } };

/** No image in the document: no image box. */
export const WithoutImage: Story = { args: { src: undefined, data: article({ image: undefined }) } };

/** No safe `url`: the title is plain text and the card is not clickable. */
export const WithoutLink: Story = { args: { src: undefined, data: article({ url: 'javascript:alert(1)', author: { name: 'Staff writer' } }) } };

/** A very long title, shown whole (titles are never clamped), and a long summary, clamped to `--sw-summary-lines`. */
export const LongText: Story = {
  args: {
    src: undefined,
    data: article({
      title: 'Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network, Which Has Helped About Forty Gay and Bi Chechens Leave the Region Since the Spring',
      summary: 'The Russian LGBT Network says it has credible evidence that arrests are happening again after weeks of silence. '.repeat(5),
    }),
  },
};

const loading = never('article-card-loading');
/** The document never arrives: a placeholder of the final size (`aria-busy`). */
export const Loading: Story = { args: { src: loading.src, timeout: LONG_TIMEOUT }, parameters: loading.parameters };

const loadingHorizontal = never('article-card-loading-horizontal');
export const LoadingHorizontal: Story = {
  args: { src: loadingHorizontal.src, timeout: LONG_TIMEOUT, layout: 'horizontal', width: '48rem' },
  parameters: loadingHorizontal.parameters,
};

const slowly = slow('article-card-slow', fixtures.seed);
/** The document arrives after 1.5 s: nothing moves. */
export const Slow: Story = { args: { src: slowly.src }, parameters: slowly.parameters };

const failing = serverError('article-card-500');
/** The server answers 500: the card shows nothing and takes no space (`[state=error]`, `display: contents`). */
export const Error500: Story = { args: { src: failing.src }, parameters: failing.parameters };

const failingWithFallback = serverError('article-card-500-fallback');
/** The same, with a `fallback` slot: a plain link to the article. */
export const ErrorWithFallback: Story = { args: { src: failingWithFallback.src, 'fallback-slot': FALLBACK }, parameters: failingWithFallback.parameters };

const html200 = htmlPage('article-card-html');
/** An HTML page where JSON was expected. */
export const ErrorHtml: Story = { args: { src: html200.src }, parameters: html200.parameters };

/** A document without a `title`: nothing to show (reason `invalid`). */
export const ErrorNoTitle: Story = { args: { src: undefined, data: article({ title: '' }) }, parameters: { expectState: 'error' } };
