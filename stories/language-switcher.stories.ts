import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/language-switcher/define.js';
import { article, fixtures } from './support/fixtures.js';
import { LONG_TIMEOUT, htmlPage, never, serverError, slow } from './support/states.js';
import { type WidgetArgs, widgetStory } from './support/widget-story.js';

const translation = (language: string) => ({ language, url: `https://news.example/${language.toLowerCase()}/2017/07/chechnya-purge-restarted/` });

const widget = widgetStory('language-switcher');
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/language-switcher',
  component: 'language-switcher',
  args: { ...widget.args, src: fixtures.seed },
  argTypes: widget.argTypes,
  render: (args) => widget.render(args),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** The source page's line: "This post is also available in: Français". */
export const Links: Story = {};

/** A native `<select>`: choosing a language goes there (here the navigation is only recorded). */
export const Select: Story = {
  args: { variant: 'select', src: fixtures.manyTranslations },
  async play({ canvasElement, step }) {
    const el = canvasElement.querySelector('language-switcher')!;
    await waitFor(() => expect(el.getAttribute('state')).toBe('ready'));
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector('select')!;
    const visited: string[] = [];
    (el as unknown as { navigate(url: string): void }).navigate = (url) => visited.push(url);

    await step('the current language comes first and is selected', async () => {
      await expect(select.selectedIndex).toBe(0);
      await expect(select.options[0]!.textContent).toBe('English');
      await expect([...select.options].map((o) => o.textContent)).toContain('Deutsch');
    });
    await step('choosing "Deutsch" goes to the German translation', async () => {
      await userEvent.selectOptions(select, 'https://news.example/de/2017/07/chechnya-purge-restarted/');
      await expect(visited).toEqual(['https://news.example/de/2017/07/chechnya-purge-restarted/']);
      await expect(select.selectedIndex).toBe(0);
    });
  },
};

/** One translation, given as data (no request). */
export const OneTranslation: Story = {
  args: { src: undefined, data: article({ translations: [translation('de')] }) },
};

/** Eight translations, each named in its own language, joined like the page's locale joins a list. */
export const Many: Story = { args: { src: fixtures.manyTranslations } };

/** `show-current`: the current language too, as text with `aria-current="page"`. */
export const ManyWithCurrent: Story = { args: { src: fixtures.manyTranslations, 'show-current': true } };

/** The French article: its only translation is English. Page language from the toolbar. */
export const FrenchDocument: Story = { args: { src: fixtures.fr } };

/** In an Arabic page (right to left). */
export const Arabic: Story = { args: { src: fixtures.ar }, globals: { locale: 'ar' } };

/** No usable translation: nothing is rendered and no space is taken (`state="ready"`, `empty`). */
export const NoTranslation: Story = {
  args: { src: undefined, data: article({ translations: [{ language: 'fr', url: 'javascript:alert(1)' }] }) },
};

const loading = never('language-switcher-loading');
/** The document never arrives: a placeholder line of the final height. */
export const Loading: Story = { args: { src: loading.src, timeout: LONG_TIMEOUT }, parameters: loading.parameters };

const loadingSelect = never('language-switcher-loading-select');
export const LoadingSelect: Story = {
  args: { variant: 'select', src: loadingSelect.src, timeout: LONG_TIMEOUT },
  parameters: loadingSelect.parameters,
};

const slowly = slow('language-switcher-slow', fixtures.seed);
/** The document arrives after 1.5 s; nothing around it moves. */
export const Slow: Story = { args: { src: slowly.src }, parameters: slowly.parameters };

const failing = serverError('language-switcher-500');
/** The server answers 500 (after two quick retries). */
export const Error500: Story = { args: { src: failing.src }, parameters: failing.parameters };

const html200 = htmlPage('language-switcher-html');
/** An HTML page where JSON was expected. */
export const ErrorHtml: Story = { args: { src: html200.src }, parameters: html200.parameters };

