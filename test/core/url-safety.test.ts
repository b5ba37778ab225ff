import { expect } from '@open-wc/testing';
import { safeUrl, samePage } from '../../src/core/url-safety.js';

const BASE = 'https://news.example/2017/07/story/';

describe('safeUrl', () => {
  it('keeps http and https URLs, made absolute', () => {
    expect(safeUrl('https://news.example/a', BASE)).to.equal('https://news.example/a');
    expect(safeUrl('http://news.example/a', BASE)).to.equal('http://news.example/a');
    expect(safeUrl('/img/a.jpg', BASE)).to.equal('https://news.example/img/a.jpg');
    expect(safeUrl('../other/', BASE)).to.equal('https://news.example/2017/07/other/');
    expect(safeUrl('//cdn.example/x.png', BASE)).to.equal('https://cdn.example/x.png');
    // An @ after the host is the path's or the query's.
    expect(safeUrl('https://medium.com/@news/story', BASE)).to.equal('https://medium.com/@news/story');
    expect(safeUrl('https://news.example?by=a@b.example', BASE)).to.equal('https://news.example/?by=a@b.example');
    expect(safeUrl('https://[::1]:8080/x', BASE)).to.equal('https://[::1]:8080/x');
  });

  const rejected = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '  javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u001fjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml,<svg/onload=alert(1)>',
    'vbscript:msgbox(1)',
    'VbScript:msgbox(1)',
    'blob:https://news.example/uuid',
    'file:///etc/passwd',
    'ftp://news.example/',
    'mailto:a@b.example',
    'http://',
    'http://[::1',
    // A user name or password: the host is evil.example, made to look like news.example.
    'https://news.example@evil.example/',
    'https://news.example:x@evil.example/login',
    'https://user@news.example/',
  ];
  for (const value of rejected) {
    it(`rejects ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value, BASE)).to.equal(undefined);
    });
  }

  it('rejects what is not a non-empty string', () => {
    for (const value of [undefined, null, 42, {}, [], true, '', '   ']) {
      expect(safeUrl(value, BASE)).to.equal(undefined);
    }
  });

  it('resolves against the page when no base is given', () => {
    expect(safeUrl('/x')).to.equal(new URL('/x', document.baseURI).href);
  });
});

describe('samePage', () => {
  it('ignores the hash and a trailing slash', () => {
    expect(samePage('https://a.example/p/', 'https://a.example/p#top')).to.equal(true);
    expect(samePage('https://a.example/p/', 'https://a.example/q/')).to.equal(false);
    expect(samePage('not a url', 'https://a.example/')).to.equal(false);
  });

  it('ignores the campaign parameters a reader arrives with (utm_*, fbclid, gclid), wherever they stand', () => {
    const page = 'https://a.example/en/article/';
    for (const arrived of [`${page}?utm_source=newsletter&utm_medium=email`, `${page}?fbclid=IwAR123`, `${page}?gclid=x#top`]) {
      expect(samePage(page, arrived), arrived).to.equal(true);
    }
    expect(samePage('https://a.example/p?id=2', 'https://a.example/p?utm_source=x&id=2&gclid=y')).to.equal(true);
    expect(samePage('https://a.example/p?id=2', 'https://a.example/p?id=3&utm_source=x')).to.equal(false);
    expect(samePage('https://a.example/p?utm=1', 'https://a.example/p')).to.equal(false);
    expect(samePage('https://a.example/p?next=/', 'https://a.example/p?next=')).to.equal(false);
  });

  it('keeps the path and the query apart, and a page the same as itself whatever its escapes', () => {
    expect(samePage('https://a.example/news?page=2', 'https://a.example/newspage=2')).to.equal(false);
    expect(samePage('https://a.example/ab', 'https://a.example/a?b')).to.equal(false);
    // Escapes no decoder reads (Latin-1, a lone %): the page is still itself.
    for (const url of ['https://a.example/caf%E9', 'https://a.example/100%-sure/']) expect(samePage(url, url), url).to.equal(true);
    expect(samePage('https://a.example/a%2fb', 'https://a.example/a%2Fb')).to.equal(true);
    expect(samePage('https://a.example/a%2Fb', 'https://a.example/a/b')).to.equal(false);
  });

  it('reads a percent-escape in either case, and a letter written as itself, as the same', () => {
    // WordPress writes its slugs' escapes in lower case; an address bar and a pasted link upper.
    const written = 'https://a.example/fr/%c3%a9t%c3%a9/';
    expect(samePage(written, 'https://a.example/fr/%C3%A9t%C3%A9/')).to.equal(true);
    expect(samePage(written, 'https://a.example/fr/été')).to.equal(true);
    expect(samePage(written, 'https://a.example/fr/ete/')).to.equal(false);
  });
});
