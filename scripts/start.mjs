// `npm start`: builds the library if dist/ is missing or older than src/, then starts the
// demo server (server/index.mjs) on HOST:PORT (default 127.0.0.1:8080). Installs nothing:
// without node_modules it says to run `npm install` and stops.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

for (const dependency of ['hono', '@hono/node-server', 'better-sqlite3', 'vite']) {
  if (!existsSync(join('node_modules', dependency, 'package.json'))) {
    console.error(`story-widgets: ${dependency} is not installed. Run \`npm install\` first, then \`npm start\`.`);
    process.exit(1);
  }
}

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

const bundle = 'dist/cdn/story-widgets.js';
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest('src')) {
  console.log(existsSync(bundle) ? 'src/ changed since the last build: building story-widgets…' : 'Building story-widgets…');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}

await import('../server/index.mjs');
