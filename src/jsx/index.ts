/**
 * React 19's JSX for the plain tags (`story-widgets/jsx`): types only, opt-in. One line in any
 * file of a project, `import type {} from 'story-widgets/jsx';`, adds every tag to `react`'s
 * `JSX.IntrinsicElements`; a project that does not import it never loads `@types/react` for it.
 *
 * The type of each prop is what React 19 does with it on a custom element (React 19.3, Chromium):
 * - a name the element has as a property (`data`, `src`, `layout`, `limit`, `liked`…) is set as
 *   that property, so it has the class's own type: `limit={3}`, not `limit="3"`;
 * - any other name is an attribute (`heading-level`, `show-current`, `video-title`,
 *   `provider-poster`): a number is written as its digits, `true` as present, `false` as absent;
 * - `on` + an event's exact name (`onload`, `onerror`, `onlike-change`, `onvideo-play`) adds a
 *   listener for that event. React's own `onLoad` and `onError` are its synthetic events, which
 *   never fire for these elements' events: they are left out, so writing them is an error.
 *   React 19 adds these listeners on a client render only, not while it hydrates server HTML
 *   (facebook/react#35446): hydrated, use the wrapper components or a `ref` and `useEffect`.
 * `state` and `empty` are set by the element, never by the page: not props either.
 *
 * ```tsx
 * import 'story-widgets';
 * import type {} from 'story-widgets/jsx';
 * <article-card data={doc} layout="horizontal" heading-level={2} onerror={(e) => console.warn(e.detail.reason)} />
 * ```
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ArticleCard,
  ArticleContext,
  LanguageSwitcher,
  LikeButton,
  RelatedStories,
  StoryWidget,
  VideoEmbed,
  WidgetErrorDetail,
} from '../elements/index.js';

type None = Record<never, never>;

/** Properties every widget takes from the page (`state` is the element's own). */
type WidgetProperty = 'data' | 'src' | 'loading' | 'credentials' | 'timeout';

/** Props React 19 sets as the element's properties: typed by the class, so they cannot drift. */
type Properties<E, K extends keyof E> = { [P in K]?: E[P] };

/** A value as React 19 writes it with `setAttribute`: a number as its digits, `true` present, `false` absent. */
type AttributeValue<T> = T extends boolean ? boolean : T extends number ? T | `${T}` : T;

/** Attributes whose property has another name, e.g. `{ 'heading-level': 'headingLevel' }`: typed by that property. */
type Attributes<E, Names extends Record<string, keyof E>> = { [A in keyof Names]?: AttributeValue<E[Names[A]]> };

/** `on` + the event's exact name (case and dashes kept), which React 19 adds as a listener. */
type Listeners<Events> = { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };

/** The events every widget fires (contract §1). */
interface WidgetEvents {
  load: Event;
  error: CustomEvent<WidgetErrorDetail>;
}

/** React's props of an HTML element (`ref` to the class, `children`, `className`, `slot`, `lang`…) and `class`. */
type ElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & { class?: string };

/** The props of one tag: its own first, then the HTML element's, without React's `onLoad`/`onError`. */
type WidgetProps<
  E extends StoryWidget,
  Own extends keyof E = never,
  Renamed extends Record<string, keyof E> = None,
  Events = None,
> = Properties<E, WidgetProperty | Own> &
  Attributes<E, Renamed> &
  Listeners<WidgetEvents & Events> &
  Omit<ElementProps<E>, 'onLoad' | 'onError' | WidgetProperty | Own | keyof Renamed>;

/** Each tag's JSX props (for tags defined with a prefix: `PrefixedElements`). */
export interface StoryWidgetsElements {
  'article-context': WidgetProps<ArticleContext>;
  'article-card': WidgetProps<ArticleCard, 'layout', { 'heading-level': 'headingLevel' }>;
  'like-button': WidgetProps<LikeButton, 'count' | 'endpoint' | 'liked', None, Pick<HTMLElementEventMap, 'like-change'>>;
  'language-switcher': WidgetProps<LanguageSwitcher, 'variant', { 'show-current': 'showCurrent' }>;
  'related-stories': WidgetProps<RelatedStories, 'limit' | 'layout' | 'heading', { 'heading-level': 'headingLevel' }>;
  'video-embed': WidgetProps<
    VideoEmbed,
    'url' | 'poster',
    { 'video-title': 'videoTitle'; 'provider-poster': 'providerPoster' },
    Pick<HTMLElementEventMap, 'video-play'>
  >;
}

/**
 * The JSX props of the tags `defineWidgets({ prefix })` defines, each as its plain tag's:
 * `declare module 'react' { namespace JSX { interface IntrinsicElements extends PrefixedElements<'sw-'> {} } }`.
 */
export type PrefixedElements<Prefix extends string> = { [Tag in keyof StoryWidgetsElements as `${Prefix}${Tag}`]: StoryWidgetsElements[Tag] };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's own JSX namespace, augmented
  namespace JSX {
    interface IntrinsicElements {
      'article-context': StoryWidgetsElements['article-context'];
      'article-card': StoryWidgetsElements['article-card'];
      'like-button': StoryWidgetsElements['like-button'];
      'language-switcher': StoryWidgetsElements['language-switcher'];
      'related-stories': StoryWidgetsElements['related-stories'];
      'video-embed': StoryWidgetsElements['video-embed'];
    }
  }
}
