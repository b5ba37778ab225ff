/** Forms of a counted sentence, by `Intl.PluralRules` category; `other` is the fallback. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** Every text the widgets show. `{n}`, `{k}`, `{credit}`, `{name}`, `{title}`, `{provider}` are filled in at render. */
export interface Messages extends CoreMessages, VideoMessages {}

/** The texts of every widget but `<video-embed>`: the built-in catalogues (src/i18n/en.ts…). */
export interface CoreMessages {
  /** The like button's accessible name; it never changes with the state. */
  readonly likeButton: string;
  readonly likeZero: string;
  /** Not liked by this visitor; `{n}` is the count. */
  readonly likeCount: PluralForms;
  /** Liked, count 1. */
  readonly likeYou: string;
  /** Liked, `{k}` = count − 1 ≥ 1. */
  readonly likeYouAndOthers: PluralForms;
  readonly likeFailed: string;
  /** The server asked to wait (a 429); the like is kept and sent once the wait is over. */
  readonly likeRetrying: string;
  readonly translationsLabel: string;
  readonly relatedHeading: string;
  readonly imageCredit: string;
  readonly byAuthor: string;
  /** Announced to screen readers while a placeholder is shown. */
  readonly loading: string;
}

/** The texts only `<video-embed>` shows (src/i18n/video-texts.ts, in its own code). */
export interface VideoMessages {
  /** The video's play button; `{title}` is the video's title (else its provider's or file's name). */
  readonly videoPlay: string;
  /** Under a video from a provider (`{provider}`: YouTube, Vimeo), before the click. */
  readonly videoNotice: string;
}

/** A catalogue that overrides some texts of another (see `setMessages`). */
export type PartialMessages = Partial<Messages>;
