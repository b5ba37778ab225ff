// web-test-runner sends each failed assertion's `actual` and `expected` from the browser to Node
// through `structuredClone`, which cannot copy an element (or a function): the file's report
// never arrives, and the run waits for its 120 s time-out with no message. Loaded before the
// tests (test-runner-html.mjs), this keeps chai's failures reportable by writing such a value as
// chai prints it ("<button part="play">", say).

// chai itself, the copy @open-wc/testing uses: not @open-wc/testing, which, imported before
// mocha is set up, would not register its fixtures' cleanup.
import { AssertionError, util } from '@esm-bundle/chai';

/** The value itself if the runner can send it, else chai's own words for it. */
function reportable(value: unknown): unknown {
  try {
    structuredClone(value);
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
