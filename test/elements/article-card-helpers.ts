// Small readers over an <article-card>'s shadow DOM, so the tests say what a reader sees.
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/article-card/define.js';
import type { ArticleCard } from '../../src/elements/article-card/article-card.js';
import type { Json } from '../support/fixtures.js';

export const shadow = (el: ArticleCard): ShadowRoot => el.shadowRoot!;
export const part = <T extends Element = HTMLElement>(el: ArticleCard, name: string): T | null =>
  shadow(el).querySelector<T & Element>(`[part~="${name}"]`);
export const parts = (el: ArticleCard, name: string): Element[] => [...shadow(el).querySelectorAll(`[part~="${name}"]`)];
/** The text of a part as rendered, white space collapsed. */
export const textOf = (el: ArticleCard, name: string): string | undefined =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
export const rect = (el: ArticleCard, name: string): DOMRect => part(el, name)!.getBoundingClientRect();

export interface CardOptions {
  layout?: string;
  lang?: string;
  width?: string;
  headingLevel?: number;
  style?: string;
}

/** A ready card over inline data, at a fixed width. */
export async function card(data: Json, options: CardOptions = {}): Promise<ArticleCard> {
  const el = await fixture<ArticleCard>(html`<article-card
    .data=${data}
    layout=${options.layout ?? 'vertical'}
    lang=${options.lang ?? 'en'}
    heading-level=${options.headingLevel ?? 3}
    style="inline-size: ${options.width ?? '360px'}; ${options.style ?? ''}"
  ></article-card>`);
  await el.updateComplete;
  return el;
}

/** Formatted as the contract says: `Intl.DateTimeFormat(locale, { dateStyle: "medium" })`. */
export const mediumDate = (iso: string, locale: string): string => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
