// A web-test-runner server command that acts on the test page's own puppeteer page, for what
// @web/test-runner-commands does not pass on (forced colours, a time zone).

/**
 * @param {string} command the command's name, as tests call it (`executeServerCommand`)
 * @param {(payload: unknown) => boolean} accepts whether the payload is one it takes
 * @param {string} expected what it takes, for the error when the payload is not
 * @param {(page: import('puppeteer-core').Page, payload: string) => Promise<unknown>} act what it does, on the payload it took
 */
export const pageCommand = (command, accepts, expected, act) => ({
  name: command,
  async executeCommand({ command: called, payload, session }) {
    if (called !== command) return undefined;
    if (!accepts(payload)) throw new Error(`${command}: ${expected}, not ${JSON.stringify(payload)}`);
    if (session.browser.type !== 'puppeteer') throw new Error(`${command}: needs a puppeteer browser, not ${session.browser.type}`);
    await act(session.browser.getPage(session.id), payload);
    return true;
  },
});
