// Builds dist/custom-elements.json from the components' JSDoc (@csspart, @cssproperty, @event, @summary).
export default {
  globs: ['src/components/**/*.ts', 'src/base/dvc-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/mocks/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
