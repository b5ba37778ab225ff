/**
 * React wrappers (`story-widgets/react`), made with `@lit/react`: properties such as `data`
 * are set as properties, and the elements' events are React props. Importing this module
 * defines the tags, like importing `story-widgets`.
 *
 * ```tsx
 * import { LikeButton } from 'story-widgets/react';
 * <LikeButton src="/api/articles/my-post" onLikeChange={(e) => console.log(e.detail.count)} />
 * ```
 */
import { type EventName, createComponent } from '@lit/react';
import * as React from 'react';
import type { LikeChangeDetail, VideoPlayDetail } from '../core/events.js';
import type { WidgetErrorDetail } from '../core/story-widget.js';
import { ArticleCard as ArticleCardElement } from '../elements/article-card/define.js';
import { ArticleContext as ArticleContextElement } from '../elements/article-context/define.js';
import { LanguageSwitcher as LanguageSwitcherElement } from '../elements/language-switcher/define.js';
import { LikeButton as LikeButtonElement } from '../elements/like-button/define.js';
import { RelatedStories as RelatedStoriesElement } from '../elements/related-stories/define.js';
import { VideoEmbed as VideoEmbedElement } from '../elements/video-embed/define.js';

/**
 * `elementClass` as `@lit/react` should see it: without the properties in `leftToReact`.
 * `@lit/react` sets the properties it knows in a layout effect, once React has put the element
 * in the page; but a like button with only `count`/`endpoint`, or a video with only `url`,
 * decides where its data comes from as it joins the page, so it stayed `idle` ("Loading…")
 * for good. React sets the props it is left as it creates the element, before that: as
 * attributes (React 18) or properties (React 19), which the element reads alike.
 */
function leaving<T extends { prototype: object }>(elementClass: T, leftToReact: readonly string[]): T {
  const prototype = new Proxy(elementClass.prototype, { has: (target, key) => !leftToReact.includes(key as string) && Reflect.has(target, key) });
  return { prototype } as T;
}

/** `load` and `error`, which every widget fires. */
const widgetEvents = {
  onLoad: 'load' as EventName<Event>,
  onError: 'error' as EventName<CustomEvent<WidgetErrorDetail>>,
};

export const ArticleContext = createComponent({
  react: React,
  tagName: 'article-context',
  elementClass: ArticleContextElement,
  events: widgetEvents,
  displayName: 'ArticleContext',
});

export const ArticleCard = createComponent({
  react: React,
  tagName: 'article-card',
  elementClass: ArticleCardElement,
  events: widgetEvents,
  displayName: 'ArticleCard',
});

export const LikeButton = createComponent({
  react: React,
  tagName: 'like-button',
  elementClass: leaving(LikeButtonElement, ['count', 'endpoint']),
  events: { ...widgetEvents, onLikeChange: 'like-change' as EventName<CustomEvent<LikeChangeDetail>> },
  displayName: 'LikeButton',
});

export const LanguageSwitcher = createComponent({
  react: React,
  tagName: 'language-switcher',
  elementClass: LanguageSwitcherElement,
  events: widgetEvents,
  displayName: 'LanguageSwitcher',
});

export const RelatedStories = createComponent({
  react: React,
  tagName: 'related-stories',
  elementClass: RelatedStoriesElement,
  events: widgetEvents,
  displayName: 'RelatedStories',
});

export const VideoEmbed = createComponent({
  react: React,
  tagName: 'video-embed',
  elementClass: leaving(VideoEmbedElement, ['url']),
  events: { ...widgetEvents, onVideoPlay: 'video-play' as EventName<CustomEvent<VideoPlayDetail>> },
  displayName: 'VideoEmbed',
});
