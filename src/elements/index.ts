/** The classes, without defining any tag (`story-widgets/elements`). */
export { ArticleContext } from './article-context/article-context.js';
export { ArticleCard, type ArticleCardLayout } from './article-card/article-card.js';
export { LikeButton } from './like-button/like-button.js';
export { LanguageSwitcher } from './language-switcher/language-switcher.js';
export { RelatedStories } from './related-stories/related-stories.js';
export { VideoEmbed } from './video-embed/video-embed.js';
export { StoryWidget, type WidgetErrorDetail } from '../core/story-widget.js';
export type { WidgetState, DocumentSnapshot } from '../core/document-context.js';
export type * from '../core/article.js';
export { defineWidgets, type DefineWidgetsOptions, type PrefixedTags } from '../define-widgets.js';
export { setMessages } from '../i18n/catalogue.js';
export type { LikeChangeDetail, VideoPlayDetail } from '../core/events.js';
