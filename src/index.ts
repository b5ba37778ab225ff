/**
 * story-widgets: importing this module (or loading a CDN bundle) defines every tag.
 * `story-widgets/<tag>` defines one; `story-widgets/elements` defines none.
 */
import './elements/article-context/define.js';
import './elements/article-card/define.js';
import './elements/like-button/define.js';
import './elements/language-switcher/define.js';
import './elements/related-stories/define.js';

export * from './elements/index.js';
export { setMessages } from './i18n/catalogue.js';
export type { Messages, PartialMessages, PluralForms } from './i18n/messages.js';
