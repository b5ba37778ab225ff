// What a reader should see, in the story's current locale: play functions compare against the
// library's own catalogue (and `setMessages` overrides), so a story passes under every locale
// of the toolbar instead of only in English.
import { messagesFor } from '../../src/i18n/catalogue.js';
import type { Messages } from '../../src/i18n/messages.js';
import { fill, formatNumber, selectPlural } from '../../src/i18n/plural.js';

export interface ExpectedTexts {
  readonly locale: string;
  readonly messages: Messages;
  /** The like status line for a shown state (CONTRACT §4's table; `k = count − 1` when liked). */
  likeStatus(liked: boolean, count: number): string;
  /** "This post is also available in: Français" — the label and the names, as the element joins them. */
  translations(names: readonly string[]): string;
}

/** The texts for the locale of `widget`: its nearest `lang` (the toolbar sets it on the story root). */
export function expectedTexts(widget: Element): ExpectedTexts {
  const locale = widget.closest('[lang]')?.getAttribute('lang') || 'en';
  const messages = messagesFor(locale);
  return {
    locale,
    messages,
    likeStatus(liked, count) {
      const n = count - +liked;
      if (!n) return liked ? messages.likeYou : messages.likeZero;
      return fill(selectPlural(locale, liked ? messages.likeYouAndOthers : messages.likeCount, n), {
        n: formatNumber(locale, n),
        k: formatNumber(locale, n),
      });
    },
    translations(names) {
      return `${messages.translationsLabel} ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(names)}`;
    },
  };
}

/**
 * Text content with runs of HTML white space made one space, as a reader hears it (a no-break
 * space is text: French puts one before a colon).
 */
export function spoken(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\f\r]+/g, ' ').replace(/^ | $/g, '');
}
