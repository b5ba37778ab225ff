// `npx story-widgets render <in.html> [-o out.html] [--base-url]`: the command static sites run.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { serveDocuments } from '../support/document-server.mjs';
import { cliPath } from '../support/ssr-module.mjs';

const run = promisify(execFile);
let cli, server, dir;
before(async () => {
  cli = await cliPath();
  server = await serveDocuments({
    '/a.json': { body: JSON.stringify({ title: 'Server-rendered title', url: '/a' }) },
    // A clear-screen, a clipboard write (OSC 52), a right-to-left override and a forged log line.
    '/escapes.json': { body: JSON.stringify({ title: 'T', video: { url: 'https://evil.example/\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u202e\nstory-widgets: all rendered' } }) },
  });
  dir = mkdtempSync(join(tmpdir(), 'story-widgets-cli-'));
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the command; resolves with its exit code and output, whatever the code. */
const command = (args) => run(process.execPath, [cli, ...args]).then((result) => ({ code: 0, ...result }), ({ code, stdout, stderr }) => ({ code, stdout, stderr }));

describe('story-widgets render', () => {
  it('writes the page with the widget rendered to -o, relative src resolved against --base-url', async () => {
    const input = join(dir, 'in.html');
    const output = join(dir, 'out.html');
    writeFileSync(input, '<!doctype html><title>T</title><article-card src="a.json"></article-card>');
    const { code, stderr } = await command(['render', input, '-o', output, '--base-url', `${server.origin}/`]);
    assert.equal(code, 0, stderr);
    assert.match(readFileSync(output, 'utf8'), /<template shadowrootmode="open">[\s\S]*>Server-rendered title<\/a>/);
  });

  it('reads standard input and writes standard output', async () => {
    const child = execFile(process.execPath, [cli, 'render', '-']);
    child.stdin.end('<like-button count="7"></like-button>');
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    await new Promise((resolve) => child.on('close', resolve));
    assert.match(stdout, /<span part="count">7<\/span> people like this\./);
  });

  it('stops quietly, with status 0, when the reader closes the pipe early (`| head -1`)', async () => {
    const input = join(dir, 'long.html');
    // Far more than a pipe holds, so the command is still writing when the reader goes.
    writeFileSync(input, '<like-button count="7"></like-button>\n'.repeat(400));
    const child = spawn(process.execPath, [cli, 'render', input], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = await new Promise((resolve) => child.on('close', (...result) => resolve(result)));
    assert.equal(stderr, '', 'no stack trace');
    assert.deepEqual([code, signal], [0, null]);
  });

  it('reports a document it could not use on stderr, still writes the page, and fails only with --strict', async () => {
    const input = join(dir, 'missing.html');
    writeFileSync(input, '<related-stories src="/missing.json"></related-stories>');
    const plain = await command(['render', input, '--base-url', `${server.origin}/`]);
    assert.equal(plain.code, 0);
    assert.match(plain.stderr, /<related-stories src="\/missing\.json"> has no document: http — HTTP 404/);
    assert.match(plain.stdout, /<related-stories [^>]*state="error"/);
    assert.equal((await command(['render', input, '--strict', '--base-url', `${server.origin}/`])).code, 2);
  });

  it("reports a document's URL with its control characters written out: one line, nothing for the terminal", async () => {
    const input = join(dir, 'escapes.html');
    writeFileSync(input, '<video-embed src="/escapes.json"></video-embed>');
    const { stderr } = await command(['render', input, '--base-url', `${server.origin}/`]);
    assert.equal(stderr, 'story-widgets: <video-embed src="/escapes.json"> has no document: unsupported — not a YouTube, Vimeo or video file URL (https://evil.example/\\u001b[2J\\u001b]52;c;ZXZpbA==\\u0007\\u202e\\u000astory-widgets: all rendered)\n');
  });

  describe('a page that is not UTF-8', () => {
    // The bytes as an editor of another encoding saves them; each is refused with its reason,
    // and the page, given as its own -o, is left byte for byte as it was.
    const latin1 = (text) => Buffer.from(text, 'latin1');
    const pages = [
      ['declares windows-1252', latin1('<meta charset="windows-1252"><p>Caf\u00e9</p><like-button count="2"></like-button>'), /declares windows-1252 \(its <meta> charset\); convert it to UTF-8/],
      ['declares ISO-8859-1 in http-equiv (windows-1252 to a browser)', latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><like-button count="2"></like-button>'), /declares windows-1252/],
      ['declares Shift_JIS, its text ASCII', latin1("<meta charset='shift_jis'><like-button count=\"2\"></like-button>"), /declares shift_jis/],
      ['is Latin-1 without saying so', latin1('<p>Fran\u00e7ais</p><like-button count="2"></like-button>'), /is not UTF-8/],
      ['is UTF-16 with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<like-button count="2"></like-button>', 'utf16le')]), /is UTF-16/],
    ];
    for (const [name, bytes, reason] of pages) {
      it(`refuses a page that ${name}, says why, and writes nothing`, async () => {
        const input = join(dir, 'encoded.html');
        writeFileSync(input, bytes);
        const { code, stdout, stderr } = await command(['render', input, '-o', input]);
        assert.equal(code, 1);
        assert.match(stderr, reason);
        assert.ok(stderr.startsWith(`${input} `), stderr);
        assert.equal(stdout, '');
        assert.deepEqual(readFileSync(input), bytes);
      });
    }

    it('names standard input when the page came from it', async () => {
      const child = execFile(process.execPath, [cli, 'render', '-']);
      child.stdin.end(Buffer.from('<p>Fran\u00e7ais</p>', 'latin1'));
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise((resolve) => child.on('close', resolve));
      assert.equal(code, 1);
      assert.equal(stderr, 'the page on standard input is not UTF-8 (some of its bytes are not); convert it to UTF-8 first.\n');
    });

    it('renders a UTF-8 page with its byte order mark, a declared UTF-8 or UTF-16 (read as UTF-8), or an unknown label, its text and mark kept', async () => {
      for (const head of ['\ufeff<meta charset="utf-8">', '<meta charset="UTF-16">', '<meta charset="no-such-encoding">', '\ufeff<meta charset="windows-1252">']) {
        const input = join(dir, 'utf8.html');
        writeFileSync(input, `${head}<p>Français — “ok” ✓</p><like-button count="2"></like-button>`);
        const { code, stdout, stderr } = await command(['render', input]);
        assert.equal(code, 0, `${head}: ${stderr}`);
        assert.ok(stdout.startsWith(head), head);
        assert.match(stdout, /<p>Français — “ok” ✓<\/p>/);
        assert.match(stdout, /<span part="count">2<\/span> people like this\./);
      }
    });
  });

  it('explains its usage on a wrong command line, in one line, without a stack trace', async () => {
    const input = join(dir, 'ok.html');
    writeFileSync(input, '<like-button count="1"></like-button>');
    for (const args of [
      [],
      ['render'],
      ['draw', 'x.html'],
      ['render', 'x.html', '--base-url', 'not a url'],
      ['render', 'x.html', '--base-url', 'file:///tmp/'],
      ['render', join(dir, 'nope.html')],
      ['render', input, '-o', join(dir, 'no-such-dir', 'out.html')],
    ]) {
      const { code, stderr } = await command(args);
      assert.equal(code, 1, args.join(' '));
      assert.match(stderr, /Usage: story-widgets render|--base-url|cannot read|cannot write/);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    }
  });
});
