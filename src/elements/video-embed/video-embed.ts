import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, ArticleImage, ArticleVideo } from '../../core/article.js';
import type { DocumentSnapshot } from '../../core/document-context.js';
import type { VideoPlayDetail } from '../../core/events.js';
import { unseenText } from '../../core/shared-styles.js';
import { booleanAttribute } from '../../core/boolean-attribute.js';
import { StoryWidget } from '../../core/story-widget.js';
import { safeUrl } from '../../core/url-safety.js';
import { addTexts } from '../../i18n/catalogue.js';
import { fill } from '../../i18n/plural.js';
import { videoTexts } from '../../i18n/video-texts.js';
import { setVideoReader } from '../../sources/our-json.js';
import { video } from '../../sources/video.js';
import { formatDuration } from './video-duration.js';
import { styles } from './video-embed.styles.js';
import { type VideoSource, fromProvider, parseVideoUrl, providerPoster } from '../../core/video-url.js';

/** What is shown: the video, its parsed URL, the language of its title, its poster. */
interface Shown {
  readonly video: ArticleVideo;
  readonly source: VideoSource;
  readonly lang?: string;
  readonly poster?: ArticleImage;
}

const PROVIDERS = { youtube: 'YouTube', vimeo: 'Vimeo', file: '' };

/**
 * A YouTube or Vimeo iframe costs a reader about a megabyte and sets the host's cookies on
 * every page view, before anyone presses play. Until the click, this element makes no
 * request to the video's host: no iframe, no script, no poster from the host, no cookie. It
 * shows the document's own thumbnail (none: a neutral box), a real `<button>` named
 * "Play video: {title}", the duration ("4:13", read aloud as "4 minutes 13 seconds"), the
 * title, and one line saying where the video plays from ("Plays from YouTube, which may set
 * cookies."). The click (mouse, Enter or Space) is the reader's consent: the player replaces
 * the poster in the same box, autoplaying, and takes the focus.
 *
 * Data: the document's `video` (`{ url, title?, thumbnail?, duration?, captions? }`, or a
 * schema.org `VideoObject`) from `data`, inline JSON, `src` or the nearest `<article-context>`;
 * its title defaults to the document's `title`. Without a document of its own, the `url`
 * attribute (with `video-title` and `poster`) is the video, and wins over the context's.
 *
 * URLs that play: YouTube (`watch?v=`, `youtu.be/`, `embed/`, `shorts/`, `youtube-nocookie.com/embed/`,
 * keeping `t=`/`start=`/`#t=`), played from `www.youtube-nocookie.com`; Vimeo (`vimeo.com/123`,
 * `player.vimeo.com/video/123`, keeping an unlisted video's `vimeo.com/123/HASH` or `?h=HASH`,
 * and `#t=`), played with `dnt=1`; and video files (`.mp4`, `.webm`, `.ogv`, `.ogg`; over http or https,
 * from any origin) in a native `<video>` with the captions as `<track>`s. Anything else gives
 * `state="error"`, reason `unsupported`, and shows nothing.
 *
 * The box keeps its aspect ratio (`--sw-video-ratio`, 16 / 9) from the first paint, before
 * the document arrives and after the click. Rendered on a server, the play button is a link
 * to the video's page, so the video stays reachable without JavaScript; once this element's
 * code has run, a plain click on it plays in the page, as after the takeover.
 *
 * @summary The article's video behind a poster and a play button; nothing of the video's host loads until the reader clicks.
 *
 * @fires video-play - On the reader's click, once the player is in place; bubbles, composed;
 * `detail` is `{ provider: "youtube" | "vimeo" | "file", id?: string, url: string }`.
 * @fires load - When the element reaches `state="ready"` (does not bubble).
 * @fires error - When there is no video, or its URL is not one that plays (reason
 * `unsupported`); `detail` is `{ reason, url? }` (`url` when there is one). Does not bubble.
 *
 * @csspart frame - The box of the video's aspect ratio that holds the poster, then the player.
 * @csspart poster - The poster `<img>` (absent without a thumbnail).
 * @csspart play - The play `<button>` over the poster (a link when rendered without JavaScript).
 * @csspart duration - The duration over the poster's corner.
 * @csspart title - The video's title, under the box.
 * @csspart notice - "Plays from YouTube, which may set cookies." (empty for a file).
 * @csspart player - The player: an `<iframe>`, or a `<video>` for a file.
 *
 * @cssprop [--sw-video-ratio=16/9] - Aspect ratio of the box, e.g. `4 / 3` (default 16 / 9).
 * @cssprop {<color>} --sw-accent - The play button's colour (default #c00); its white triangle has a dark edge, so a light accent shows it too.
 * @cssprop {<length>} [--sw-radius=0.5em] - Corners of the box (default 0.5em).
 * @cssprop {<length>} [--sw-gap=0.5em] - Space between the box and the title (default 0.5em).
 * @cssprop {<color>} --sw-muted - Colour of the notice line (default: inherited).
 * @cssprop {<color>} --sw-video-background - The box without a poster (default #1f1f1f).
 * @cssprop {<color>} --sw-placeholder - The box while the document loads.
 */
