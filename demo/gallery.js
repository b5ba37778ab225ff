// The gallery's last video plays a local stand-in page instead of YouTube's player, so
// that its "after the click" state shows without the internet. `playerUrl` is the hook
// the tests use too; it is not meant for anything else.
import { VideoEmbed } from '/dist/cdn/story-widgets.js';

customElements.define('gallery-stand-in-video', class extends VideoEmbed {
  playerUrl(source) {
    return `/player-stand-in.html?${new URLSearchParams({ for: source.player })}`;
  }
});
