import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { clearLoaderCache } from '../src/core/loader.js';
import { loaderSettings } from '../src/core/loader-settings.js';
import { likeSettings } from '../src/elements/like-button/like-request.js';
import { installFakeFetch, type FakeRoute } from '../stories/support/fake-fetch.js';
import { likeEndpoints } from '../stories/support/fixtures.js';
import { pasteableSource } from '../stories/support/pasteable-source.js';
import { LOCALES, THEMES, storyRoot } from '../stories/support/story-root.js';
import { enterStory, leaveStory } from '../stories/support/story-visit.js';
import '../stories/support/themes.css';
// Resolved by .storybook/main.ts to the repository's custom-elements.json (`npm run manifest`).
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);
// Controls from the manifest (stories/support/widget-story.ts). Scoped styles: a story's
// `--sw-*` and `::part()` controls reach its own element only, not the others on a Docs page.
// No arg observer: it copies attributes the element sets (`state`) back into the args, and
// the next render would set the stale value on the element again.
setStorybookHelpersConfig({ useScopedStyles: true, disableArgObserver: true });

const STORAGE_PREFIX = 'story-widgets:';
const defaults = { loader: { ...loaderSettings }, like: { ...likeSettings } };

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the page (sets lang and dir on the story root)',
      toolbar: { title: 'Locale', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
    },
    theme: {
      description: 'Theme of the host page',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [...THEMES], dynamicTitle: true },
    },
  },
  initialGlobals: {
    locale: 'en',
    theme: 'light',
    backgrounds: { value: 'page' },
  },
  decorators: [(story, { globals }) => storyRoot(story(), String(globals.locale ?? 'en'), String(globals.theme ?? 'light'))],
  /**
   * Per story: a clean page (no cached documents, no remembered likes) and its
   * `parameters.localStorage` entries, when it is shown anew (stories/support/story-visit.ts: an
   * arg change keeps them); on every render the fake network of `parameters.fakeFetch` (and the
   * fixtures' like endpoints), and `parameters.loaderSettings` / `parameters.likeSettings` over
   * the defaults. All undone after.
   */
  beforeEach(context) {
    const { parameters, canvasElement } = context;
    if (enterStory(context)) {
      clearLoaderCache();
      for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
      const stored = (parameters.localStorage ?? {}) as Record<string, string>;
      for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
    }
    // From the defaults, not from the settings found: a re-render finds the story's own.
    Object.assign(loaderSettings, defaults.loader, parameters.loaderSettings as Partial<typeof loaderSettings> | undefined);
    Object.assign(likeSettings, defaults.like, parameters.likeSettings as Partial<typeof likeSettings> | undefined);
    const removeRoutes = installFakeFetch([...likeEndpoints, ...((parameters.fakeFetch ?? []) as FakeRoute[])]);
    // Storybook runs this at the story's teardown only, not between re-renders.
    return () => {
      removeRoutes();
      Object.assign(loaderSettings, defaults.loader);
      Object.assign(likeSettings, defaults.like);
      clearLoaderCache();
      leaveStory(canvasElement);
    };
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // The guides first, then the widgets, the page they make, the formats they read.
    options: { storySort: { order: ['Guides', ['Getting started', 'Theming', 'Accessibility', 'Data sources'], 'Widgets', 'Pages', 'Formats'] } },
    // Args and controls come from the helpers alone (stories/support/widget-story.ts): Storybook's
    // own reading of the manifest keys parts and attributes by bare name, so the part `count`
    // would replace the attribute `count`. The Docs overview still comes from the manifest.
    // "Show code" gives what a site would write (stories/support/pasteable-source.ts).
    docs: { extractArgTypes: () => null, source: { transform: pasteableSource } },
    backgrounds: {
      options: {
        page: { name: 'Page (white)', value: '#ffffff' },
        paper: { name: 'Paper', value: '#f6f1e7' },
        dark: { name: 'Dark', value: '#15171c' },
      },
    },
    viewport: {
      options: {
        narrow: { name: 'Narrowest (320 px, WCAG reflow)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone: { name: 'Phone (360 px)', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        column: { name: 'Article column (680 px)', styles: { width: '680px', height: '900px' }, type: 'desktop' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    a11y: {
      // Report violations in the panel (and in the smoke test, which runs axe itself).
      test: 'error',
      options: { rules: { region: { enabled: false } } },
    },
    /** Which `state` every widget of the story must reach (see scripts/storybook-smoke.mjs). */
    expectState: 'ready',
  },
};

export default preview;