export class VideoEmbed extends StoryWidget {
  static override styles = [unseenText, styles];

  // Its texts travel with its code (the CDN file's video chunk), under any `setMessages` already made.
  // So does the reader of a document's `video` (our-json.ts reads the field with it from now on).
  static {
    addTexts(videoTexts);
    setVideoReader(video);
  }

  static override properties: PropertyDeclarations = {
    url: {},
    videoTitle: { attribute: 'video-title' },
    poster: {},
    // "false" is off: here an unmeant "on" is a request to the host the reader did not consent to.
    providerPoster: { attribute: 'provider-poster', converter: booleanAttribute },
  };

  /** The video's URL, for a video with no document (a document's `video` wins). */
  declare url?: string;

  /** The video's title with `url` (not `title`, which would put a tooltip on the whole box). */
  declare videoTitle?: string;

  /** The poster image's URL with `url`. */
  declare poster?: string;

  /** Accept the host's own poster (YouTube's `i.ytimg.com`), the document's thumbnail there or, without one, the video's; before the click, this is a request to the host. The attribute present turns it on, unless its value is `false`. */
  providerPoster = false;

  #shown?: Shown;
  /** The player URL the reader asked for; the player shows while it is the current one. */
  #played?: string;
  /** A plain click on the server's play link before the takeover: it plays at the takeover. */
  #clickedEarly?: boolean;

  constructor() {
    super();
    // Rendered on a server, the play button is a link to the video's page, which works before
    // any script. Upgraded with that shadow root, the element waits its turn to take it over
    // (up to a second at 4× CPU); a plain click on the link meanwhile plays here at the
    // takeover, as after it, instead of leaving the article. A click that asks for another tab
    // or window (a modifier key) stays the link's.
    this.shadowRoot?.addEventListener('click', (event) => {
      const { ctrlKey, metaKey, shiftKey, altKey } = event as MouseEvent;
      if (this.hasUpdated || ctrlKey || metaKey || shiftKey || altKey || !(event.target as Element).closest('[part=play]')) return;
      event.preventDefault();
      this.#clickedEarly = true;
    });
  }

  /** With `url` and no source of its own, the attributes are the video, even inside a context. */
  override applySnapshot(snapshot: DocumentSnapshot): void {
    // `?.`: a server's DOM shim (server rendering) has no `querySelector`, and no children. The
    // selector is DocumentSource's INLINE_JSON, written here (imported, it cost the main file 6 B).
    const own = this.data != null || this.src?.trim() || this.querySelector?.(':scope>script[type$="json"]');
    super.applySnapshot(this.url != null && !own ? { state: 'ready', article: attributeArticle } : snapshot);
  }

