import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';

const require = createRequire(import.meta.url);
// MSW's service worker must be served from the root of the preview, in dev and in the static build.
const mswWorker = () => readFileSync(require.resolve('msw/mockServiceWorker.js'));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    config.plugins ??= [];
    config.plugins.push({
      name: 'dvc-msw-worker',
      configureServer(server) {
        server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(mswWorker());
        });
      },
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: mswWorker() });
      },
    });
    return config;
  },
};
export default config;
