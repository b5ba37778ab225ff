import { html, type TemplateResult } from 'lit';
import { isRightToLeft } from '../../src/i18n/catalogue.js';
import { builtIn } from '../../src/i18n/built-in.js';

/**
 * The locales of the built-in catalogues (English and src/i18n/built-in.ts's), as offered in the
 * toolbar, each named in its own language ("Français"), right-to-left ones marked.
 */
export const LOCALES = ['en', ...Object.keys(builtIn)].map((value) => {
  const name = new Intl.DisplayNames([value], { type: 'language' }).of(value) ?? value;
  return { value, title: `${name.charAt(0).toLocaleUpperCase(value)}${name.slice(1)}${isRightToLeft(value) ? ' (RTL)' : ''}` };
});

export const THEMES = [
  { value: 'light', title: 'Light' },
  { value: 'dark', title: 'Dark' },
  { value: 'brand', title: 'Brand (--sw-* and ::part only)' },
] as const;

/** Writing direction of a locale, as a host page would set it on `dir`. */
export function dirOf(locale: string): 'ltr' | 'rtl' {
  return isRightToLeft(locale) ? 'rtl' : 'ltr';
}

/**
 * The box every story renders in: the page's language and direction (the widgets follow
 * the nearest `lang`, and `dir` for right-to-left) and the theme, as a host page would set them.
 */
export function storyRoot(story: unknown, locale: string, theme: string): TemplateResult {
  return html`<div class="sw-story" lang=${locale} dir=${dirOf(locale)} data-theme=${theme}>${story}</div>`;
}
