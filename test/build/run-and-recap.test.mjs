// scripts/run-and-recap.mjs: a failed test run names its failures again at its end, so a CI log
// kept only in part (its tail) still says which tests failed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { failuresIn } from '../../scripts/run-and-recap.mjs';

const SCRIPT = new URL('../../scripts/run-and-recap.mjs', import.meta.url).pathname;

// Two failures as Web Test Runner prints them: the test, its error, a diff (blank lines indented), the stack.
const FAILURES = [
  [
    ' ❌ <like-button> visitor tokens and busy servers > keeps a long token with base64 characters',
    "      TypeError: Cannot read properties of undefined (reading 'url')",
    '        at n.<anonymous> (test/elements/like-button-visitor.test.ts:119:26)',
  ],
  [
    ' ❌ <like-button> counts > shows the count',
    '      AssertionError: expected 2 to equal 3',
    '      + expected - actual',
    '      ',
    '      -2',
    '      +3',
    '      ',
    '      at n.<anonymous> (test/elements/like-button.test.ts:4:44)',
  ],
];

// Its output around them, as a CI log has it (browser logs, the escapes of its progress bar).
const WTR_OUTPUT = [
  '\u001b[2K\u001b[1A\u001b[2K\u001b[Gtest/elements/like-button-visitor.test.ts:',
  '',
  ' 🚧 Browser logs:',
  '      <like-button>: http — HTTP 429 (http://localhost:8000/test-api/likes?key=busy-fail-1&status=429)',
  '',
  ...FAILURES[0],
  '',
  '',
  ...FAILURES[1],
  '',
  '\u001b[2K\u001b[1A\u001b[2K\u001b[GChrome: |███████████████▌              | 27/54 test files | 652 passed, 2 failed',
].join('\n');

describe('run-and-recap', () => {
  it('finds each Web Test Runner failure with its error, diff and stack, and nothing of the logs or progress around them', () => {
    assert.deepEqual(failuresIn(WTR_OUTPUT), [...FAILURES[0], '', ...FAILURES[1], '']);
  });

  it('finds nothing in a run that passed', () => {
    assert.deepEqual(failuresIn(WTR_OUTPUT.replace(/ ❌[^]*\n\n/, '').replace('2 failed', '0 failed')), []);
    assert.deepEqual(failuresIn('TAP version 13\nok 1 - adds\n1..1\n# pass 1\n# fail 0\n'), []);
  });

  it('prints a failed node --test run’s failures again after all its output, and keeps its exit status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recap-'));
    try {
      const file = join(dir, 'sample.test.mjs');
      writeFileSync(
        file,
        `import { it } from 'node:test';
import assert from 'node:assert/strict';
it('adds', () => assert.equal(1 + 1, 2));
it('multiplies wrongly', () => assert.equal(2 * 3, 7));
it('subtracts', () => assert.equal(3 - 1, 2));
`,
      );
      // Without the variable that makes a test file run under `node --test` report to its parent.
      const { NODE_TEST_CONTEXT: _context, ...env } = process.env;
      const result = spawnSync(process.execPath, [SCRIPT, process.execPath, '--test', '--test-reporter=tap', file], { encoding: 'utf8', env });
      assert.equal(result.status, 1);
      // The output as it came, then the recap on standard error: the failure, its error, nothing of the passing tests.
      assert.match(result.stdout, /not ok 2 - multiplies wrongly[^]*# pass 2/);
      const recap = result.stderr.slice(result.stderr.indexOf('what failed in'));
      assert.match(recap, /^what failed in `.*--test .*sample\.test\.mjs`, again:/);
      assert.match(recap, /not ok 2 - multiplies wrongly/);
      assert.match(recap, /7/);
      assert.doesNotMatch(recap, /adds|subtracts/);
      assert.match(recap, /failed \(exit 1\)\.\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('adds nothing to a run that passed and exits 0', () => {
    const result = spawnSync(process.execPath, [SCRIPT, process.execPath, '-e', 'console.log("fine")'], { encoding: 'utf8' });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, 'fine\n');
    assert.equal(result.stderr, '');
  });
});
