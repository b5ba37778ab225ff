/**
 * The page itself as a source: its `<link rel="alternate" hreflang="…" href="…">` elements, as
 * multilingual CMSs and SEO plugins write them, are its translations. `x-default` and the
 * page's own URL are left out; the page's language is `<html lang>`.
 */
import type { Article } from '../core/article.js';
import { language, list, object } from '../core/json-guards.js';
import { pageBaseUrl, safeUrl, samePage } from '../core/url-safety.js';

const readLinks = list(object({ language, url: safeUrl }, 'language', 'url'));

/** The page's translations as a document, or undefined when its head names none. */
export function readPageLinks(page: Document = document): Article | undefined {
  const links = [...page.querySelectorAll<HTMLLinkElement>('link[rel~="alternate" i][hreflang]')]
    .map((link) => ({ language: link.getAttribute('hreflang'), url: link.getAttribute('href') }))
    .filter(({ language, url }) => !/^x-default$/i.test(language!) && !samePage(safeUrl(url) ?? '', location.href));
  const translations = readLinks(links, pageBaseUrl(), {});
  return translations[0] && { sourceUrl: pageBaseUrl(), language: language(page.documentElement.lang), translations, related: [] };
}
