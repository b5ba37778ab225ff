// `<stand-in-video>`: a <video-embed> whose player is the test server's stand-in page
// (/test-api/player), since tests have no internet. The real player URL rides along in `for`,
// so a test sees both; `data-key` keys the server's request log.
import { VideoEmbed } from '../../src/elements/video-embed/define.js';
import type { VideoSource } from '../../src/core/video-url.js';

export class StandInVideo extends VideoEmbed {
  protected override playerUrl(source: VideoSource): string {
    return `/test-api/player?${new URLSearchParams({ key: this.dataset.key ?? 'player', for: source.player })}`;
  }
}
if (!customElements.get('stand-in-video')) customElements.define('stand-in-video', StandInVideo);

declare global {
  interface HTMLElementTagNameMap {
    'stand-in-video': StandInVideo;
  }
}
