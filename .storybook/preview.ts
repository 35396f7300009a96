import { html } from 'lit';
import type { ArgTypes, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import manifest from '../dist/custom-elements.json';
import { createHandlers } from '../src/mocks/handlers.js';
import { clearFaults } from '../src/mocks/faults.js';
import { forgetCatalogs } from '../src/catalog/catalog-store.js';
import { resetLevelBatchers } from '../src/components/service-level-badge/level-batcher.js';
import '../src/index.js';

// Docs pages (attributes, events, parts, custom properties) come from the generated manifest.
setCustomElementsManifest(manifest);

const CHOICE = /^'[^']*'(?: \| '[^']*')*$/;
const SCALAR = /^(string|number|boolean)$/;

/**
 * Controls from the manifest's types, which Storybook reads only as names: a choice of strings
 * (`'full' | 'partial'`) becomes a select of those values, and a type no control can set (a function hook) gets
 * none. A property that mirrors an attribute of another name (`pageSize`, `page-size`) keeps its row in the
 * table but leaves the control to the attribute, so that there is one control per setting; events, parts and
 * custom properties have rows and no control.
 */
function controlsFromManifest({ argTypes, component }: { argTypes: ArgTypes; component?: unknown }): ArgTypes {
  const tag = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => 'tagName' in d && d.tagName === component);
  const mirrored = new Set(
    (tag && 'attributes' in tag ? (tag.attributes ?? []) : []).filter((a) => a.fieldName && a.fieldName !== a.name).map((a) => a.fieldName),
  );
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const type = (argType.type as { name?: unknown } | undefined)?.name;
      // Events, parts and custom properties (typed void) are documentation, not settings of the story.
      if (mirrored.has(name) || type === 'void') return [name, { ...argType, control: false }];
      if (typeof type !== 'string' || SCALAR.test(type)) return [name, argType];
      if (CHOICE.test(type)) return [name, { ...argType, type: { name: 'enum', value: type.split(' | ').map((v) => v.slice(1, -1)) } }];
      return [name, argType.table?.category === 'properties' ? { ...argType, control: false } : argType];
    }),
  ) as ArgTypes;
}

// The mock API answers every story; a story's `parameters.msw` handlers override it for that story.
initialize({ onUnhandledRequest: 'bypass', quiet: true }, createHandlers({ latency: 400 }));

const preview: Preview = {
  loaders: [mswLoader],
  // Every story starts as on a fresh page: a healthy API (fault stories set theirs in `beforeEach`), and no level
  // or catalog a previous story fetched, or is still fetching (a story about loading leaves its request open).
  beforeEach: () => {
    clearFaults();
    resetLevelBatchers();
    forgetCatalogs();
  },
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
  argTypesEnhancers: [controlsFromManifest],
};
export default preview;
