/**
 * story-widgets: importing this module (or loading a CDN bundle) defines every tag.
 * `story-widgets/<tag>` defines one; `story-widgets/elements` defines none.
 */
import { defineWidgets } from './define-widgets.js';

defineWidgets();

export * from './elements/index.js';
export { setMessages } from './i18n/catalogue.js';
export type { Messages, PartialMessages, PluralForms } from './i18n/messages.js';
