// Widgets as `story-widgets/ssr` writes them, for the takeover tests: the tag, its declarative
// shadow root (each test's stand-in for the server's nodes) and its document as inline JSON.
import { holdWarmUp } from '../../src/core/intl-warmup.js';
import { defineElement } from '../../src/core/registry.js';

/** What the server wrote for one widget. */
export interface ServerRender {
  /** The start tag's attributes, as HTML (`variant="select" lang="en"`). */
  readonly attributes?: string;
  /** The shadow root's HTML. */
  readonly shadow: string;
  /** The inline document. */
  readonly document: unknown;
}

/**
 * `<tag>` as the server wrote it (`render`), in a host `.server-rendered` added to the page
 * (`removeServerRendered()` takes them away). A defined tag is taken over at once.
 */
export function addServerRendered<T extends HTMLElement>(tag: string, { attributes = '', shadow, document }: ServerRender): T {
  const host = window.document.createElement('div');
  host.className = 'server-rendered';
  host.setHTMLUnsafe(
    `<${tag} ${attributes}><template shadowrootmode="open">${shadow}</template><script type="application/json">${JSON.stringify(document)}</script></${tag}>`,
  );
  window.document.body.append(host);
  return host.firstElementChild as T;
}

/** Takes away every widget `addServerRendered` added. */
export function removeServerRendered(): void {
  window.document.querySelectorAll('body > .server-rendered').forEach((host) => host.remove());
}

/**
 * `<tag>`, a new tag, as the server wrote it, on the page before its script: defining it as a
 * subclass of `base` upgrades it, and the ICU warm-up holds its takeover until `release()`.
 */
export function upgradedWhileHeld<T extends HTMLElement>(base: new () => T, tag: string, render: ServerRender): { el: T; release: () => void } {
  const el = addServerRendered<T>(tag, render);
  const release = holdWarmUp();
  defineElement(tag, class extends (base as new () => HTMLElement) {});
  return { el, release };
}
