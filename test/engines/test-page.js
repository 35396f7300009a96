// The page every test file runs in, in every engine.

/**
 * The tests load Lit's development build on purpose, for its warnings about real mistakes. Its one notice that is
 * not about a mistake, "Lit is in dev mode", is marked as already given, so a passing run does not print it once
 * per test file and a real warning stands out.
 */
const QUIET_LIT = `<script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script>`;

export const testRunnerHtml = (testFramework) =>
  `<!DOCTYPE html><html><head>${QUIET_LIT}</head><body><script type="module" src="${testFramework}"></script></body></html>`;

/**
 * The hostile-content suite proves its own check by inserting its `<img src=x onerror=…>` payload as HTML: that
 * image must fail to load. It gets 410 Gone, so the run's list of 404s keeps meaning "a file the tests need is
 * missing".
 */
export function hostileImageGone(ctx, next) {
  if (ctx.path === '/x') {
    ctx.status = 410;
    return undefined;
  }
  return next();
}
