import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseVideoUrl, providerPoster } from '../../src/core/video-url.js';

const PAGE = 'https://news.example';
const BASE = `${PAGE}/2017/07/story/`;
const ID = 'M7lc1UVf-VE';
const YT = (start = '') => `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1${start}`;
const VIMEO = 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1';
// An unlisted Vimeo video plays only with its hash (`h=`).
const UNLISTED = 'https://player.vimeo.com/video/123456789?autoplay=1&dnt=1&h=abc123def0';

// Contract §12: every accepted form and the player it plays in.
const ACCEPTED: [input: string, provider: string, id: string | undefined, player: string][] = [
  [`https://www.youtube.com/watch?v=${ID}`, 'youtube', ID, YT()],
  [`https://youtube.com/watch?v=${ID}&feature=share`, 'youtube', ID, YT()],
  [`https://m.youtube.com/watch?v=${ID}`, 'youtube', ID, YT()],
  [`http://www.youtube.com/watch?v=${ID}`, 'youtube', ID, YT()],
  [`https://www.youtube.com/watch?v=${ID}&t=90`, 'youtube', ID, YT('&start=90')],
  [`https://www.youtube.com/watch?v=${ID}&t=1m30s`, 'youtube', ID, YT('&start=90')],
  [`https://www.youtube.com/watch?v=${ID}&t=1h2m3s`, 'youtube', ID, YT('&start=3723')],
  [`https://youtu.be/${ID}`, 'youtube', ID, YT()],
  [`https://youtu.be/${ID}?t=42`, 'youtube', ID, YT('&start=42')],
  [`https://youtu.be/${ID}?t=42s`, 'youtube', ID, YT('&start=42')],
  [`https://www.youtube.com/embed/${ID}`, 'youtube', ID, YT()],
  [`https://www.youtube.com/embed/${ID}?start=15`, 'youtube', ID, YT('&start=15')],
  [`https://www.youtube.com/shorts/${ID}`, 'youtube', ID, YT()],
  [`https://www.youtube-nocookie.com/embed/${ID}`, 'youtube', ID, YT()],
  [`https://youtube-nocookie.com/embed/${ID}?start=7`, 'youtube', ID, YT('&start=7')],
  [`  https://WWW.YOUTUBE.COM/watch?v=${ID}  `, 'youtube', ID, YT()],
  [`https://www.youtube.com/watch?v=${ID}&t=abc`, 'youtube', ID, YT()],
  [`https://www.youtube.com/watch?v=${ID}&start=90`, 'youtube', ID, YT('&start=90')],
  [`https://www.youtube.com/watch?v=${ID}#t=42`, 'youtube', ID, YT('&start=42')],
  [`https://youtu.be/${ID}#t=42`, 'youtube', ID, YT('&start=42')],
  [`https://youtu.be/${ID}#t=1m30s`, 'youtube', ID, YT('&start=90')],
  [`https://youtu.be/${ID}?t=90.5`, 'youtube', ID, YT('&start=90')],
  [`https://youtu.be/${ID}?t=&start=5`, 'youtube', ID, YT('&start=5')],
  // Malformed or absurd start times are ignored; the video still plays, from the start.
  [`https://youtu.be/${ID}?t=86400`, 'youtube', ID, YT()],
  [`https://youtu.be/${ID}?t=99h`, 'youtube', ID, YT()],
  [`https://youtu.be/${ID}?t=999999999999`, 'youtube', ID, YT()],
  [`https://youtu.be/${ID}?t=1e9`, 'youtube', ID, YT()],
  [`https://youtu.be/${ID}?t=-5`, 'youtube', ID, YT()],
  [`https://youtu.be/${ID}?t=90.5.5`, 'youtube', ID, YT()],
  [`https://youtu.be/${ID}#t=<script>`, 'youtube', ID, YT()],
  ['https://vimeo.com/76979871', 'vimeo', '76979871', VIMEO],
  ['https://www.vimeo.com/76979871/', 'vimeo', '76979871', VIMEO],
  ['https://player.vimeo.com/video/76979871', 'vimeo', '76979871', VIMEO],
  ['https://player.vimeo.com/video/123456789?h=abc123def0', 'vimeo', '123456789', UNLISTED],
  ['https://player.vimeo.com/video/123456789?badge=0&h=abc123def0', 'vimeo', '123456789', UNLISTED],
  ['https://vimeo.com/123456789/abc123def0', 'vimeo', '123456789', UNLISTED],
  ['https://www.vimeo.com/123456789/abc123def0/', 'vimeo', '123456789', UNLISTED],
  ['https://vimeo.com/123456789/abc123def0?share=copy', 'vimeo', '123456789', UNLISTED],
  // A malformed `h=` is ignored: the video is asked for without it (an unlisted one then does not play).
  ['https://player.vimeo.com/video/76979871?h=ABC123DEF0', 'vimeo', '76979871', VIMEO],
  ['https://player.vimeo.com/video/76979871?h=abc123def0%2F..', 'vimeo', '76979871', VIMEO],
  ['https://player.vimeo.com/video/76979871?h=<script>alert(1)</script>', 'vimeo', '76979871', VIMEO],
  ['https://player.vimeo.com/video/76979871?h=abc123def0&autoplay=0&h=1', 'vimeo', '76979871', `${VIMEO}&h=abc123def0`],
  [`https://player.vimeo.com/video/76979871?h=${'a'.repeat(21)}`, 'vimeo', '76979871', VIMEO],
  // Vimeo's start time is the fragment's `t=` (its links' own form), written to the player's fragment in whole seconds.
  ['https://vimeo.com/76979871#t=90s', 'vimeo', '76979871', `${VIMEO}#t=90s`],
  ['https://vimeo.com/76979871#t=90', 'vimeo', '76979871', `${VIMEO}#t=90s`],
  ['https://vimeo.com/76979871#t=1m30s', 'vimeo', '76979871', `${VIMEO}#t=90s`],
  ['https://vimeo.com/76979871#t=1h2m3s', 'vimeo', '76979871', `${VIMEO}#t=3723s`],
  ['https://vimeo.com/76979871#t=2m', 'vimeo', '76979871', `${VIMEO}#t=120s`],
  ['https://vimeo.com/76979871#t=1m30', 'vimeo', '76979871', `${VIMEO}#t=90s`],
  ['https://vimeo.com/76979871#t=90.9s', 'vimeo', '76979871', `${VIMEO}#t=90s`],
  ['https://www.vimeo.com/76979871/#t=42', 'vimeo', '76979871', `${VIMEO}#t=42s`],
  ['https://player.vimeo.com/video/76979871#t=1m30s', 'vimeo', '76979871', `${VIMEO}#t=90s`],
  ['https://player.vimeo.com/video/76979871?badge=0#t=90s', 'vimeo', '76979871', `${VIMEO}#t=90s`],
  ['https://vimeo.com/76979871#autoplay=0&t=90s', 'vimeo', '76979871', `${VIMEO}#t=90s`],
  // After an unlisted video's hash: the query, then the fragment.
  ['https://vimeo.com/123456789/abc123def0#t=30', 'vimeo', '123456789', `${UNLISTED}#t=30s`],
  ['https://player.vimeo.com/video/123456789?h=abc123def0#t=1m', 'vimeo', '123456789', `${UNLISTED}#t=60s`],
  // Malformed, hostile or absurd ones are dropped; the video still plays, from the start.
  ['https://vimeo.com/76979871#t=0', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=86400', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=24h', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=999999999999', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=-5', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=1e3', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=1s30m', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=abc', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=90s%22onload=%22alert(1)', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=90s"><script>alert(1)</script>', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=90s#t=5', 'vimeo', '76979871', VIMEO],
  ['https://vimeo.com/76979871#t=%EF%BC%99%EF%BC%90', 'vimeo', '76979871', VIMEO],
  // A query's `t=` is YouTube's form, not Vimeo's: its player would not read it.
  ['https://vimeo.com/76979871?t=90', 'vimeo', '76979871', VIMEO],
  ['https://cdn.example/videos/clip.mp4', 'file', undefined, 'https://cdn.example/videos/clip.mp4'],
  ['https://cdn.example/videos/clip.WEBM?v=2', 'file', undefined, 'https://cdn.example/videos/clip.WEBM?v=2'],
  ['https://cdn.example/clip.ogv', 'file', undefined, 'https://cdn.example/clip.ogv'],
  ['https://cdn.example/clip.ogg', 'file', undefined, 'https://cdn.example/clip.ogg'],
  ['/media/clip.mp4', 'file', undefined, `${PAGE}/media/clip.mp4`],
  ['clip.webm', 'file', undefined, `${BASE}clip.webm`],
  ['https://cdn.example:8443/clip.mp4', 'file', undefined, 'https://cdn.example:8443/clip.mp4'],
];

const REFUSED: [input: unknown, why: string][] = [
  ['javascript:alert(1)//.mp4', 'a javascript: URL'],
  ['JaVaScRiPt:alert(1)', 'a javascript: URL in mixed case'],
  [`data:video/mp4;base64,AAAA`, 'a data: URL'],
  ['https://youtube.com.evil.example/watch?v=' + ID, 'a look-alike host'],
  ['https://www.youtube.com.evil.example/embed/' + ID, 'a look-alike host (embed)'],
  ['https://evilyoutube.com/watch?v=' + ID, 'a host ending in youtube.com'],
  ['https://youtube.com@evil.example/watch?v=' + ID, 'credentials that make evil.example the host'],
  ['https://user@www.youtube.com/watch?v=' + ID, 'credentials on the right host'],
  ['https://www.youtube.com:8443/watch?v=' + ID, 'another port'],
  ['https://evil.example/www.youtube.com/watch?v=' + ID, 'the host in the path'],
  ['https://www.youtube.com/watch?v=' + ID + '"onload="alert(1)', 'an id with quotes'],
  ["https://youtu.be/M7lc1UVf-V'", 'an id with an apostrophe'],
  ['https://www.youtube.com/embed/M7lc1UVf-V%22', 'an id with an encoded quote'],
  ['https://www.youtube.com/watch?v=short', 'an id of the wrong length'],
  ['https://www.youtube.com/watch?v=M7lc1UVf-VEx', 'an id of 12 characters'],
  ['https://www.youtube.com/watch', 'no id'],
  ['https://www.youtube.com/watch?v=12345', 'a YouTube id of digits, too short'],
  ['https://videos.youtube.com/clip.mp4', 'a "file" on a provider’s subdomain'],
  ['https://www.youtube.com/embed/../watch?v=' + ID, 'a .. path'],
  ['https://www.youtube.com/embed/./' + ID, 'a . path'],
  ['https://www.youtube.com/embed/%2e%2e/watch?v=' + ID, 'an encoded .. path'],
  ['https://cdn.example/videos/../secret/clip.mp4', 'a .. path to a file'],
  ['https://cdn.example/videos/%2e%2e%2fsecret.mp4', 'encoded dots and slash in a file path'],
  ['https://www.youtube.com/channel/UCxyz', 'a channel, not a video'],
  ['https://www.youtube.com/playlist?list=PL123', 'a playlist'],
  ['https://vimeo.com/abc', 'a non-numeric Vimeo id'],
  ['https://vimeo.com/7697987a', 'a Vimeo id with a letter'],
  ['https://player.vimeo.com/video/76979871x', 'a player id with a letter'],
  ['https://vimeo.com/channels/staffpicks/76979871', 'a Vimeo channel path'],
  ['https://vimeo.com.evil.example/76979871', 'a Vimeo look-alike'],
  ['https://vimeo.com/123456789/ABC123DEF0', 'a Vimeo hash in uppercase'],
  ['https://vimeo.com/123456789/abc123def0/extra', 'a Vimeo hash with a / and more after it'],
  ['https://vimeo.com/123456789/abc%2fdef', 'a Vimeo hash with an encoded /'],
  ['https://vimeo.com/123456789/abc"onload', 'a Vimeo hash with a quote'],
  [`https://vimeo.com/123456789/${'a'.repeat(21)}`, 'a Vimeo hash too long'],
  ['https://vimeo.com/123456789/abc', 'a Vimeo hash too short'],
  ['https://cdn.example/clip.mp4.html', 'not a video file'],
  ['https://cdn.example/clip.mov', 'an extension not in the list'],
  ['https://www.youtube.com/clip.mp4', 'a "file" on a provider host'],
  ['https://videos.youtube.com./clip.mp4', 'a "file" on a provider host written with its final dot'],
  ['ftp://cdn.example/clip.mp4', 'an ftp URL'],
  ['', 'an empty string'],
  [undefined, 'nothing'],
  [42, 'a number'],
  [{ url: 'https://youtu.be/' + ID }, 'an object'],
];

describe('parseVideoUrl: the accepted forms (contract §12)', () => {
  for (const [input, provider, id, player] of ACCEPTED) {
    it(`plays ${input.trim()} as ${provider}`, () => {
      const source = parseVideoUrl(input, BASE);
      expect(source, input).to.deep.include({ provider, player });
      expect(source?.id, input).to.equal(id);
    });
  }

  it('keeps the video URL as given, resolved (the link without JavaScript)', () => {
    expect(parseVideoUrl(`https://youtu.be/${ID}?t=42`, BASE)?.url).to.equal(`https://youtu.be/${ID}?t=42`);
    expect(parseVideoUrl('clip.mp4', BASE)?.url).to.equal(`${BASE}clip.mp4`);
  });

  it('plays a file over plain http, from any origin (contract §12)', () => {
    expect(parseVideoUrl('http://cdn.example/clip.mp4', BASE)).to.deep.include({ provider: 'file', player: 'http://cdn.example/clip.mp4' });
  });
});

describe('parseVideoUrl: everything else is refused', () => {
  for (const [input, why] of REFUSED) {
    it(`refuses ${why}`, () => {
      expect(parseVideoUrl(input, BASE)).to.equal(undefined);
    });
  }
});

describe('providerPoster', () => {
  it('is YouTube’s own image for a YouTube video, nothing for the others', () => {
    expect(providerPoster(parseVideoUrl(`https://youtu.be/${ID}`, BASE)!)).to.equal(`https://i.ytimg.com/vi/${ID}/hqdefault.jpg`);
    expect(providerPoster(parseVideoUrl('https://vimeo.com/1', BASE)!)).to.equal(undefined);
    expect(providerPoster(parseVideoUrl('/clip.mp4', BASE)!)).to.equal(undefined);
  });
});

describe('parseVideoUrl: a naughty string as Vimeo’s start time', () => {
  it('keeps only those that are a time (blns: 515 strings), and nothing else of any reaches the player', async function () {
    const response = await fetch('/realworld/blns/blns.json');
    if (!response.ok) {
      console.log('# naughty start times skipped: ../shared/fixtures/realworld/blns/blns.json is absent (set SHARED_DIR, or clone next to shared/).');
      this.skip();
    }
    const kept: Record<string, string> = {};
    for (const naughty of (await response.json()) as string[]) {
      const { player } = parseVideoUrl(`https://vimeo.com/76979871#t=${naughty}`, BASE)!;
      if (player !== VIMEO) kept[naughty] = player;
    }
    // `0` and `0.00` are no start at all.
    expect(kept).to.deep.equal({ '1': `${VIMEO}#t=1s`, '1.00': `${VIMEO}#t=1s`, '01000': `${VIMEO}#t=1000s`, '08': `${VIMEO}#t=8s`, '09': `${VIMEO}#t=9s` });
  });
});

describe('parseVideoUrl: property', () => {
  // Pieces that real and hostile URLs are made of, so that accepted strings come up often.
  const piece = fc.constantFrom(
    'https://', 'http://', '//', 'javascript:', 'www.', 'm.', 'youtube.com', 'youtu.be', 'youtube-nocookie.com',
    'vimeo.com', 'player.vimeo.com', 'evil.example', '.evil.example', '@', ':8080', '/', '/watch', '?v=', '&t=', '#',
    '/embed/', '/shorts/', '/video/', ID, '76979871', '/abc123def0', '?h=', 'abc123def0', 'ABC', '?t=', '#t=', '90', '.5', 'm', '..', '%2e', '%2f', '\\', '"', "'", '<', ' ', '.mp4', '.webm', 'x',
  );
  // Accepted forms with pieces added after them: without this arm, fewer than 1 % of the
  // candidates were accepted (24–38 of 3 000 in five runs; 20 in a CI run, under the floor
  // below); with it, about 260 (measured before the Vimeo start times' arm shared the runs).
  const acceptedForms = fc
    .tuple(fc.constantFrom(`https://youtu.be/${ID}`, `https://www.youtube.com/watch?v=${ID}`, 'https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871', '/clip.mp4', 'https://news.example/clip.webm'), fc.array(piece, { maxLength: 3 }))
    .map(([form, parts]) => form + parts.join(''));
  // Vimeo's start times, digits and units in any order, a hostile character now and then: the
  // arms above reach a valid one about once in 3 000 candidates.
  const vimeoTimes = fc
    .tuple(fc.constantFrom('https://vimeo.com/76979871#t=', 'https://player.vimeo.com/video/76979871?h=abc123def0#t='), fc.array(fc.constantFrom('1', '9', '0', '45', '90', '1h', '2m', 's', 'm', '.5', '"', '<', '#', '&', '%'), { maxLength: 4 }))
    .map(([form, parts]) => form + parts.join(''));
  const candidate = fc.oneof(fc.array(piece, { maxLength: 9 }).map((parts) => parts.join('')), acceptedForms, vimeoTimes, fc.webUrl(), fc.string());

  it('never yields a player on another host than the provider’s player or the file’s own', () => {
    let accepted = 0;
    let vimeoStarts = 0;
    fc.assert(
      fc.property(candidate, (input) => {
        const source = parseVideoUrl(input, BASE);
        if (!source) return;
        accepted += 1;
        const player = new URL(source.player);
        const expected = { youtube: 'www.youtube-nocookie.com', vimeo: 'player.vimeo.com', file: new URL(source.url).host }[source.provider];
        expect(player.host, input).to.equal(expected);
        expect(player.protocol, input).to.match(/^https?:$/);
        if (source.provider !== 'file') {
          expect(player.protocol, input).to.equal('https:');
          expect(player.pathname, input).to.match(/^\/(embed\/[\w-]{11}|video\/\d+)$/);
          // Nothing of the input reaches the player's query but a start time or a Vimeo hash, validated.
          expect(player.search, input).to.match(source.provider === 'youtube' ? /^\?autoplay=1(&start=\d{1,5})?$/ : /^\?autoplay=1&dnt=1(&h=[\da-f]{6,20})?$/);
          // The fragment too: only Vimeo's start time, in whole seconds under a day.
          if (source.provider === 'youtube') expect(player.hash, input).to.equal('');
          else {
            expect(player.hash, input).to.match(/^(#t=[1-9]\d*s)?$/);
            expect(parseInt(player.hash.slice(3)) || 0, input).to.be.below(86_400);
            if (player.hash) vimeoStarts += 1;
          }
        }
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the accepted forms, or the property says nothing.
    expect(accepted).to.be.greaterThan(20);
    // And Vimeo's start times (about 110 in five runs).
    expect(vimeoStarts).to.be.greaterThan(30);
  });
});
