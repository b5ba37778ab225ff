// The gallery's last video plays a local stand-in page instead of YouTube's player, so
// that its "after the click" state shows without the internet. `playerUrl` is the hook
// the tests use too; it is not meant for anything else.
// The CDN file loads <video-embed>'s class from its chunk: the registry hands it out.
const VideoEmbed = await customElements.whenDefined('video-embed');

customElements.define('gallery-stand-in-video', class extends VideoEmbed {
  playerUrl(source) {
    return `/player-stand-in.html?${new URLSearchParams({ for: source.player })}`;
  }
});
