import type { XmlReader } from './read-body.js';

/**
 * Parses a feed's text with the browser's XML parser (`DOMParser`, `application/xml`): never
 * an HTML document, nothing in it runs or loads. A parse error is a failure with reason
 * `not-feed`, never an exception. So is a document that defines entities: nested ones expand
 * exponentially ("billion laughs") and would hold the page while the parser runs, and feeds
 * have no use for them (RSS and Atom define none), so such a document is refused unread.
 */
/** Why an XML answer cannot be read; the same words when it parses but is neither RSS nor Atom (read-document.ts). */
export const notFeed = { ok: false, failure: { reason: 'not-feed', message: 'not an RSS or Atom feed' } } as const;

export const readXml: XmlReader = (text) => {
  const xml = /<!ENTITY/i.test(text) ? undefined : new DOMParser().parseFromString(text, 'application/xml');
  return !xml || xml.getElementsByTagName('parsererror')[0] ? notFeed : { ok: true, json: xml };
};
