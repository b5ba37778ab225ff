// The files pack-test.mjs writes into its throwaway consumer project: a Node probe of every
// entry point, a server-rendering script, and the sources tsc compiles against the installed
// package (plain TypeScript, React components, React 19's plain tags with story-widgets/jsx).
// Apart from the flow (pack, install, run, compile) so each consumer reads as a user writes it.

/**
 * probe.mjs: resolves every entry point through `exports`, imports them in turn and prints one
 * JSON line of what each resolved to and defined.
 * @param {string[]} tags
 */
export const probeScript = (tags) => `
    const results = {};
    for (const spec of ['story-widgets', 'story-widgets/elements', 'story-widgets/react', 'story-widgets/jsx',
      ${tags.map((t) => `'story-widgets/${t}'`).join(', ')}, 'story-widgets/custom-elements.json',
      'story-widgets/schema/article.schema.json', 'story-widgets/cdn/story-widgets.js',
      'story-widgets/dist/cdn/story-widgets.js', 'story-widgets/dist/cdn/story-widgets.iife.js']) {
      results[spec] = import.meta.resolve(spec).replace(/.*node_modules\\/story-widgets\\//, '');
    }
    results.jsxExports = Object.keys(await import('story-widgets/jsx'));
    const classes = await import('story-widgets/elements');
    results.classesDefineNothing = !globalThis.customElements?.get('like-button');
    results.classes = Object.keys(classes).sort();
    await import('story-widgets/like-button');
    results.likeButtonOnly = ${JSON.stringify(tags)}.filter((t) => customElements.get(t));
    await import('story-widgets');
    results.all = ${JSON.stringify(tags)}.filter((t) => customElements.get(t));
    results.sameClass = customElements.get('like-button') === classes.LikeButton;
    console.log(JSON.stringify(results));`;

/** ssr.mjs: the server renderer, in a process of its own (it installs Lit's DOM shim). */
export const SSR_SCRIPT = `
    import { renderWidgets } from 'story-widgets/ssr';
    console.log(JSON.stringify(await renderWidgets('<like-button count="3"></like-button>')));`;

