import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { article, docUrl, hits, uniqueKey } from '../support/fixtures.js';

/**
 * A widget as `story-widgets/ssr` writes it: a declarative shadow root (here a stand-in with a
 * marker), then the document as the inline JSON child, and the `src` it came from.
 */
function serverRendered(tag: string, document: unknown, src: string): HTMLElement {
  const host = window.document.createElement('div');
  window.document.body.append(host);
  host.setHTMLUnsafe(
    `<${tag} src="${src}"><template shadowrootmode="open"><p class="from-server">server</p></template><script type="application/json">${JSON.stringify(document)}</script></${tag}>`,
  );
  return host.firstElementChild as HTMLElement;
}

describe('taking over a server-rendered widget', () => {
  it('renders once into the shadow root it came with, from the inline document, without fetching src', async () => {
    const key = uniqueKey('takeover');
    const el = serverRendered('article-card', article({ title: 'From the inline document' }), docUrl(key));
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.from-server')).to.equal(null);
    expect(root.querySelectorAll('[part=card]')).to.have.length(1);
    expect(root.querySelector('[part=link]')!.textContent).to.equal('From the inline document');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(await hits(key)).to.deep.equal([]);
    el.parentElement!.remove();
  });

  it('adds no placeholder while taking over: the first render is already the ready one', async () => {
    const added: Element[] = [];
    const host = document.createElement('div');
    host.setHTMLUnsafe(`<related-stories><template shadowrootmode="open"><p>server</p></template><script type="application/json">${JSON.stringify(article())}</script></related-stories>`);
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    new MutationObserver((records) => records.forEach((record) => added.push(...[...record.addedNodes].filter((node) => node instanceof Element)))).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
    });
    document.body.append(host);
    await el.updateComplete;
    expect(added.filter((node) => node.matches('.placeholder, .bar') || node.querySelector('.placeholder, .bar'))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('a[part=link]')).to.have.length(4);
    host.remove();
  });
});
