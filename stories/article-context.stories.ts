import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/article-card/define.js';
import '../src/elements/article-context/define.js';
import '../src/elements/like-button/define.js';
import { fixtures } from './support/fixtures.js';
import { LONG_TIMEOUT, htmlPage, never, serverError } from './support/states.js';
import { type WidgetArgs, widgetStory } from './support/widget-story.js';

/**
 * `<article-context>` renders nothing of its own (`display: contents`): it fetches one
 * document and hands it to every descendant widget without a source of its own. One request
 * serves them all; a widget with its own `src` or `data` keeps it.
 */
const widget = widgetStory('article-context');
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/article-context',
  component: 'article-context',
  args: { ...widget.args, src: fixtures.seed },
  argTypes: widget.argTypes,
  render: (args) =>
    widget.render(
      args,
      html`<div style="max-inline-size: 24rem">
        <article-card layout="minimal"></article-card>
        <like-button></like-button>
      </div>`,
    ),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** Two widgets, one document. */
export const Ready: Story = {};

/** A widget with its own document inside a context: the card shows the French article. */
export const OwnSourceWins: Story = {
  render: (args) =>
    widget.render(
      args,
      html`<div style="max-inline-size: 24rem">
        <article-card layout="minimal" src=${fixtures.fr}></article-card>
        <like-button></like-button>
      </div>`,
    ),
};

const loading = never('article-context-loading');
export const Loading: Story = { args: { src: loading.src, timeout: LONG_TIMEOUT }, parameters: loading.parameters };

const failing = serverError('article-context-500');
export const Error500: Story = { args: { src: failing.src }, parameters: failing.parameters };

const html200 = htmlPage('article-context-html');
export const ErrorHtml: Story = { args: { src: html200.src }, parameters: html200.parameters };
