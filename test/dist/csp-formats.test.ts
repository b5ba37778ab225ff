// Documents whose HTML the widgets turn into text (WordPress, JSON Feed's content_html) under
// Trusted Types enforcement: README (Security) says what a page gets there.
import { expect } from '@open-wc/testing';
import { sleep, until } from '../support/wait.js';

interface ProbeWindow extends Window {
  cspViolations: string[];
}

describe('other formats under require-trusted-types-for', () => {
  // DOMParser is a Trusted Types sink even for an inert document: without a page policy that
  // lets it through, these documents are refused — an error state, never an exception.
  it('ends a WordPress post and a JSON Feed note in state="error", with no uncaught exception', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 900px';
    frame.src = new URL('./pages/csp-formats.html', import.meta.url).href;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as ProbeWindow;
    const doc = frame.contentDocument!;
    const settled = (id: string): boolean => ['ready', 'error'].includes(doc.getElementById(id)?.getAttribute('state') ?? '');
    await until(() => settled('wordpress') && settled('feed'), 8000, 'both settled');
    expect(['wordpress', 'feed'].map((id) => doc.getElementById(id)!.getAttribute('state'))).to.deep.equal(['error', 'error']);
    // Only the sink reports (the events come a task later); an `error:` entry would be an
    // uncaught exception (csp-probe.js).
    await until(() => win.cspViolations.length >= 2, 2000, 'the two reports');
    await sleep(100);
    expect(win.cspViolations).to.deep.equal(['require-trusted-types-for: trusted-types-sink', 'require-trusted-types-for: trusted-types-sink']);
    // Nothing broken is shown: an element in error takes no space.
    expect(doc.getElementById('wordpress')!.getBoundingClientRect().height).to.equal(0);
    frame.remove();
  });
});
