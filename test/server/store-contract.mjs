// The LikeStore interface's promises (server/stores/like-store.mjs), one suite run against
// every store: likes.test.mjs on SQLite, stores.postgres.test.mjs on PostgreSQL.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';

/**
 * @param {string} name
 * @param {() => Promise<{ open: () => Promise<import('../../server/stores/like-store.mjs').LikeStore>, cleanUp: () => Promise<void> }>} setUp
 *   `open` may be called several times: each call is another connection to the same data, as
 *   another server process would have
 */
export function likeStoreContract(name, setUp) {
  describe(`LikeStore on ${name}`, () => {
    /** @type {Awaited<ReturnType<typeof setUp>>} */
    let place;
    /** @type {import('../../server/stores/like-store.mjs').LikeStore} */
    let store;
    let articleNumber = 0;
    const article = () => `article-${++articleNumber}`;
    before(async () => {
      place = await setUp();
      store = await place.open();
    });
    after(async () => {
      await store.close();
      await place.cleanUp();
    });

    it('counts a like once however often it is sent, and takes it back once', async () => {
      const id = article();
      const visitor = randomUUID();
      assert.deepEqual(await store.setLike(id, visitor, true), { count: 1, liked: true });
      assert.deepEqual(await store.setLike(id, visitor, true), { count: 1, liked: true });
      assert.deepEqual(await store.setLike(id, visitor, false), { count: 0, liked: false });
      assert.deepEqual(await store.setLike(id, visitor, false), { count: 0, liked: false });
      assert.equal(await store.count(id), 0);
    });

    it('never goes below zero when a visitor who never liked unlikes', async () => {
      const id = article();
      assert.deepEqual(await store.setLike(id, randomUUID(), false), { count: 0, liked: false });
      assert.equal(await store.count(id), 0);
    });

    it('gives the live state of one visitor', async () => {
      const id = article();
      const [fan, other] = [randomUUID(), randomUUID()];
      assert.deepEqual(await store.state(id, fan), { count: 0, liked: false });
      await store.setLike(id, fan, true);
      await store.setLike(id, randomUUID(), true);
      assert.deepEqual(await store.state(id, fan), { count: 2, liked: true });
      assert.deepEqual(await store.state(id, other), { count: 2, liked: false });
    });

    it('keeps articles apart', async () => {
      const [a, b] = [article(), article()];
      await store.setLike(a, randomUUID(), true);
      assert.equal(await store.count(a), 1);
      assert.equal(await store.count(b), 0);
    });

    it('counts 300 concurrent likes of 300 visitors exactly, from two connections', async () => {
      const id = article();
      const second = await place.open();
      try {
        const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => (i % 2 ? store : second).setLike(id, randomUUID(), true)));
        assert.ok(answers.every((answer) => answer.liked && answer.count >= 1 && answer.count <= 300));
        assert.equal(await store.count(id), 300);
        assert.equal(await second.count(id), 300);
      } finally {
        await second.close();
      }
    });

    it('counts one visitor once for 100 concurrent likes', async () => {
      const id = article();
      const visitor = randomUUID();
      await Promise.all(Array.from({ length: 100 }, () => store.setLike(id, visitor, true)));
      assert.equal(await store.count(id), 1);
    });

    it('stays exact under a storm of likes, unlikes and repeats', async () => {
      const id = article();
      const visitors = Array.from({ length: 60 }, () => randomUUID());
      /** @type {Map<string, boolean>} */
      const last = new Map();
      // Each visitor's requests in order (their last wish is their state); visitors at once. The
      // expectation comes from the wishes, not the answers: a store that dropped a wish and
      // answered (and counted) the state it kept would agree with its own answers.
      await Promise.all(
        visitors.map(async (visitor, v) => {
          for (let i = 0; i < 8; i++) {
            const liked = (v * 7 + i * 3) % 5 < 2;
            assert.equal((await store.setLike(id, visitor, liked)).liked, liked, 'answered with the wish');
            last.set(visitor, liked);
          }
        }),
      );
      const expected = [...last.values()].filter(Boolean).length;
      assert.equal(await store.count(id), expected);
      assert.deepEqual(await Promise.all(visitors.map(async (visitor) => (await store.state(id, visitor)).liked)), visitors.map((visitor) => last.get(visitor)));
    });
  });
}
