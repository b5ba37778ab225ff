// React in the test runner's browser: React and react-dom ship CommonJS, which the dev server
// hands to the browser as it is. This plugin answers the bare imports `react` and
// `react-dom/client` with one ES module bundled by esbuild (one React for both, as an app's
// bundler makes it), for the tests of `story-widgets/react` (test/react/).
import { build } from 'esbuild';

const PATH = '/__react.js';
const ENTRY = `
import * as React from 'react';
import { createRoot } from 'react-dom/client';
export default React;
export const { createElement, forwardRef, useCallback, useLayoutEffect, useRef, useState, StrictMode, Fragment } = React;
export { createRoot };
`;

let bundled;
const bundle = () =>
  (bundled ??= build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text));

export const reactBundle = {
  name: 'react-bundle',
  resolveImport({ source }) {
    if (source === 'react' || source === 'react-dom/client') return PATH;
  },
  async serve(context) {
    if (context.path === PATH) return { body: await bundle(), type: 'js' };
  },
};
