import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Docs and controls come from the Custom Elements Manifest (`npm run manifest`). SW_MANIFEST
// points at another copy for local trials; without one the build stops here, clearly.
const manifestPath = resolve(process.env.SW_MANIFEST ?? join(root, 'custom-elements.json'));
if (!existsSync(manifestPath)) {
  throw new Error(
    `story-widgets Storybook: ${manifestPath} is missing. Run \`npm run manifest\` first ` +
      '(it writes custom-elements.json at the repository root), or set SW_MANIFEST to a manifest file.',
  );
}

const config: StorybookConfig = {
  // Guideline pages (MDX) first in the sidebar, then the widgets.
  stories: ['../stories/guides/*.mdx', '../stories/**/*.stories.ts'],
  // The guide pages' tables are GitHub-flavoured Markdown, which MDX 3 leaves to remark-gfm.
  addons: ['@storybook/addon-a11y', { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } }],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the repository's vite.config.ts: that one is the CDN library build.
    options: { builder: { viteConfigPath: join(root, '.storybook/vite.config.ts') } },
  },
  // Fixtures (article documents, a JSON Feed, images) served as plain files, like a site would;
  // and the demo's stand-in video player, for the "after the click" story.
  staticDirs: ['../stories/public', { from: '../demo/player-stand-in.html', to: '/player-stand-in.html' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  viteFinal(viteConfig) {
    const alias = [{ find: /^(\.\.\/)+custom-elements\.json$/, replacement: manifestPath }];
    viteConfig.resolve ??= {};
    const existing = viteConfig.resolve.alias;
    viteConfig.resolve.alias = Array.isArray(existing)
      ? [...existing, ...alias]
      : [...Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) })), ...alias];
    return viteConfig;
  },
};
export default config;
