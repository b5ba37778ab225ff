// The CDN bundle under a strict Content Security Policy with Trusted Types enforced: every
// widget renders, and no `securitypolicyviolation` fires. Three pages, made here from one
// template: the policy of the issue, the same policy allowing only Lit's own Trusted Types policy
// (`trusted-types lit-html`), and two copies of the library under it with `'allow-duplicates'`.
import { expect } from '@open-wc/testing';
import { sleep, until } from '../support/wait.js';

interface ProbeWindow extends Window {
  cspViolations: string[];
}

const TAGS = ['article-card', 'like-button', 'language-switcher', 'related-stories', 'video-embed'];
const STRICT = "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";
const at = (path: string): string => new URL(path, import.meta.url).href;
const ES = `<script type="module" src="${at('../../dist/cdn/story-widgets.js')}"></script>`;
const CLASSIC = `<script src="${at('../../dist/cdn/story-widgets.iife.js')}"></script>`;
/** Each page: its policy (in a `<meta>`), the scripts after the probe, and the policy as the test names it. */
const PAGES = [
  { key: 'csp-page', policy: STRICT, scripts: ES, named: STRICT },
  { key: 'csp-named-policy', policy: `${STRICT}; trusted-types lit-html`, scripts: ES, named: "… ; require-trusted-types-for 'script'; trusted-types lit-html" },
  // Two copies of the library (the classic script and the ES file), each creating Lit's policy.
  {
    key: 'csp-two-copies',
    policy: `${STRICT}; trusted-types lit-html 'allow-duplicates'`,
    scripts: CLASSIC + ES,
    named: "… ; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  },
];

/** The page: the probe first (test/dist/pages/csp-probe.js, no inline code), then the library, then every widget in one context. */
const pageOf = ({ key, policy, scripts }: (typeof PAGES)[number]): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}">` +
  `<script src="${at('./pages/csp-probe.js')}"></script>${scripts}</head><body><article-context src="/test-api/doc?key=${key}">` +
  `${TAGS.map((tag) => `<${tag}${tag === 'related-stories' ? ' loading="eager"' : ''}></${tag}>`).join('')}</article-context></body></html>`;

describe('strict CSP and Trusted Types', () => {
  for (const page of PAGES) {
    it(`renders all widgets with no policy violation under ${page.named}`, async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 900px; height: 1400px';
      // A document of the test's origin, so 'self' is the test server.
      frame.srcdoc = pageOf(page);
      // Not `readyState`: the iframe's first document (about:blank) is complete at once.
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as ProbeWindow;
      const doc = frame.contentDocument!;
      const states = (): string => TAGS.map((tag) => `${tag}=${doc.querySelector(tag)?.getAttribute('state')}`).join(' ');
      await until(() => TAGS.every((tag) => doc.querySelector(tag)?.getAttribute('state') === 'ready'), 8000, 'all widgets ready').catch(() => {
        throw new Error(`not all widgets ready: ${states()}; violations: ${win.cspViolations.join(' | ')}`);
      });
      const seen = (tag: string): string => doc.querySelector(tag)!.shadowRoot!.textContent!;
      expect(seen('article-card')).to.contain('Chechnya');
      expect(seen('like-button')).to.contain('Be first to like this.');
      expect(seen('language-switcher')).to.contain('Français');
      expect(seen('related-stories')).to.contain('Related Stories');
      // The video's player is created on the click, under the same policy.
      doc.querySelector('video-embed')!.shadowRoot!.querySelector('button')!.click();
      await until(() => !!doc.querySelector('video-embed')!.shadowRoot!.querySelector('iframe'), 2000, 'the player');
      // Images load after the first render: give their checks time to report.
      await sleep(200);
      expect(win.cspViolations).to.deep.equal([]);
      // Both copies ran: the classic script's global is there.
      if (page.key === 'csp-two-copies') expect(typeof (win as unknown as { StoryWidgets?: object }).StoryWidgets).to.equal('object');
      // The policy is really enforced in that page (else the test above proves nothing).
      expect(() => (doc.createElement('div').innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
      frame.remove();
    });
  }
});
