// The page every browser test file runs in (web-test-runner's `testRunnerHtml`). The tests run
// Lit's development build, for its extra checks and warnings; only its "Lit is in dev mode"
// notice, printed once per test file, is switched off, by the code Lit documents for it. A
// failed assertion about an element is reported, not a time-out (clean-failures.ts).
export const testRunnerHtml = (testFramework) => `<!DOCTYPE html>
<html>
  <head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
  <body>
    <script type="module" src="/test/support/clean-failures.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;
