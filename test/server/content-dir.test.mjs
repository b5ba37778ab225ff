// CONTENT_DIR (contract §11): the server serves the article documents of that folder, not the
// demo's, with their live likes.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { likesUrl, postLike, start, tempDir, visitor } from './harness.mjs';

const DEMO_ARTICLE = JSON.parse(readFileSync(new URL('../../demo/content/chechnya-purge-restarted.json', import.meta.url), 'utf8'));

describe('CONTENT_DIR', () => {
  it("serves that folder's documents, with their likes, and none of the demo's", async () => {
    const content = tempDir();
    writeFileSync(join(content.dir, 'our-story.json'), JSON.stringify({ ...DEMO_ARTICLE, id: undefined, title: 'Our own story' }));
    const server = await start({ env: { CONTENT_DIR: content.dir } });
    try {
      const liked = await postLike(likesUrl(server.url, 'our-story'), { visitor: visitor(), liked: true });
      assert.equal(liked.status, 200);
      const response = await fetch(`${server.url}/api/articles/our-story`);
      assert.equal(response.status, 200);
      const document = await response.json();
      assert.equal(document.title, 'Our own story');
      assert.equal(document.id, 'our-story');
      assert.equal(document.likes.count, 1);
      assert.equal((await fetch(`${server.url}/api/articles/chechnya-purge-restarted`)).status, 404);
    } finally {
      await server.stop();
      content.remove();
    }
  });
});
