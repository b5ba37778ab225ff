/** Marks the library's classes, so a second copy of the library recognises the first's. */
export const WIDGET_MARK = Symbol.for('story-widgets.widget');

interface MarkedConstructor extends CustomElementConstructor {
  readonly [WIDGET_MARK]?: string;
}

let upgrading = false;
/** True while `customElements.define` upgrades the elements the page already had. */
export const upgradingExisting = (): boolean => upgrading;

/**
 * Defines `tag` unless it exists. Never throws: our own class (this or another copy of the
 * library: the script was included twice) is skipped silently; a foreign one gets one warning,
 * and so does a name the browser refuses (e.g. a prefix that makes it invalid).
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as MarkedConstructor | undefined;
  let problem = existing && !existing[WIDGET_MARK] && 'another script defined it';
  try {
    upgrading = true;
    if (!existing) customElements.define(tag, constructor);
  } catch (error) {
    problem = String(error);
  } finally {
    upgrading = false;
  }
  if (problem) console.warn(`story-widgets: <${tag}> left alone: ${problem}`);
}
