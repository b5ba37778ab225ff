/**
 * The page itself as a source: its `<link rel="alternate" hreflang="…" href="…">` elements, as
 * multilingual CMSs and SEO plugins write them, are its translations. `x-default` (no language
 * tag Intl accepts) and the page's own URL are left out; the page's language is `<html lang>`.
 * A page without them is an article with no translations (a post Polylang or WPML has not
 * translated yet): the switcher is ready and empty, not waiting for a source.
 */
import type { Article } from '../core/article.js';
import { MAX_LIST_ITEMS, language } from '../core/json-guards.js';
import { pageBaseUrl, safeUrl, samePage } from '../core/url-safety.js';

/** The page's translations as a document (none when its head names none). */
export function readPageLinks(): Article {
  const translations = [...document.querySelectorAll<HTMLLinkElement>('link[rel~=alternate i][hreflang]')].slice(0, MAX_LIST_ITEMS).flatMap((link) => {
    const tag = language(link.hreflang);
    const url = safeUrl(link.href);
    return tag && url && !samePage(url, location.href) ? [{ language: tag, url }] : [];
  });
  return { sourceUrl: pageBaseUrl(), language: language(document.documentElement.lang), translations, related: [] };
}
