import { expect } from '@open-wc/testing';

/**
 * Errors that reach the host page with nobody to catch them: a promise rejected with no handler (the console's
 * "Uncaught (in promise)") or an error thrown out of an event or a timer. A widget must leave none, whatever the
 * network, the API or the catalog does.
 *
 * Call it inside a `describe`: it watches for the whole block, empties its list before each test, and ends each
 * test by checking that the list is still empty. A test may also read the list itself at a point of its own. A
 * rejection is reported once the microtasks after it have run: a test that ends right after the step that could
 * reject waits a moment first.
 */
export function watchUncaught(): readonly string[] {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${String(e.error ?? e.message)}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    uncaught.push(`unhandled rejection: ${String(e.reason)}`);
    e.preventDefault(); // keeps the browser's own "Uncaught (in promise)" line out of the log: the test reports it
  };
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    uncaught.length = 0;
  });
  afterEach(() => expect(uncaught, 'errors nobody caught').to.deep.equal([]));
  return uncaught;
}
