/**
 * story-widgets: importing this module (or loading a CDN bundle) defines every tag.
 * `story-widgets/<tag>` defines one; `story-widgets/elements` defines none.
 */
// First, so the CDN bundle opens with the seven text catalogues: gzip packs text better next to
// text than scattered between code (−140 B gzip). The catalogues import nothing, so evaluating
// them first changes nothing else.
import './i18n/catalogue.js';
import { defineWidgets } from './define-widgets.js';

defineWidgets();

export * from './elements/index.js';
export { setMessages } from './i18n/catalogue.js';
export type { Messages, PartialMessages, PluralForms } from './i18n/messages.js';
