import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * The source page's article column: the headline card, a few paragraphs, the like line,
 * "This post is also available in: …" and the related stories — all four widgets reading
 * the one document of the surrounding `<article-context>`.
 */
export function sourcePage(src: string, options: { timeout?: number; relatedLayout?: 'list' | 'grid' } = {}): TemplateResult {
  return html`<article-context src=${src} timeout=${ifDefined(options.timeout)}>
    <div class="sw-page">
      <article-card style="--sw-image-ratio: 1200 / 630"></article-card>
      <p>
        In April, reports emerged that Chechen authorities were detaining and torturing men suspected of being gay. After a few
        quiet weeks, activists now say a new wave of arrests has begun.
      </p>
      <p>Activists urge anyone in the region who needs help to contact the network’s hotline.</p>
      <like-button></like-button>
      <language-switcher></language-switcher>
      <related-stories layout=${options.relatedLayout ?? 'list'} loading="eager"></related-stories>
    </div>
  </article-context>`;
}