/** The sources tsc compiles, by file name, in the order they are written. */
export const TYPED_SOURCES = {
  'user.ts': `
import 'story-widgets';
import { LikeButton, defineWidgets, setMessages, type LikeChangeDetail } from 'story-widgets/elements';
import { LikeButton as DefinedLikeButton } from 'story-widgets/like-button';
import type { ArticleCard } from 'story-widgets/article-card';
import type { VideoEmbed } from 'story-widgets/video-embed';
import type { VideoPlayDetail } from 'story-widgets/elements';

const button: LikeButton = document.createElement('like-button');
const same: DefinedLikeButton = button;
const card: ArticleCard = document.createElement('article-card');
card.src = '/api/articles/my-post';
button.addEventListener('like-change', (event) => {
  const detail: LikeChangeDetail = event.detail;
  const count: number = event.detail.count;
  const liked: boolean = detail.liked;
  console.log(count, liked, same);
});
document.querySelector('related-stories')?.reload();
const video: VideoEmbed = document.createElement('video-embed');
video.url = 'https://youtu.be/M7lc1UVf-VE';
video.addEventListener('video-play', (event) => {
  const detail: VideoPlayDetail = event.detail;
  const provider: 'youtube' | 'vimeo' | 'file' = detail.provider;
  console.log(provider, detail.id, detail.url);
});
// A widget's error is its CustomEvent (contract §1), not the ErrorEvent of HTMLElementEventMap.
card.addEventListener('error', (event) => {
  const reason: string = event.detail.reason;
  const url: string | undefined = event.detail.url;
  console.log(reason, url);
});
defineWidgets({ prefix: 'sw-' });
setMessages('fr', { relatedHeading: 'À lire aussi' });
// @ts-expect-error: a tag that is not the library's is a plain HTMLElement
const notOurs: LikeButton = document.createElement('like-buttons');
// @ts-expect-error: the detail of like-change has no such field
button.addEventListener('like-change', (event) => event.detail.total);
console.log(notOurs);
`,
  'app.tsx': `
import { ArticleContext, LikeButton, RelatedStories, VideoEmbed } from 'story-widgets/react';
export const App = () => (
  <ArticleContext src="/api/articles/my-post" onError={(e) => console.log(e.detail.reason)}>
    <LikeButton onLikeChange={(e) => console.log(e.detail.count, e.detail.liked)} />
    <RelatedStories limit={3} layout="grid" onLoad={() => console.log('ready')} />
    <VideoEmbed onVideoPlay={(e) => console.log(e.detail.provider)} />
  </ArticleContext>
);
`,
  'build.ts': `
import { describeFailure, renderWidgets, type RenderWidgetsOptions, type WidgetFailure } from 'story-widgets/ssr';
const options: RenderWidgetsOptions = { baseUrl: 'https://blog.example/post/', onError: (failure: WidgetFailure) => console.log(describeFailure(failure)) };
export const page: Promise<string> = renderWidgets('<like-button count="3"></like-button>', options);
`,
  // React 19 renders the plain tags itself; their JSX types are opt-in (story-widgets/jsx).
  // Without it, a React project's JSX knows none of them, whatever else it imports.
  'not-opted-in.tsx': `
import 'story-widgets';
import { LikeButton } from 'story-widgets/react';
export const Wrapped = () => (
  <div>
    <LikeButton count={3} />
    {/* @ts-expect-error: without story-widgets/jsx the plain tags are not in JSX.IntrinsicElements */}
    <like-button count={3} />
  </div>
);
`,
  // With it: every tag, with its properties (set as properties by React 19, so typed as the
  // class's), its attributes, its events (`on` + the exact event name) and React's own props;
  // and the mistakes it catches, each of which must stay an error.
  'plain-tags.tsx': `
import 'story-widgets';
import type {} from 'story-widgets/jsx';
import { useRef } from 'react';
import type { ArticleCard, LikeButton, LikeChangeDetail, VideoPlayDetail, WidgetErrorDetail } from 'story-widgets';

const doc = { title: 'Chechnya’s Anti-LGBTQ Purge Has Restarted', url: 'https://news.example/2017/07/purge/' };

export function Page() {
  const card = useRef<ArticleCard>(null);
  const button = useRef<LikeButton>(null);
  return (
    <article-context src="/api/articles/my-post" loading="lazy" credentials="include" timeout={5000}
      onload={(event: Event) => console.log(event.type)}
      onerror={(event) => { const detail: WidgetErrorDetail = event.detail; console.log(detail.reason, detail.url); }}>
      <article-card ref={card} key="lead" data={doc} layout="horizontal" heading-level={2} class="lead" slot="main"
        lang="en" id="lead" onload={() => card.current?.reload()} />
      <article-card className="compact" layout="minimal" heading-level="4" style={{ maxInlineSize: '40ch' }} />
      <article-card><script type="application/json">{JSON.stringify(doc)}</script></article-card>
      <like-button ref={button} count={3} endpoint="/api/articles/my-post/likes" liked
        onlike-change={(event) => { const detail: LikeChangeDetail = event.detail; console.log(detail.count, detail.liked); }} />
      <language-switcher variant="select" show-current />
      <related-stories src="/api/feed.json" limit={3} layout="grid" heading="À lire aussi" heading-level={3} loading="eager" />
      <video-embed url="https://youtu.be/M7lc1UVf-VE" video-title="The purge, explained" poster="/img/poster.jpg"
        provider-poster={false} onvideo-play={(event) => { const detail: VideoPlayDetail = event.detail; console.log(detail.provider, detail.url); }} />
    </article-context>
  );
}

export function Mistakes() {
  const div = useRef<HTMLDivElement>(null);
  return (
    <>
      {/* @ts-expect-error: layout is vertical, horizontal or minimal */}
      <article-card layout="diagonal" />
      {/* @ts-expect-error: React 19 sets limit as the property, a number */}
      <related-stories limit="3" />
      {/* @ts-expect-error: a heading level is 1 to 6 */}
      <related-stories heading-level={7} />
      {/* @ts-expect-error: provider-poster is a boolean attribute */}
      <video-embed provider-poster="yes" />
      {/* @ts-expect-error: React 19 listens to like-change with onlike-change, not onLikeChange */}
      <like-button onLikeChange={() => undefined} />
      {/* @ts-expect-error: React's synthetic onLoad never fires for the widget's load (onload does) */}
      <article-card onLoad={() => undefined} />
      {/* @ts-expect-error: state is set by the element, never by the page */}
      <like-button state="ready" />
      {/* @ts-expect-error: the detail of like-change has no such field */}
      <like-button onlike-change={(event) => event.detail.total} />
      {/* @ts-expect-error: the ref is to the element's class */}
      <article-card ref={div} />
      {/* @ts-expect-error: not a tag of the library */}
      <like-buttons />
    </>
  );
}
`,
  // Tags defined with a prefix, typed as the plain ones by one declaration each (README, prefix).
  'prefixed-tags.tsx': `
import { defineWidgets, type ArticleCard, type LikeButton, type PrefixedTags } from 'story-widgets/elements';
import type { PrefixedElements } from 'story-widgets/jsx';

declare global {
  interface HTMLElementTagNameMap extends PrefixedTags<'sw-'> {}
}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends PrefixedElements<'sw-'> {}
  }
}

defineWidgets({ prefix: 'sw-' });
export const button: LikeButton | null = document.querySelector('sw-like-button');
export const card: ArticleCard = document.createElement('sw-article-card');
// @ts-expect-error: a card is no like button
export const wrong: LikeButton = document.createElement('sw-article-card');

export function Prefixed() {
  return (
    <sw-article-context src="/api/articles/my-post">
      <sw-article-card layout="horizontal" heading-level={2} />
      <sw-like-button count={3} onlike-change={(event) => console.log(event.detail.count)} />
      {/* @ts-expect-error: layout is vertical, horizontal or minimal, under any prefix */}
      <sw-article-card layout="diagonal" />
      {/* @ts-expect-error: not a tag the prefix defines */}
      <sw-like-buttons />
    </sw-article-context>
  );
}
`,
};

/** Attributes the elements set themselves, never the page: no JSX prop for them. */
const SET_BY_ELEMENT = ['state', 'empty'];

/**
 * Per tag, every attribute and event (`on` + its name) custom-elements.json lists, but those the
 * element sets itself: the props its JSX typings must have.
 */
export function manifestProps(manifest) {
  const listed = {};
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    listed[declaration.tagName] = [
      ...(declaration.attributes ?? []).map((a) => a.name).filter((name) => !SET_BY_ELEMENT.includes(name)),
      ...(declaration.events ?? []).map((e) => `on${e.name}`),
    ];
  }
  return listed;
}

/**
 * manifest-props.ts: `listed` (manifestProps) typed as keys of each tag's JSX props, so tsc
 * fails on any the typings lack (none drifts away).
 * @param {string[]} tags
 * @param {Record<string, string[]>} listed
 */
export const manifestPropsSource = (tags, listed) => `
import type {} from 'story-widgets/jsx';
import type { JSX } from 'react';
type Tag = ${tags.map((t) => `'${t}'`).join(' | ')};
export const listed: { [T in Tag]: readonly (keyof JSX.IntrinsicElements[T])[] } = ${JSON.stringify(listed, null, 2)};
`;
