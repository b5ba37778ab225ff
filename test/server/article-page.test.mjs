// The demo's article page template: every field of the document is text, never markup.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articlePage } from '../../server/article-page.mjs';

describe('articlePage', () => {
  it('escapes every field of the document (title, body, author, image, translations)', () => {
    const hostile = '<script>alert(1)</script>"\'&$&';
    const page = articlePage({
      id: 'x',
      title: hostile,
      summary: hostile,
      language: 'en',
      author: { name: hostile },
      image: { src: `/a.png"${hostile}`, alt: hostile, credit: hostile },
      translations: [{ language: `fr"${hostile}`, url: `/fr/"${hostile}` }],
      body: [hostile],
    });
    assert.ok(!page.includes('<script>alert'), 'no markup from the document');
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;$&amp;'));
  });

  it('writes a French story in French and an Arabic one right to left', () => {
    assert.match(articlePage({ id: 'f', title: 'T', language: 'fr', author: { name: 'Ann' } }), /<html lang="fr" dir="ltr">[\s\S]*Par Ann/);
    assert.match(articlePage({ id: 'a', title: 'T', language: 'ar' }), /<html lang="ar" dir="rtl">/);
    assert.match(articlePage({ id: 'n', title: 'T' }), /<html lang="en" dir="ltr">/);
  });
});
