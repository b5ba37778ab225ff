// The reader of a document's `video` is in the ES file's `<video-embed>` chunk: our-json.ts has
// it once that element's module hands it over. Nothing here imports the element.
import { expect } from '@open-wc/testing';
import type { Article } from '../../src/core/article.js';
import { parseArticle, setVideoReader } from '../../src/sources/our-json.js';
import { video } from '../../src/sources/video.js';

const BASE = 'https://news.example/2017/07/story/';
const DOCUMENT = { title: 'T', video: { url: 'https://youtu.be/M7lc1UVf-VE', thumbnail: '../img/poster.jpg', duration: 'PT4M13S' } };

function parsed(json: unknown): Article {
  const result = parseArticle(json, BASE);
  if (!result.ok) throw new Error(result.failure.message);
  return result.value;
}

describe('a document read before the video reader is there', () => {
  it('reads its video as absent until then, and keeps nothing: read again once the reader arrived, then kept', () => {
    const early = parsed(DOCUMENT);
    expect(early.video).to.equal(undefined);
    expect(early.video, 'read again, still absent').to.equal(undefined);
    setVideoReader(video);
    expect(early.video).to.deep.equal({
      url: 'https://youtu.be/M7lc1UVf-VE',
      title: undefined,
      thumbnail: { src: 'https://news.example/2017/07/img/poster.jpg', alt: '', width: undefined, height: undefined },
      duration: 253,
      captions: [],
    });
    expect(early.video, 'kept').to.equal(early.video);
    expect(parsed(DOCUMENT).video?.duration, 'a document read later').to.equal(253);
  });
});