  protected override checkDocument(article: Article) {
    const video = this.#videoOf(article);
    if (!video) return 'the document has no "video"';
    const base = article.sourceUrl || undefined;
    if (!parseVideoUrl(video.url, base)) {
      // A provider's URL in a form the contract does not list (`youtube.com/live/ID`): the site
      // owner is told which forms play, not that it is no YouTube URL.
      const href = safeUrl(video.url, base);
      const message = href && fromProvider(href) ? 'a YouTube or Vimeo URL of a form that does not play (youtu.be/ID and vimeo.com/NUMBER do)' : 'not a YouTube, Vimeo or video file URL';
      return { reason: 'unsupported', message, url: video.url } as const;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new `url` may change the state: the sources decide again (before the first render too
    // when still idle: a `url` set just after the element was added came after they were read).
    if ((this.hasUpdated || this.state == 'idle') && changed.has('url')) this.resolveSource();
    const { article } = this;
    const video = article && this.#videoOf(article);
    const source = video && parseVideoUrl(video.url, article.sourceUrl || undefined);
    const hostPoster = this.providerPoster && source && providerPoster(source);
    // A thumbnail on the host's own servers is the host's poster: a request to the host too.
    const thumbnail = video?.thumbnail && (this.providerPoster || !fromProvider(video.thumbnail.src)) ? video.thumbnail : undefined;
    this.#shown = source && {
      video,
      source,
      // The page's where the document gives none and the texts around it are marked English.
      lang: this.i18n.articleLang,
      poster: thumbnail ?? (hostPoster ? { src: hostPoster, alt: '' } : undefined),
    };
  }

  override render() {
    if (this.state === 'error') return nothing;
    const shown = this.#shown;
    const { loading, videoNotice } = this.i18n.messages;
    const provider = shown && PROVIDERS[shown.source.provider];
    // The frame (the play button's name, the duration, "Loading…") and the notice are the
    // widget's texts: `lang` where they are English on a page without texts; the title its own.
    const lang = this.i18n.textLang;
    // The title's first span lays out a sample title unseen for its room (the styles say why).
    return html`<div part="frame" class="frame" lang=${ifDefined(lang)} aria-busy=${ifDefined(shown ? undefined : 'true')}>${
      !shown ? html`<span class="visually-hidden">${loading}</span>` : this.#played === shown.source.player ? this.#renderPlayer(shown) : this.#renderPoster(shown)
    }</div><p part="title" class="title" lang=${ifDefined(shown?.lang)} dir="auto"><span data-room="The title of a video, about fifty characters long"></span>${shown?.video.title}</p><p part="notice" id="notice" class="notice" lang=${ifDefined(lang)} dir="auto" data-room=${fill(videoNotice, { provider: PROVIDERS.youtube })}><span>${
      provider ? fill(videoNotice, { provider }) : ''
    }</span></p>`;
  }

  protected override firstUpdated(): void {
    if (this.#clickedEarly && this.#shown) void this.#handlePlay();
  }

  #renderPoster({ video, source, lang, poster }: Shown): TemplateResult {
    const duration = video.duration ? formatDuration(video.duration, this.locale) : undefined;
    // The play icon: a rounded square of the accent colour and a triangle (not mirrored in
    // right-to-left pages: media controls point the same way everywhere). In its name ("Play
    // video: {title}") the title keeps its own language and direction, as under the box.
    const content = html`<svg viewBox="0 0 68 48" aria-hidden="true"><rect width="68" height="48" rx="12" /><path d="M27 14v20l18-10z" /></svg><span
        class="visually-hidden"
        >${this.i18n.messages.videoPlay
          .split('{title}')
          .map((text, i) => (i ? html`<span lang=${ifDefined(lang)} dir="auto">${titleOf(video, source)}</span>${text}` : text))}</span
      >`;
    // No id that is not in the root: a video without a duration is described by the notice alone.
    const described = duration ? 'duration notice' : 'notice';
    return html`${poster
      ? html`<img part="poster" src=${poster.src} alt="" width=${ifDefined(poster.width)} height=${ifDefined(poster.height)} loading="lazy" decoding="async" @error=${this.#handlePoster} @load=${this.#handlePoster}>`
      : nothing}${
      // Without JavaScript (rendered on a server) a link to the video's page does the button's job.
      // Its description is the duration and the notice: the click is the reader's consent (CONTRACT
      // §12), and the notice under the box comes after the button in reading order.
      isServer
        ? html`<a part="play" class="play" href=${source.url} aria-describedby=${described}>${content}</a>`
        : html`<button part="play" class="play" aria-describedby=${described} @click=${this.#handlePlay}>${content}</button>`
    }${duration
      ? html`<span part="duration" id="duration" class="duration"><span aria-hidden="true">${duration.text}</span><span class="visually-hidden">${duration.spoken}</span></span>`
      : nothing}`;
  }

  // The player's name (its title) is in the document's language, as the title under the box.
  #renderPlayer({ video, source, lang }: Shown): TemplateResult {
    const title = titleOf(video, source);
    if (source.provider !== 'file') {
      return html`<iframe
        part="player"
        src=${this.playerUrl(source)}
        title=${title}
        lang=${ifDefined(lang)}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        allowfullscreen
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>`;
    }
    // Caption files from another origin load only in CORS mode, which the video then needs too.
    const crossOrigin = video.captions.some(({ src }) => new URL(src).origin !== location.origin);
    return html`<video part="player" src=${source.player} title=${title} lang=${ifDefined(lang)} controls autoplay playsinline crossorigin=${ifDefined(crossOrigin ? 'anonymous' : undefined)}>${video.captions.map(
      ({ src, language, label }) => html`<track kind="captions" src=${src} srclang=${language} label=${label ?? language}>`,
    )}</video>`;
  }

  /**
   * The URL the iframe loads. Tests, the gallery and Storybook (which have no internet)
   * override it in a subclass to point at a local stand-in page; it is not meant for more.
   * @internal
   */
  protected playerUrl(source: VideoSource): string {
    return source.player;
  }

  /** The video of a document, or of the attributes. */
  #videoOf(article: Article): ArticleVideo | undefined {
    if (article !== attributeArticle) return article.video && { ...article.video, title: article.video.title ?? article.title };
    const src = safeUrl(this.poster);
    return { url: this.url ?? '', title: this.videoTitle?.trim() || undefined, thumbnail: src ? { src, alt: '' } : undefined, captions: [] };
  }

  /** The reader's click: the player in the same box, focused, then `video-play`. */
  async #handlePlay(): Promise<void> {
    const { provider, id, player, url } = this.#shown!.source;
    this.#played = player;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=player]')?.focus();
    // CONTRACT §12: `{ provider, id?, url }`, `id` only where the provider has one (not a file).
    this.dispatchEvent(new CustomEvent<VideoPlayDetail>('video-play', { bubbles: true, composed: true, detail: id ? { provider, id, url } : { provider, url } }));
  }

  /** A broken poster leaves the neutral box, not the browser's broken-image icon; a later good one shows. */
  #handlePoster(event: Event): void {
    (event.target as HTMLElement).hidden = event.type === 'error';
  }
}

/** The video's title; without one, the provider's name, or a file's name ("clip.mp4"). */
const titleOf = ({ title }: ArticleVideo, { provider, url }: VideoSource): string => title || PROVIDERS[provider] || new URL(url).pathname.split('/').pop()!;

/** Stands for the document when the attributes are the video (no document, so no URL of one). */
const attributeArticle: Article = { sourceUrl: '', translations: [], related: [] };

declare global {
  interface HTMLElementTagNameMap {
    'video-embed': VideoEmbed;
  }
}
