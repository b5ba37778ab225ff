#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx story-widgets render <in.html> [-o out.html] [--base-url URL] [--prefix sw-] [--strict]`:
 * server-renders the widgets of one HTML file (`-` reads standard input), for static sites.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type WidgetFailure, describeFailure, renderWidgets } from './index.js';
import { decodePage } from './page-encoding.js';

const USAGE = `Usage: story-widgets render <in.html> [-o out.html] [--base-url URL] [--prefix PREFIX] [--strict]

Renders every story-widgets tag of the page to Declarative Shadow DOM, with its document
fetched now and embedded, so the page shows the widgets before (or without) JavaScript.
  <in.html>        the page; - reads standard input
  -o, --output     where to write the page (default: standard output)
  --base-url URL   the page's URL: relative src attributes resolve against it
  --prefix PREFIX  the tags' prefix, as given to defineWidgets (e.g. sw-)
  --strict         exit with status 2 when a widget's document could not be used
The page must be UTF-8 (one in another encoding is refused, unchanged). A document that cannot
be used is reported here and renders as in the browser (nothing, mostly).`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'base-url': { type: 'string' },
        prefix: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, input, ...rest] = positionals;
  if (command !== 'render' || !input || rest.length) return fail(USAGE);
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !(/^https?:\/\//i.test(baseUrl) && URL.canParse(baseUrl))) return fail(`--base-url: "${baseUrl}" is not an absolute http(s) URL (documents are fetched from it)`);

  let bytes: Uint8Array;
  try {
    bytes = input === '-' ? await readStdin() : await readFile(input);
  } catch (error) {
    return fail(`cannot read ${input}: ${(error as Error).message}`);
  }
  const page = decodePage(bytes);
  if ('problem' in page) return fail(`${input === '-' ? 'the page on standard input' : input} ${page.problem}.`);
  const { html } = page;
  const failures: WidgetFailure[] = [];
  const output = await renderWidgets(html, {
    baseUrl,
    prefix: values.prefix,
    onError: (failure) => console.error(describeFailure(failures[failures.push(failure) - 1]!)),
  });
  if (values.output) {
    try {
      await writeFile(values.output, output);
    } catch (error) {
      return fail(`cannot write ${values.output}: ${(error as Error).message}`);
    }
  } else process.stdout.end(output);
  return values.strict && failures.length ? 2 : 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// A reader that stops early (`| head -1`) closes the pipe: the rest is not wanted, which is no
// failure (no stack trace; the status stays the render's). Any other write error is one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.exitCode = fail(`cannot write to standard output: ${error.message}`);
});
process.exitCode = await main(process.argv.slice(2));
