/**
 * Which video URLs `<video-embed>` plays (contract §12), and the player URL each becomes.
 * The player URL is always built here from a parsed id on a fixed host, or is the file's own
 * URL: no iframe is ever given a string that did not parse.
 */
import { safeUrl } from './url-safety.js';

export type VideoProvider = 'youtube' | 'vimeo' | 'file';

/** A video URL that parsed. */
export interface VideoSource {
  readonly provider: VideoProvider;
  /** The provider's video id (not for files). */
  readonly id?: string;
  /** What the player loads: the iframe's `src`, or the `<video>`'s. */
  readonly player: string;
  /** The video's own URL, resolved: the link without JavaScript, and `video-play`'s `url`. */
  readonly url: string;
}

/**
 * The accepted forms, each a pattern of the URL's host and path (`www.youtube.com/watch`)
 * whose group 1 is the id (else it is the `v` parameter). A YouTube id is 11 of [A-Za-z0-9_-]
 * (`\w` is ASCII here), a Vimeo id digits only; an unlisted Vimeo video's share link has its
 * hash as group 2 (the player's link has it as `h=`). Hosts match whole:
 * `youtube.com.evil.example` is another host.
 */
const FORMS: readonly (readonly ['youtube' | 'vimeo', RegExp])[] = [
  ['youtube', /^(?:www\.|m\.)?youtube\.com\/watch\/?$/],
  ['youtube', /^youtu\.be\/([\w-]{11})\/?$/],
  ['youtube', /^(?:www\.|m\.)?youtube\.com\/(?:embed|shorts)\/([\w-]{11})\/?$/],
  ['youtube', /^(?:www\.)?youtube-nocookie\.com\/embed\/([\w-]{11})\/?$/],
  ['vimeo', /^(?:www\.)?vimeo\.com\/(\d{1,12})(?:\/([\da-f]{6,20}))?\/?$/],
  ['vimeo', /^player\.vimeo\.com\/video\/(\d{1,12})\/?$/],
];

/** The providers' own domains (with a DNS root's final dot too) serve their players, never a file of ours. */
const PROVIDER_HOST = /(?:^|\.)(?:youtube\.com|youtu\.be|youtube-nocookie\.com|vimeo\.com)\.?$/;

/** The providers' servers, their image hosts too (`i.ytimg.com`, `i.vimeocdn.com`): nothing loads from them before the click. */
const PROVIDER_SERVER = /(?:^|\.)(?:youtube\.com|youtu\.be|youtube-nocookie\.com|ytimg\.com|vimeo\.com|vimeocdn\.com)\.?$/;

const FILE = /\.(?:mp4|webm|ogv|ogg)$/i;

/** An unlisted Vimeo video's hash: lowercase hex (Vimeo's are 10 characters). */
const VIMEO_HASH = /^[\da-f]{6,20}$/;

/** Player URLs: the contract's, on the providers' own hosts, from the parsed id and validated parts only. */
const PLAYERS = {
  youtube: (id: string, url: URL) => {
    const start = startTime(url.searchParams.get('t') || url.searchParams.get('start') || fragmentTime(url));
    return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`;
  },
  // Vimeo plays an unlisted video only with its hash; a malformed one is left out. Its player
  // reads a start time from the fragment only (`#t=90s`), as Vimeo's own links carry it.
  vimeo: (id: string, url: URL, hash = url.searchParams.get('h'), start = startTime(fragmentTime(url))) =>
    `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1${hash && VIMEO_HASH.test(hash) ? `&h=${hash}` : ''}${start ? `#t=${start}s` : ''}`,
};

/** A start time's latest second: a day. Beyond it the value is taken for a mistake and dropped. */
const MAX_START = 86_399;

/** The fragment's `t=` (`#t=1m30s`): where a Vimeo link carries its start time, and a YouTube link may. */
const fragmentTime = ({ hash }: URL): string | null => new URLSearchParams(hash.slice(1)).get('t');

/**
 * A start time in whole seconds, written `90`, `90s`, `90.5` (floored) or `1h2m3s`; 0 when
 * none, unreadable or beyond `MAX_START`.
 */
function startTime(value: string | null): number {
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})(?:\.\d{1,3})?s?)?$/.exec(value ?? '');
  const seconds = match ? (+(match[1] ?? 0) * 60 + +(match[2] ?? 0)) * 60 + +(match[3] ?? 0) : 0;
  return seconds <= MAX_START ? seconds : 0;
}

/**
 * Parses a video URL; undefined for anything that is not one of the accepted forms.
 * @param input untrusted: a document's `video.url` or the `url` attribute
 * @param base what a relative URL resolves against (the document's URL)
 */
export function parseVideoUrl(input: unknown, base?: string): VideoSource | undefined {
  const href = safeUrl(input, base);
  // The URL parser undoes dot segments (`%2e` too), so `embed/../watch` would read as another
  // form: a URL written with them (past a leading relative `../`), or with an encoded dot,
  // slash or backslash before its query, is refused.
  if (!href || /(?:^|[/\\])\.\.?(?:[/\\]|$)|%2e|%2f|%5c/i.test((input as string).trim().replace(/^(?:\.\.?\/)+/, '').split(/[?#]/)[0]!)) return;
  const url = new URL(href);
  if (url.username || url.password) return;
  for (const [provider, form] of FORMS) {
    // `host` has the port: a provider on another port is no provider.
    const match = form.exec(url.host + url.pathname);
    const id = match && (match[1] ?? url.searchParams.get('v'));
    if (id && (match[1] || /^[\w-]{11}$/.test(id))) return { provider, id, player: PLAYERS[provider](id, url, match[2]), url: href };
  }
  // A file over http too (contract §12); on an https page the browser asks for it over https.
  if (!PROVIDER_HOST.test(url.hostname) && FILE.test(url.pathname)) return { provider: 'file', player: href, url: href };
}

/** True for an image on a provider's servers (a YouTube page's JSON-LD names its `i.ytimg.com` thumbnail): the host's poster. */
export const fromProvider = (src: string): boolean => PROVIDER_SERVER.test(new URL(src).hostname);

/** YouTube's own poster of a video (`provider-poster`); Vimeo has none at a fixed address. */
export function providerPoster({ provider, id }: VideoSource): string | undefined {
  if (provider === 'youtube') return `https://i.ytimg.com/vi/${id}/hqdefault.jpg`;
}
