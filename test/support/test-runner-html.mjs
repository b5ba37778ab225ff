// The page every browser test file runs in (web-test-runner's `testRunnerHtml`). The tests run
// Lit's development build, for its extra checks and warnings; only its "Lit is in dev mode"
// notice, printed once per test file, is switched off, by the code Lit documents for it.
export const testRunnerHtml = (testFramework) => `<!DOCTYPE html>
<html>
  <head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`;
