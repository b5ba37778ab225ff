import { html, type TemplateResult } from 'lit';
import { isRightToLeft } from '../../src/i18n/catalogue.js';

/** The locales of the built-in catalogues, as offered in the toolbar. */
export const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'fr', title: 'Français' },
  { value: 'de', title: 'Deutsch' },
  { value: 'es', title: 'Español' },
  { value: 'pt', title: 'Português' },
  { value: 'ru', title: 'Русский' },
  { value: 'ar', title: 'العربية (RTL)' },
] as const;

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
