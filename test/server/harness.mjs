// Starts the real server (Hono on node:http, SQLite file in a temp folder) on 127.0.0.1
// with a free port, for the server tests. Not a test file itself.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { readConfig } from '../../server/config.mjs';
import { startServer } from '../../server/server.mjs';
import { createVisitorTokens } from '../../server/visitor-tokens.mjs';

/** The VISITOR_SECRET of test servers (unless a test sets its own, or '' for the generated one). */
export const TEST_SECRET = 'test-secret-of-story-widgets-0123456789';
const testTokens = createVisitorTokens({ secret: TEST_SECRET });

/** A new visitor token the test servers accept, as the server would issue it. */
export const visitor = () => testTokens.sign();

export const ARTICLE = 'chechnya-purge-restarted';
export const FRENCH = 'purge-anti-lgbtq-tchetchenie-reprise';

/** A fresh temp folder, removed by the returned function. */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'story-widgets-server-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * @param {{ env?: Record<string, string>, databasePath?: string, config?: Partial<import('../../server/config.mjs').ServerConfig> }} [options]
 *   config: values no setting reaches (a shorter socketIdleMs)
 */
export async function start({ env = {}, databasePath, config: overrides = {} } = {}) {
  const temp = databasePath ? undefined : tempDir();
  const config = { ...readConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    QUIET: '1',
    VISITOR_SECRET: TEST_SECRET,
    DATABASE_PATH: databasePath ?? join(/** @type {{dir: string}} */ (temp).dir, 'likes.sqlite'),
    ...env,
  }), ...overrides };
  const server = await startServer(config);
  return {
    ...server,
    config,
    async stop() {
      await server.close();
      temp?.remove();
    },
  };
}

/**
 * POSTs a like body (an object is sent as JSON) with the JSON content type unless told otherwise.
 * @param {string} url @param {unknown} body @param {Record<string, string>} [headers]
 */
export function postLike(url, body, headers = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * GET with a raw Host header (fetch would not send ours); resolves with the body.
 * @param {string} url @param {string} host
 * @returns {Promise<string>}
 */
export function getWithHost(url, host) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}

/** @param {string} base @param {string} [id] */
export const likesUrl = (base, id = ARTICLE) => `${base}/api/articles/${id}/likes`;

/** @param {string} base @param {string} [id] */
export async function likeCount(base, id = ARTICLE) {
  const response = await fetch(`${base}/api/articles/${id}`);
  const document = await response.json();
  return document.likes.count;
}

const ENTRY = fileURLToPath(new URL('../../server/index.mjs', import.meta.url));

/**
 * Starts `node server/index.mjs` as its own process on a free loopback port; `url` resolves
 * once it printed its URL. @param {Record<string, string>} env  settings on top of this process's
 */
export function launchProcess(env) {
  const child = spawn(process.execPath, [ENTRY], {
    // SQLite and limits in the process unless the test says otherwise, whatever DATABASE_URL /
    // REDIS_URL the test run itself has.
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', QUIET: '1', VISITOR_SECRET: TEST_SECRET, DATABASE_URL: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output })));
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /story-widgets demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    exited.then(() => reject(new Error(`server exited before listening:\n${output}`)));
  });
  return { child, url: /** @type {Promise<string>} */ (url), exited: /** @type {Promise<{code: number | null, signal: string | null, output: string}>} */ (exited) };
}

/**
 * Runs `node server/index.mjs` until it has printed its start-up lines (then stops it) or exits
 * on its own; resolves, once its output is all read, with its exit code and what it wrote.
 * @param {Record<string, string>} env  settings on top of this process's (SQLite, limits in the process)
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
export function startupOutput(env) {
  const child = spawn(process.execPath, [ENTRY], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', QUIET: '1', VISITOR_SECRET: TEST_SECRET, DATABASE_URL: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    if (stdout.includes('Press Ctrl+C')) child.kill('SIGTERM');
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
