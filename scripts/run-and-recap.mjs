// Runs a test command with its output passed through as it comes and, when it fails, prints its
// failures again at the end: a CI log kept only in part (its tail) still names the failed tests.
// `node scripts/run-and-recap.mjs <command> [args…]` runs one command that way and exits with
// its status; `runAndRecap(command, args)` does the same from another script and returns it, and
// `runKeepingRecap` returns the recap too, for a script that runs more and repeats it at its end.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Terminal escapes (the test runner's progress bar) carry no text worth repeating.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-9;]*[A-Za-z]/g;
const MAX_RECAP_LINES = 400;

/**
 * The failures in a test run's output: each Web Test Runner `❌` block (up to its empty line) and
 * each TAP `not ok` line of `node --test` with the YAML block under it (its error and stack).
 */
export function failuresIn(output) {
  const lines = output.replace(ESCAPES, '').split(/\r?\n/);
  const recap = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('❌')) {
      // Its diff's blank lines are indented: the block ends at a line with nothing at all.
      for (; i < lines.length && lines[i] !== ''; i++) recap.push(lines[i]);
      recap.push('');
    } else if (/^\s*not ok \d+/.test(line)) {
      recap.push(line);
      const yaml = lines[i + 1]?.trim() === '---';
      for (i++; yaml && i < lines.length; i++) {
        recap.push(lines[i]);
        if (lines[i].trim() === '...') break;
      }
      if (!yaml) i--;
    }
  }
  return recap.length > MAX_RECAP_LINES ? [...recap.slice(0, MAX_RECAP_LINES), `… and ${recap.length - MAX_RECAP_LINES} more lines`] : recap;
}

/**
 * Runs `command` (output passed through); on a failure prints what failed again. Resolves to its
 * exit status and, on a failure, the recap it printed (`report`), for a caller that runs more
 * and repeats it at its own end. In a terminal the output is the command's own (its colours, its
 * progress bar), not kept: whoever reads it has all of it.
 * @returns {Promise<{ status: number, report?: string }>}
 */
export function runKeepingRecap(command, args) {
  return new Promise((resolve) => {
    const keep = !process.stdout.isTTY;
    const child = spawn(command, args, { stdio: keep ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
    const chunks = [];
    child.stdout?.on('data', (chunk) => (process.stdout.write(chunk), chunks.push(chunk)));
    child.stderr?.on('data', (chunk) => (process.stderr.write(chunk), chunks.push(chunk)));
    child.on('error', (error) => {
      const report = `story-widgets: cannot run ${command}: ${error.message}`;
      console.error(report);
      resolve({ status: 1, report });
    });
    child.on('close', (code, signal) => {
      const status = code ?? 1;
      if (status === 0) return resolve({ status });
      const recap = failuresIn(Buffer.concat(chunks).toString('utf8'));
      const what = `\`${[command, ...args].join(' ')}\``;
      const report = `${recap.length ? `\nstory-widgets: what failed in ${what}, again:\n\n${recap.join('\n')}\n` : ''}story-widgets: ${what} failed (exit ${code ?? signal}).`;
      console.error(report);
      resolve({ status, report });
    });
  });
}

/** As runKeepingRecap, resolving to the exit status alone. */
export const runAndRecap = async (command, args) => (await runKeepingRecap(command, args)).status;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  process.exitCode = command ? await runAndRecap(command, args) : (console.error('usage: node scripts/run-and-recap.mjs <command> [args…]'), 2);
}
