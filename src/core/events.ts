/** `detail` of the `like-change` event of `<like-button>`. */
export interface LikeChangeDetail {
  /** Whether this visitor likes the article now, as the server confirmed. */
  readonly liked: boolean;
  /** The article's like count, as the server confirmed. */
  readonly count: number;
}

// Types `addEventListener('like-change', (e) => e.detail.count)` on every element: the event
// bubbles and is composed, so a listener on a container or the document receives it too.
declare global {
  interface HTMLElementEventMap {
    'like-change': CustomEvent<LikeChangeDetail>;
  }
}

/** `detail` of the `video-play` event of `<video-embed>`. */
export interface VideoPlayDetail {
  readonly provider: 'youtube' | 'vimeo' | 'file';
  /** The provider's video id (not for a file). */
  readonly id?: string;
  /** The video's URL, resolved (for a file, what the `<video>` plays). */
  readonly url: string;
}

declare global {
  interface HTMLElementEventMap {
    'video-play': CustomEvent<VideoPlayDetail>;
  }
}
