import type { XmlReader } from './read-body.js';

// An internal DTD subset is where entity definitions live: nested ones expand exponentially
// ("billion laughs") and hold the page for as long as the parser runs. Feeds have no use for
// them (RSS and Atom define no entities), so a document that declares any is refused unread.
const ENTITY_DECLARATION = /<!ENTITY/i;

/**
 * Parses a feed's text with the browser's XML parser (`DOMParser`, `application/xml`): never
 * an HTML document, nothing in it runs or loads. A parse error or an entity declaration is a
 * failure with reason `not-feed`, never an exception.
 */
export const readXml: XmlReader = (text) => {
  if (ENTITY_DECLARATION.test(text)) return notFeed('it declares XML entities');
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  const error = xml.getElementsByTagName('parsererror')[0];
  // Chromium wraps the parser's line in a page of its own ("This page contains the following errors…").
  return error ? notFeed(/error on line.*?(?=Below is|$)/s.exec(error.textContent!)?.[0].slice(0, 200) ?? 'XML error') : { ok: true, json: xml };
};

const notFeed = (why: string) => ({ ok: false, failure: { reason: 'not-feed', message: `not a feed (${why})` } }) as const;
