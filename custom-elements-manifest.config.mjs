// Builds dist/custom-elements.json from the components' JSDoc (@tagname, @summary, @csspart, @cssproperty,
// @fires/@event) and their static properties.
export default {
  globs: ['src/components/**/*.ts', 'src/base/dvc-element.ts'],
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
          }
        }
      },
    },
  ],
};
