import { expect } from '@open-wc/testing';
import { setVideoReader } from '../../src/sources/our-json.js';
import { loadFormats, readDocument } from '../../src/sources/read-document.js';
import { video, videoObject } from '../../src/sources/video.js';

await loadFormats();

// What `<video-embed>`'s module does as it loads (test/sources/video-reader.test.ts: before it).
setVideoReader(video);

const BASE = 'https://news.example/2017/07/story/';

describe('the document’s video (contract §12)', () => {
  it('reads our shape: url as written, thumbnail and captions resolved, duration in seconds', () => {
    const read = readDocument(
      {
        title: 'T',
        video: {
          url: 'https://youtu.be/M7lc1UVf-VE',
          title: 'V',
          thumbnail: { src: '../img/poster.jpg', width: 1280, height: 720 },
          duration: 'PT4M13S',
          captions: [{ src: 'en.vtt', language: 'en', label: 'English' }, { src: 'javascript:alert(1)', language: 'fr' }, { src: 'x.vtt' }],
        },
      },
      BASE,
    );
    expect(read.ok && read.value.video).to.deep.equal({
      url: 'https://youtu.be/M7lc1UVf-VE',
      title: 'V',
      thumbnail: { src: 'https://news.example/2017/07/img/poster.jpg', alt: '', width: 1280, height: 720 },
      duration: 253,
      captions: [{ src: 'https://news.example/2017/07/story/en.vtt', language: 'en', label: 'English' }],
    });
  });

  it('drops a video without a url, and wrong fields of one', () => {
    expect(video({ title: 'no url' }, BASE)).to.equal(undefined);
    expect(video('https://youtu.be/M7lc1UVf-VE', BASE)).to.equal(undefined);
    expect(video({ url: 'x.mp4', thumbnail: 'data:image/png;base64,AAAA', duration: 'four minutes', captions: 'no' }, BASE)).to.deep.equal({
      url: 'x.mp4',
      title: undefined,
      thumbnail: undefined,
      duration: undefined,
      captions: [],
    });
  });

  it('reads a VideoObject whose thumbnailUrl nests lists thousands deep, without a poster (found by the property test)', () => {
    let deep: unknown = 'https://cdn.example/p.jpg';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const read = videoObject({ '@type': 'VideoObject', name: 'N', embedUrl: 'https://www.youtube.com/embed/M7lc1UVf-VE', thumbnailUrl: deep }, BASE);
    expect(read).to.deep.include({ url: 'https://www.youtube.com/embed/M7lc1UVf-VE', thumbnail: undefined });
    // One list of thumbnails is still read: its first.
    expect(videoObject({ '@type': 'VideoObject', embedUrl: 'https://vimeo.com/1', thumbnailUrl: [['https://cdn.example/a.jpg'], 'https://cdn.example/b.jpg'] }, BASE)?.thumbnail?.src).to.equal('https://cdn.example/b.jpg');
  });

  it('maps a schema.org VideoObject: embedUrl else contentUrl, name, thumbnailUrl, duration', () => {
    const object = {
      '@type': 'VideoObject',
      name: 'N',
      embedUrl: 'https://www.youtube.com/embed/M7lc1UVf-VE',
      contentUrl: 'https://cdn.example/v.mp4',
      thumbnailUrl: ['https://cdn.example/p1.jpg', 'https://cdn.example/p2.jpg'],
      duration: 'PT1H2M3S',
    };
    expect(videoObject(object, BASE)).to.deep.equal({
      url: 'https://www.youtube.com/embed/M7lc1UVf-VE',
      title: 'N',
      thumbnail: { src: 'https://cdn.example/p1.jpg', alt: '', width: undefined, height: undefined },
      duration: 3723,
      captions: [],
    });
    expect(videoObject({ ...object, embedUrl: undefined }, BASE)?.url).to.equal('https://cdn.example/v.mp4');
    // A player page (JW Player, Brightcove) as embedUrl: the file plays; neither playable: the embedUrl, for its warning.
    expect(videoObject({ ...object, embedUrl: 'https://cdn.jwplayer.com/players/abcd-xyz.html' }, BASE)?.url).to.equal('https://cdn.example/v.mp4');
    expect(videoObject({ ...object, embedUrl: 'https://cdn.jwplayer.com/players/abcd-xyz.html', contentUrl: 'https://cdn.example/v.m3u8' }, BASE)?.url).to.equal(
      'https://cdn.jwplayer.com/players/abcd-xyz.html',
    );
    expect(videoObject({ ...object, thumbnailUrl: undefined, thumbnail: { '@type': 'ImageObject', url: '/p.jpg', width: 640, height: 360 } }, BASE)?.thumbnail).to.deep.equal({
      src: 'https://news.example/p.jpg',
      alt: '',
      width: 640,
      height: 360,
    });
    expect(videoObject({ ...object, '@type': 'ImageObject' }, BASE)).to.equal(undefined);
    // On its own: a document whose video it is.
    const alone = readDocument(object, BASE);
    expect(alone.ok && [alone.value.title, alone.value.video?.url]).to.deep.equal(['N', 'https://www.youtube.com/embed/M7lc1UVf-VE']);
    // As a JSON-LD article's `video`, in place or by an `@id` reference in a graph.
    const graph = readDocument({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'H', video: { '@id': '#v' } }, { ...object, '@id': '#v' }] }, BASE);
    expect(graph.ok && [graph.value.title, graph.value.video?.title]).to.deep.equal(['H', 'N']);
    const inPlace = readDocument({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', video: object }, BASE);
    expect(inPlace.ok && inPlace.value.video?.duration).to.equal(3723);
    // In our own document too, alone or first of a list.
    const read = readDocument({ headline: 'H', video: [object] }, BASE);
    expect(read.ok && read.value.video?.title).to.equal('N');
  });
});
