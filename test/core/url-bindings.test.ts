// Every href and src the library renders comes from the parsed Article (or safeUrl): a
// document whose URLs are all hostile renders none of them, in any widget or variant.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { article } from '../support/fixtures.js';
import { until } from '../support/wait.js';

const HOSTILE = [' JaVaScRiPt:alert(1)', '\u0001javascript:alert(2)', 'data:text/html,<script>alert(3)</script>', 'vbscript:msgbox(4)'];
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href', 'ping', 'cite', 'data', 'value'];

function hostileDocument(bad: string): Record<string, unknown> {
  return article({
    url: bad,
    author: { name: 'A. Writer', url: bad },
    image: { src: bad, alt: 'x', width: 1200, height: 630, credit: 'c' },
    likes: { count: 3, endpoint: bad },
    translations: [{ language: 'fr', url: bad, title: 'x' }, { language: 'de', url: bad }],
    related: [
      { url: bad, title: 'Bad link' },
      { url: 'https://news.example/ok/', title: 'Good link', image: { src: bad, alt: '' } },
    ],
  });
}

/** Every attribute value in the element's shadow tree (and nested shadow trees) that can hold a URL. */
function urlValues(root: ShadowRoot | null): string[] {
  if (!root) return [];
  const values: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value !== null && value !== '') values.push(`${node.localName}[${name}]=${value}`);
    }
    values.push(...urlValues(node.shadowRoot));
  }
  return values;
}

const WIDGETS = [
  (data: unknown) => html`<article-card .data=${data}></article-card>`,
  (data: unknown) => html`<article-card layout="horizontal" .data=${data}></article-card>`,
  (data: unknown) => html`<like-button .data=${data}></like-button>`,
  (data: unknown) => html`<language-switcher .data=${data}></language-switcher>`,
  (data: unknown) => html`<language-switcher variant="select" .data=${data}></language-switcher>`,
  (data: unknown) => html`<related-stories loading="eager" .data=${data}></related-stories>`,
  (data: unknown) => html`<related-stories loading="eager" layout="grid" .data=${data}></related-stories>`,
];

describe('no href or src bypasses the URL check', () => {
  for (const bad of HOSTILE) {
    it(`renders no ${JSON.stringify(bad)} in any widget`, async () => {
      for (const template of WIDGETS) {
        const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template(hostileDocument(bad)));
        await until(() => el.getAttribute('state') === 'ready' || el.getAttribute('state') === 'error');
        await el.updateComplete;
        const values = urlValues(el.shadowRoot);
        for (const value of values) {
          const url = value.slice(value.indexOf(']=') + 2);
          if (/\[value\]/.test(value) && !/[:/]/.test(url)) continue; // a plain option value such as "fr"
          expect(url, `${el.localName}: ${value}`).to.match(/^https?:\/\//);
        }
        expect(values.join(' ')).to.not.match(/script:|data:/i);
      }
    });
  }

  it('still renders the safe URLs of the same document', async () => {
    const el = await fixture(html`<related-stories loading="eager" .data=${hostileDocument('javascript:x')}></related-stories>`);
    await until(() => el.getAttribute('state') === 'ready');
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://news.example/ok/']);
  });

  it('does render URLs from a good document (so the check above looks at real bindings)', async () => {
    const base = new URL('/', location.href).href;
    for (const template of [WIDGETS[0]!, WIDGETS[3]!, WIDGETS[5]!]) {
      const el = await fixture(template(article()));
      await until(() => el.getAttribute('state') === 'ready');
      const values = urlValues(el.shadowRoot);
      expect(values, el.localName).to.not.be.empty;
      for (const value of values) expect(value.slice(value.indexOf(']=') + 2)).to.match(/^https?:\/\//);
      expect(values.some((v) => v.includes('news.example') || v.includes(base))).to.equal(true);
    }
  });
});
