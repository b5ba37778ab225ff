// web-test-runner sends each failed assertion's `actual` and `expected` from the browser to
// Node as JSON. An element (a widget, with Lit's controllers pointing back at it) cannot be
// written so: the file's report never arrives, and the run waits for its 120 s time-out with
// no message. Loaded before the tests (test-runner-html.mjs), this keeps chai's failures
// reportable by writing such a value as chai prints it ("<button part="play">", say).
// chai itself, the copy @open-wc/testing uses: not @open-wc/testing, which, imported before
// mocha is set up, would not register its fixtures' cleanup.
import { AssertionError, util } from '@esm-bundle/chai';

/** The value itself if JSON can carry it as it is, else chai's own words for it. */
function reportable(value: unknown): unknown {
  if (value instanceof Node) return util.inspect(value);
  try {
    JSON.stringify(value);
    return value;
  } catch {
    return util.inspect(value);
  }
}

// chai's AssertionError copies `actual` and `expected` onto itself by assignment: a setter on
// its prototype sees them first.
for (const key of ['actual', 'expected']) {
  Object.defineProperty(AssertionError.prototype, key, {
    configurable: true,
    set(this: object, value: unknown) {
      Object.defineProperty(this, key, { value: reportable(value), writable: true, enumerable: true, configurable: true });
    },
  });
}
