// The reference server on a free loopback port with a throw-away database, for the bench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config.mjs';
import { startServer } from '../server/server.mjs';

export async function startDemoServer(extraEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sw-bench-'));
  const config = readConfig({ PORT: '0', QUIET: '1', LIKE_RATE_LIMIT: '0', DATABASE_PATH: join(dir, 'likes.sqlite'), ...extraEnv });
  const running = await startServer(config);
  return {
    ...running,
    close: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
