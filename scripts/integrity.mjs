// Subresource Integrity hashes of the CDN files, for <script integrity="…" crossorigin>.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const CDN_FILES = ['dist/cdn/story-widgets.js', 'dist/cdn/story-widgets.iife.js'];

export function integrityOf(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

export function printIntegrity() {
  for (const file of CDN_FILES) {
    const bytes = readFileSync(file);
    const kb = (gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1);
    console.log(`${file}  ${kb} KB gzip  integrity="${integrityOf(file)}"`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printIntegrity();
