import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/article-card/define.js';
import '../src/elements/article-context/define.js';
import '../src/elements/language-switcher/define.js';
import '../src/elements/like-button/define.js';
import '../src/elements/related-stories/define.js';
import { expectedTexts, spoken } from './support/expected-texts.js';
import { fixtures } from './support/fixtures.js';
import { sourcePage } from './support/source-page.js';
import { LONG_TIMEOUT, never, serverError } from './support/states.js';

/**
 * The page the library was made for: one `<article-context>` fetches the article document
 * and the four widgets inside it render from it — the headline card, "Be first to like
 * this.", "This post is also available in: Français" and the related stories.
 * Switch the locale and theme in the toolbar.
 */
const meta: Meta = {
  title: 'Pages/Source article',
  component: 'article-context',
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

export const SourceArticle: Story = {
  name: 'Source article',
  render: () => sourcePage(fixtures.seed),
  async play({ canvasElement }) {
    const like = canvasElement.querySelector('like-button')!;
    const switcher = canvasElement.querySelector('language-switcher')!;
    await waitFor(() => expect(like.getAttribute('state')).toBe('ready'));
    await waitFor(() => expect(switcher.getAttribute('state')).toBe('ready'));
    const texts = expectedTexts(like);
    await waitFor(() => expect(spoken(like.shadowRoot!.querySelector('[part="status"]'))).toBe(texts.likeStatus(false, 0)));
    await expect(spoken(switcher.shadowRoot)).toBe(texts.translations(['Français']));
  },
};

/** The French version of the page. */
export const FrenchArticle: Story = { name: 'French article', render: () => sourcePage(fixtures.fr), globals: { locale: 'fr' } };

/** With the related stories as a grid. */
export const RelatedGrid: Story = { name: 'Related stories as a grid', render: () => sourcePage(fixtures.seed, { relatedLayout: 'grid' }) };

const loading = never('source-article-loading');
/** Before the document arrives: every widget holds its final size. */
export const Loading: Story = {
  render: () => sourcePage(loading.src, { timeout: LONG_TIMEOUT }),
  parameters: loading.parameters,
};

const failing = serverError('source-article-500');
/** The document cannot be loaded: nothing broken shows. */
export const Error500: Story = { render: () => sourcePage(failing.src), parameters: failing.parameters };
