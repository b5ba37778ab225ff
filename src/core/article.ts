/** The typed article document (contract section 2), after validation. Every URL in it is safe. */

export interface ArticleImage {
  readonly src: string;
  readonly alt: string;
  readonly width?: number;
  readonly height?: number;
  readonly credit?: string;
}

export interface ArticleAuthor {
  readonly name: string;
  readonly url?: string;
}

export interface ArticleLikes {
  /** Absent when the document gives no valid count (a whole number from 0 to 2^53 − 1). */
  readonly count?: number;
  readonly endpoint?: string;
}

export interface ArticleTranslation {
  readonly language: string;
  readonly url: string;
  readonly title?: string;
}

export interface RelatedStory {
  readonly id?: string;
  readonly url: string;
  readonly title: string;
  readonly image?: ArticleImage;
  readonly summary?: string;
  readonly published?: string;
  /** The story's own language; the document's stands in when absent. */
  readonly language?: string;
}

/** A caption file of a video (`<track kind="captions">`). */
export interface VideoCaption {
  readonly src: string;
  readonly language: string;
  readonly label?: string;
}

/** The article's video (contract §12). */
export interface ArticleVideo {
  /**
   * As written, not yet resolved: the one URL of the document that is not checked here, since
   * `<video-embed>` parses it more strictly than any other (core/video-url.ts),
   * against the document's `sourceUrl`.
   */
  readonly url: string;
  readonly title?: string;
  readonly thumbnail?: ArticleImage;
  /** Whole seconds, from an ISO 8601 duration (`PT4M13S` → 253). */
  readonly duration?: number;
  readonly captions: readonly VideoCaption[];
}

export interface Article {
  /** The absolute URL the document was read from (the page's URL for inline data). */
  readonly sourceUrl: string;
  readonly id?: string;
  readonly url?: string;
  readonly title?: string;
  /**
   * What the document's format calls its title, when not `title`: a card without one names it
   * (JSON-LD's `headline`), as a site that wrote JSON-LD never wrote `title`. @internal
   */
  readonly titleField?: string;
  readonly summary?: string;
  readonly language?: string;
  readonly published?: string;
  readonly author?: ArticleAuthor;
  readonly image?: ArticleImage;
  readonly likes?: ArticleLikes;
  readonly video?: ArticleVideo;
  readonly translations: readonly ArticleTranslation[];
  readonly related: readonly RelatedStory[];
  /** True for a feed or collection: a list of stories (in `related`), not one article. */
  readonly list?: boolean;
}

/** Why a document could not be used; travels to `error` events and the console. */
export type FailureReason =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'not-feed'
  | 'too-large'
  | 'invalid'
  | 'unsupported'
  | 'aborted';

export interface Failure {
  readonly reason: FailureReason;
  /** A short English explanation for developers (the console's warning). */
  readonly message: string;
  readonly url?: string;
  readonly status?: number;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };
