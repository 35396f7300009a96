// Test-server side of the embedding tests: starts the mock provincial API on its own origin (real CORS), and
// serves the embedding pages as a webmaster's server would: with the API address filled in, the strict
// Content-Security-Policy on csp.html, and a second "version" of the bundle for the version-clash page.
import { readFileSync } from 'node:fs';
import { startMockApiServer } from '../../demo/mock-api-server.js';

export function embeddingServer() {
  let api;
  return {
    name: 'dvc-embedding-server',
    async serverStart() {
      api = await startMockApiServer();
    },
    async serverStop() {
      await api?.close();
    },
    serve(context) {
      if (context.path === '/__dvc-other-version/dvc-elements.js') {
        // The same bundle claiming another version: what a page gets when two sites' snippets disagree.
        const code = readFileSync('dist/cdn/dvc-elements.js', 'utf8');
        const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
        return { body: code.replaceAll(`"${version}"`, '"0.0.9-other"'), type: 'js' };
      }
      if (context.path === '/__dvc-api-base') return { body: api.url, type: 'text' };
      return undefined;
    },
    transform(context) {
      if (!context.path.startsWith('/test/embedding/pages/') || !context.path.endsWith('.html')) return undefined;
      const body = context.body.replaceAll('%API_BASE%', api.url);
      if (context.path.endsWith('/csp.html')) {
        const apiOrigin = new URL(api.url).origin;
        return {
          body,
          headers: {
            'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${apiOrigin}`,
          },
        };
      }
      return { body };
    },
  };
}
