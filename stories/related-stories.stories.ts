import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/related-stories/define.js';
import { article, fixtures } from './support/fixtures.js';
import { LONG_TIMEOUT, answering, htmlPage, never, serverError, slow } from './support/states.js';
import { type WidgetArgs, widgetStory } from './support/widget-story.js';

const widget = widgetStory('related-stories');
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/related-stories',
  component: 'related-stories',
  // Eager: a story is its own viewport, there is nothing to scroll to.
  args: { ...widget.args, src: fixtures.seed, loading: 'eager' },
  argTypes: widget.argTypes,
  render: (args) => widget.render(args),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

const withoutImages = (doc: Record<string, unknown>) => ({
  ...doc,
  related: (doc.related as Record<string, unknown>[]).map(({ image: _image, ...item }) => item),
});

/** The source article's related stories, as a list with thumbnails and dates. */
export const List: Story = {};

/** A grid: columns by the container's width. */
export const Grid: Story = { args: { layout: 'grid' } };

/** List without thumbnails. */
export const ListWithoutImages: Story = { args: { src: undefined, data: withoutImages(article()) } };

/** Grid without thumbnails. */
export const GridWithoutImages: Story = { args: { src: undefined, layout: 'grid', data: withoutImages(article()) } };

/** From a JSON Feed 1.1 (`items`), limited to 3. */
export const FeedSource: Story = { args: { src: fixtures.feed, limit: 3 } };

/** A heading of the page's own (`heading`, `heading-level="3"`). */
export const CustomHeading: Story = { args: { heading: 'More from news.example', 'heading-level': 3 } };

/** The heading through the `heading` slot. */
export const HeadingSlot: Story = { render: (args) => widget.render(args, html`<span slot="heading">Read <em>next</em></span>`) };

/** The French article's list in a French page ("Articles similaires"). */
export const French: Story = { args: { src: fixtures.fr }, globals: { locale: 'fr' } };

/** In an Arabic page, right to left. */
export const Arabic: Story = { args: { src: fixtures.ar, layout: 'grid' }, globals: { locale: 'ar' } };

/** No usable item (unsafe URLs, no titles): nothing is rendered and no space is taken. */
export const Empty: Story = {
  args: {
    src: undefined,
    data: article({ related: [{ url: 'javascript:alert(1)', title: 'Unsafe' }, { url: 'https://news.example/no-title/' }] }),
  },
};

const loading = never('related-stories-loading');
/** The document never arrives: the heading and `limit` placeholder rows. */
export const Loading: Story = { args: { src: loading.src, timeout: LONG_TIMEOUT }, parameters: loading.parameters };

const loadingGrid = never('related-stories-loading-grid');
export const LoadingGrid: Story = { args: { src: loadingGrid.src, timeout: LONG_TIMEOUT, layout: 'grid' }, parameters: loadingGrid.parameters };

const lazily = answering('related-stories-lazy', { kind: 'file', path: fixtures.seed, delay: 3000 }, 'idle');
/**
 * `loading="lazy"`, the default (the other stories are eager): far from the screen it shows its
 * heading and placeholder rows and fetches nothing. Scroll the box: it asks for its document
 * only once in view, so its placeholder shows while the document comes (here in 3 s).
 */
export const Lazy: Story = {
  args: { src: lazily.src, loading: 'lazy' },
  parameters: lazily.parameters,
  // A scrolling box of its own, so the story (and its Docs page) stays short.
  render: (args) => html`<div class="sw-scroller" role="region" aria-label="Article" tabindex="0">
    <p class="sw-spacer">An article’s text, above its related stories. Scroll down: they load only once in view.</p>
    ${widget.render(args)}
  </div>`,
};

const slowly = slow('related-stories-slow', fixtures.seed);
/** The document arrives after 1.5 s: nothing moves. */
export const Slow: Story = { args: { src: slowly.src }, parameters: slowly.parameters };

const failing = serverError('related-stories-500');
/** The server answers 500: the element hides itself (`[state=error]`). */
export const Error500: Story = { args: { src: failing.src }, parameters: failing.parameters };

const html200 = htmlPage('related-stories-html');
/** An HTML page where JSON was expected. */
export const ErrorHtml: Story = { args: { src: html200.src }, parameters: html200.parameters };
