import { expect } from '@open-wc/testing';
import { htmlText, titleFrom } from '../../src/sources/html-text.js';
import { growth } from '../support/growth.js';

describe('htmlText: HTML fields become plain text', () => {
  it('decodes entities as WordPress writes them', () => {
    expect(htmlText('Chechnya&#8217;s Purge &#8211; &#8220;Evidence&#8221; &amp; more&hellip;')).to.equal('Chechnya’s Purge – “Evidence” & more…');
  });

  it('drops tags and keeps paragraphs apart', () => {
    expect(htmlText('<p>One <strong>two</strong></p>\n<p>three</p>')).to.equal('One two three');
  });

  it('keeps <script> and <img onerror> from running, and gives their markup no text', async () => {
    (window as unknown as { hit?: number }).hit = 0;
    const text = htmlText('<img src="x:" onerror="window.hit=1"><script>window.hit=2</script><style>p{}</style>Safe');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text).to.equal('Safe');
    expect((window as unknown as { hit?: number }).hit).to.equal(0);
  });

  it('keeps markup written as entities as text', () => {
    expect(htmlText('Use &lt;script&gt; wisely')).to.equal('Use <script> wisely');
  });

  it('parses a fragment up to its 500th tag, so a feed of deeply nested titles cannot hold the page', () => {
    expect(htmlText('<b>a</b>'.repeat(300))).to.equal('a'.repeat(250));
    // A 4 MB RSS feed holds 200 such fields (100 titles, 100 descriptions): 10 s when each was
    // parsed whole, the parser's time growing with the square of the nesting. Cut at its 500th
    // tag, a field nested 6 000 deep takes about as long as one nested 600 deep (whole: 100 times).
    const fields = (depth: number): void => {
      for (let field = 0; field < 200; field++) htmlText('<q>'.repeat(depth));
    };
    expect(growth(fields, 600, 10)).to.be.below(5);
  });

  it('leaves out the "Continue reading" link WordPress themes add to excerpts, and its screen-reader title', () => {
    // Twenty Twenty-One's excerpt_more, as its REST excerpts carry it; Twenty Seventeen's.
    const tt1 = '<p>Welcome to WordPress. Edit or delete it, then start writing&hellip; <a class="more-link" href="https://blog.example/hello-world/">Continue reading <span class="screen-reader-text">Hello world!</span></a></p>\n';
    const tt17 = '<p>Welcome to WordPress. <p class="link-more"><a href="https://blog.example/hello-world/" class="more-link">Continue reading<span class="screen-reader-text"> &#8220;Hello world!&#8221;</span></a></p></p>\n';
    expect(htmlText(tt1)).to.equal('Welcome to WordPress. Edit or delete it, then start writing…');
    expect(htmlText(tt17)).to.equal('Welcome to WordPress.');
  });

  it('gives nothing for empty markup and for values that are not strings', () => {
    expect(htmlText('<p> </p>')).to.equal(undefined);
    expect(htmlText(42)).to.equal(undefined);
    expect(htmlText({ rendered: 'x' })).to.equal(undefined);
  });
});

describe('titleFrom: a title out of running text', () => {
  it('keeps a short text whole', () => {
    expect(titleFrom('Short note.')).to.equal('Short note.');
  });

  it('cuts a long text at a word boundary near 100 characters, with "…"', () => {
    const title = titleFrom('word '.repeat(40).trim())!;
    expect(title.endsWith('word…')).to.equal(true);
    expect(title.length).to.be.within(80, 101);
  });

  it('takes a line break for a word boundary, and makes one line of the text', () => {
    const title = titleFrom(`Notes:\n${'word\n'.repeat(18)}wordy\nend`)!;
    expect(title).to.equal(`Notes: ${'word '.repeat(17)}word…`);
    expect(titleFrom('One line\n\nanother')).to.equal('One line another');
  });

  it('cuts a text without spaces at 100 characters', () => {
    expect(titleFrom('x'.repeat(300))).to.equal(`${'x'.repeat(100)}…`);
  });
});
