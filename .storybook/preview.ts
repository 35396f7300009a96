import { html } from 'lit';
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import manifest from '../dist/custom-elements.json';
import { createHandlers } from '../src/mocks/handlers.js';
import { clearFaults } from '../src/mocks/faults.js';
import '../src/index.js';

// Docs pages (attributes, events, parts, custom properties) come from the generated manifest.
setCustomElementsManifest(manifest);

// The mock API answers every story; a story's `parameters.msw` handlers override it for that story.
initialize({ onUnhandledRequest: 'bypass', quiet: true }, createHandlers({ latency: 400 }));

const preview: Preview = {
  loaders: [mswLoader],
  // Every story starts with a healthy API; fault stories set theirs in `beforeEach`.
  beforeEach: () => clearFaults(),
  parameters: {
    controls: { expanded: true },
    // Each story of a Docs page in its own frame: a fault story's failing API must not reach its neighbours.
    docs: { source: { type: 'dynamic', language: 'html' }, story: { inline: false, height: '420px' } },
    layout: 'padded',
  },
  globalTypes: {
    locale: {
      description: 'Widget language',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi' },
  // The language switch sets `lang` on a container, as a page would; a story's own `lang` still wins.
  decorators: [(story, { globals }) => html`<div lang=${globals.locale ?? 'vi'}>${story()}</div>`],
  tags: ['autodocs'],
};
export default preview;
