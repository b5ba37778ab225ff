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
});
