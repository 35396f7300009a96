// The demo's static catalog: built when the demo starts by the real command (`dvc-elements catalog`) from the
// mock API, exactly as a province builds the folder it publishes on any web server or CDN. The page that uses it
// (demo/xa-binh-son.html) then searches in the browser and talks to no API at all.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startMockApiServer } from './mock-api-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = `${root}dist/cli/dvc-elements.js`;

/** Where the demo server publishes the folder, and where the page's <meta name="dvc-catalog"> points. */
export const DEMO_CATALOG_URL = '/dist/demo/thu-tuc/';
/** The folder on disk behind that address (inside dist/, made again by every build). */
export const DEMO_CATALOG_DIR = `${root}dist/demo/thu-tuc`;

/**
 * Runs `dvc-elements catalog --api <mock API> --out <dir>` against a mock API of its own (no artificial latency,
 * so it takes about a second), and resolves once the folder is in place.
 */
export async function buildDemoCatalog(outDir = DEMO_CATALOG_DIR) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm start\` does).`);
  const api = await startMockApiServer();
  try {
    await promisify(execFile)(process.execPath, [CLI, 'catalog', '--api', api.url, '--out', outDir]);
  } finally {
    await api.close();
  }
  return outDir;
}
