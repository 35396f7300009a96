// Builds dist/custom-elements.json from the components' JSDoc (@tagname, @summary, @csspart, @cssproperty,
// @fires/@event) and their static properties, and dist/vscode.html-custom-data.json from it, so that editors
// offer the tags and their attributes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { checkManifest } from './test/manifest/checks.js';

/**
 * Attribute values an editor and Storybook can offer (the SPEC's enumerations; the properties themselves are
 * strings). They become the attribute's type in the manifest: `'satisfaction' | 'petition'`.
 */
const VALUES = {
  kind: ['satisfaction', 'petition'],
  tier: ['province', 'commune', 'district'],
  level: ['full', 'partial', 'info', '4', '3', '2', '1'],
};

/** VS Code's HTML custom data (settings: "html.customData": ["./node_modules/dvc-elements/dist/vscode.html-custom-data.json"]). */
function vscodeCustomData(manifest) {
  const tags = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      tags.push({
        name: d.tagName,
        description: [d.summary, ...(d.events ?? []).map((e) => `Event ${e.name}: ${e.description ?? ''}`)].filter(Boolean).join('\n\n'),
        attributes: [
          ...(d.attributes ?? []).map((a) => {
            const values = VALUES[a.name]?.map((name) => ({ name }));
            return { name: a.name, description: a.description ?? '', ...(values ? { values } : {}) };
          }),
          { name: 'lang', description: 'vi or en; else the nearest ancestor\'s lang, else vi.', values: [{ name: 'vi' }, { name: 'en' }] },
        ],
      });
    }
  }
  return { version: 1.1, tags };
}

/**
 * Types as a page author writes them: an attribute is optional by nature, so `string | undefined` is `string`,
 * and an enumerated attribute is its list of values. Storybook reads these types to choose its controls.
 */
function authorTypes(decl) {
  const byField = new Map((decl.attributes ?? []).map((a) => [a.fieldName ?? a.name, a.name]));
  const retype = (item, attribute) => {
    if (!item.type?.text) return;
    const values = VALUES[attribute];
    item.type.text = values
      ? values.map((v) => `'${v}'`).join(' | ')
      : item.type.text
          .split(' | ')
          .filter((t) => t !== 'undefined' && t !== 'null')
          .join(' | ');
  };
  for (const a of decl.attributes ?? []) retype(a, a.name);
  for (const m of decl.members ?? []) if (m.kind === 'field' && byField.has(m.name)) retype(m, byField.get(m.name));
}

export default {
  globs: ['src/components/**/*.ts', 'src/base/dvc-base.ts', 'src/base/dvc-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/mocks/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // Every public event is named dvc-*; a `new CustomEvent(type)` inside a helper is not an event of its own.
      name: 'dvc-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('dvc-'));
            // The public API only: TypeScript's private and protected members are implementation.
            if (decl.members) decl.members = decl.members.filter((m) => !m.static && (!m.privacy || m.privacy === 'public'));
            authorTypes(decl);
          }
        }
        checkManifest(customElementsManifest);
        mkdirSync('dist', { recursive: true });
        writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(vscodeCustomData(customElementsManifest), null, 2));
      },
    },
  ],
};
