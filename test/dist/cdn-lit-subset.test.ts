// The CDN files carry a subset of Lit (scripts/lit-trim.mjs). The element tests run against
// full Lit, so here every kind of binding and lifecycle step the widgets use is exercised
// over the built ES file: attribute, interpolated attribute, boolean and event bindings,
// lists that grow and shrink, converters, reflection, properties set before the upgrade,
// re-rendering on `lang`, and moving an element in the page.
import { expect } from '@open-wc/testing';
import { article } from '../support/fixtures.js';
import { until } from '../support/wait.js';
import { inlineJson, openPage, seen, type TestPage } from './pages.js';

const ES = '<script type="module" src="/dist/cdn/story-widgets.js"></script>';

async function ready(page: TestPage, selector: string): Promise<HTMLElement & { [key: string]: unknown }> {
  const el = page.document.querySelector<HTMLElement & { [key: string]: unknown }>(selector)!;
  await until(() => el.getAttribute('state') === 'ready' && !!el.shadowRoot?.firstElementChild, 5000, `${selector} ready`);
  return el;
}

describe('the Lit subset of dist/cdn/story-widgets.js', () => {
  it('related-stories: converters, heading level, a list that shrinks and grows, reflected layout', async () => {
    const page = await openPage(ES, `<related-stories loading="eager" limit="3" heading-level="4" layout="grid">${inlineJson(article())}</related-stories>`);
    const related = await ready(page, 'related-stories');
    const root = related.shadowRoot!;
    expect(root.querySelector('h4')?.textContent).to.equal('Related Stories');
    expect(root.querySelectorAll('li')).to.have.length(3);
    related.setAttribute('limit', '1');
    await until(() => root.querySelectorAll('li').length === 1, 5000, 'one item');
    related.limit = 4;
    await until(() => root.querySelectorAll('li').length === 4, 5000, 'four items');
    expect([...root.querySelectorAll('li a')].map((a) => a.getAttribute('href'))).to.deep.equal(
      (article().related as { url: string }[]).map((item) => item.url),
    );
    related.layout = 'list';
    await until(() => related.getAttribute('layout') === 'list', 5000, 'layout reflected');
    expect(page.window.errors).to.deep.equal([]);
    page.frame.remove();
  });

  it('language-switcher as a select: enabled when ready, change navigates (event listener on the host)', async () => {
    const page = await openPage(ES, `<language-switcher variant="select">${inlineJson(article())}</language-switcher>`);
    const switcher = await ready(page, 'language-switcher');
    const select = switcher.shadowRoot!.querySelector('select')!;
    expect(select.disabled).to.equal(false);
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['English', 'Français']);
    const visited: string[] = [];
    switcher.navigate = (url: string) => visited.push(url);
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    expect(visited).to.deep.equal([(article().translations as { url: string }[])[0]!.url]);
    page.frame.remove();
  });

  it('article-card: a broken image gets its class from the error listener; the card follows lang', async () => {
    const page = await openPage(ES, `<article-card>${inlineJson(article({ image: { src: '/no-such-image.jpg', alt: '' } }))}</article-card>`);
    const card = await ready(page, 'article-card');
    const img = card.shadowRoot!.querySelector('img')!;
    await until(() => img.classList.contains('broken'), 5000, 'the broken class');
    card.setAttribute('lang', 'fr');
    await until(() => seen(card).includes('Image :') || seen(card).includes('Par '), 5000, 'French texts');
    card.removeAttribute('lang');
    await until(() => seen(card).includes('By '), 5000, 'English again');
    page.frame.remove();
  });

  it('takes a property set before the library loaded, and renders again after a move', async () => {
    const page = await openPage('', '<main></main><aside></aside>');
    const card = page.document.createElement('article-card') as HTMLElement & { data?: unknown };
    card.data = article({ title: 'Set before the upgrade' });
    page.document.querySelector('main')!.append(card);
    const script = page.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/story-widgets.js';
    page.document.head.append(script);
    const upgraded = await ready(page, 'article-card');
    expect(seen(upgraded)).to.include('Set before the upgrade');
    page.document.querySelector('aside')!.append(upgraded);
    upgraded.data = article({ title: 'After the move' });
    await until(() => seen(upgraded).includes('After the move'), 5000, 'the new title');
    expect(upgraded.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    page.frame.remove();
  });
});
