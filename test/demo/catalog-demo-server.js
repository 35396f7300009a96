// Test-server side of the demo page for a commune with no API: before the tests, the real `dvc-elements catalog`
// command builds the demo's catalog folder from the mock API (demo/catalog-folder.js, as `npm start` does); the
// test server then serves it as static files, like any web server a province publishes it on.
import { buildDemoCatalog } from '../../demo/catalog-folder.js';

export function catalogDemoServer() {
  return {
    name: 'dvc-catalog-demo',
    async serverStart() {
      await buildDemoCatalog();
    },
  };
}
