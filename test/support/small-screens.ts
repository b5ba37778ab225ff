// The screens and languages the layout tests check widgets in (reflow, target size, phones).
import { builtIn } from '../../src/i18n/built-in.js';

/** A phone: 320 CSS px wide, WCAG 1.4.10's reflow width. */
export const PHONE = { width: 320, height: 640 };

/** 200 % zoom of a 1280 px window, as browser zoom makes it (reflow.test.ts says why not CSS `zoom`). */
export const ZOOM_200 = { width: 640, height: 450, deviceScaleFactor: 2 };

/** The viewport the test runner's pages start with, for a file to put back when it is done. */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/** English and every language with built-in texts, in the catalogue's order (en, fr, de, es, pt, ru, ar). */
export const BUILT_IN_LOCALES: readonly string[] = ['en', ...Object.keys(builtIn)];

/** WCAG 1.4.12's text spacing, as the usual bookmarklet sets it (!important beats the widgets' own). */
export const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

/**
 * Puts TEXT_SPACING on `root`: the page, or a widget's shadow tree (a user style sheet reaches
 * both). Returns what takes it off.
 */
export function spaceText(root: Document | ShadowRoot): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((other) => other !== sheet);
  };
}
