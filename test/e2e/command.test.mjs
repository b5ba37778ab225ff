// The `story-widgets` command as README's Server-side rendering runs it in this repository after
// `npm run build` (`npx story-widgets render …`): npx runs package.json's `bin` file itself, so
// it must be executable as the build leaves it (npm sets the mode only where it installs a package).
// Needs the built files: run after `npm run build` (`npm run test:e2e`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { e2eSkip } from '../support/e2e-site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).bin['story-widgets'];
const file = `${root}${bin.replace(/^\.\//, '')}`;
// Skipped before a build (never in CI), not when the build lacks the bin's file: that fails.
const skip = e2eSkip('story-widgets command', ['ssr/index.js']);

describe('the story-widgets command after npm run build', { skip }, () => {
  it('runs as its own program, as npx runs it', async () => {
    const { stdout } = await promisify(execFile)(file, ['--help'], { cwd: root });
    assert.match(stdout, /^Usage: story-widgets render/);
  });
});
