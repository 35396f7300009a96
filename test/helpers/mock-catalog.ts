import type { SetupWorker } from 'msw/browser';
import { forgetCatalogs } from '../../src/catalog/catalog-store.js';
import { resetLevelBatchers } from '../../src/components/service-level-badge/level-batcher.js';
import type { MockOptions } from '../../src/mocks/handlers.js';
import { useMockApi } from './mock-api.js';

/** The catalog folder every catalog test widget uses; MSW serves it (src/mocks/catalog-folder.ts). */
export const CATALOG = 'https://tinh.test/thu-tuc/';

/** Every request for a file of a catalog folder, in order (URLs). */
export const catalogRequests: string[] = [];
export const indexRequests = () => catalogRequests.filter((u) => u.endsWith('/index.json'));
export const detailRequests = () => catalogRequests.filter((u) => u.includes('/procedures/'));

let listening: SetupWorker | undefined;

/**
 * Starts the mock API and catalog folder (once per file) and gives each test a page that has loaded no catalog
 * yet: the shared index, the cached details and the badges' batches are forgotten, the request logs emptied.
 */
export async function useMockCatalog(opts: MockOptions = {}): Promise<SetupWorker> {
  const worker = await useMockApi(opts);
  if (listening !== worker) {
    worker.events.on('request:start', ({ request }) => {
      if (request.url.includes('/thu-tuc/')) catalogRequests.push(request.url);
    });
    listening = worker;
  }
  forgetCatalogs();
  resetLevelBatchers();
  catalogRequests.length = 0;
  return worker;
}
