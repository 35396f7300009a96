import { setupWorker } from 'msw/browser';
import { createHandlers, type MockOptions } from './handlers.js';

/**
 * Starts the mock API in the browser (Storybook, the demo, the tests). The page must serve MSW's
 * `mockServiceWorker.js` at its root.
 */
export async function startMockApi(opts: MockOptions = {}) {
  const worker = setupWorker(...createHandlers(opts));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return worker;
}

export { createHandlers } from './handlers.js';
export { setFault, clearFaults, FAULT_KINDS, type Fault, type Endpoint } from './faults.js';
