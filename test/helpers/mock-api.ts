import { http, passthrough } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, type MockOptions } from '../../src/mocks/handlers.js';
import { clearFaults } from '../../src/mocks/faults.js';

/** The API base every test widget uses; MSW answers it (any origin whose path ends in /api/v1). */
export const API = 'https://dichvucong.test/api/v1';

let worker: SetupWorker | undefined;
/** Every request the widgets sent, in order: what the tests assert on. */
export const requests: Request[] = [];

/** Starts MSW once per test file, and resets faults, handlers and the request log before each test. */
export async function useMockApi(opts: MockOptions = {}): Promise<SetupWorker> {
  if (!worker) {
    worker = setupWorker(...createHandlers(opts));
    worker.events.on('request:start', ({ request }) => {
      if (request.url.startsWith(API)) requests.push(request.clone());
    });
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  }
  worker.resetHandlers(...createHandlers(opts));
  clearFaults();
  requests.length = 0;
  return worker;
}

export const requestUrls = () => requests.map((r) => r.url.replace(API, ''));

/**
 * Holds the browser's requests for a module a widget loads on use (`path`, as MSW matches it) until `release()`,
 * then lets them through to the server (or gives `answer`'s response: a failure to arrive): what the citizen meets
 * while that code is on its way. `asked` lists the requests' addresses as they come.
 */
export function holdModule(
  on: SetupWorker,
  path: string | RegExp,
  answer: () => Response = passthrough,
): { asked: string[]; release: () => void } {
  const asked: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  on.use(
    http.get(path, async ({ request }) => {
      asked.push(request.url);
      await released;
      return answer();
    }),
  );
  return { asked, release };
}

/**
 * Waits until `check` neither throws nor returns false/null (or rethrows its last error after `timeout` ms). The
 * default leaves room for WebKit and Firefox running beside Chromium on two cores; a passing wait ends at once.
 */
export async function until<T>(check: () => T | Promise<T>, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    try {
      const r = await check();
      // The condition's source in the message: a wait that fails in a whole run says which one it was.
      if (r === false || r === null) throw new Error(`condition not met: ${String(check).replace(/\s+/g, ' ').slice(0, 160)}`);
      return r;
    } catch (e) {
      if (performance.now() - start > timeout) throw e;
      await new Promise((r) => setTimeout(r, 15));
    }
  }
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
