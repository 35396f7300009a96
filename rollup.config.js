import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import cli from './rollup.cli.config.js';

/** Every tag, each in `src/components/<name>/<name>.ts`. */
export const TAGS = ['service-level-badge', 'procedure-search', 'dossier-tracker', 'feedback-form'];

/**
 * Minifies the CSS inside Lit's css`` templates (comments and white space), which terser leaves as written.
 * Only templates without interpolations are touched.
 */
export function minifyLitCss() {
  const squeeze = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!id.includes('/src/') || !/\bcss ?`/.test(code)) return null;
      return { code: code.replace(/\bcss ?`([^`$]*)`/g, (_, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/**
 * Collapses the indentation inside Lit's html`` templates: a run of white space that contains a line break
 * becomes one space, which renders the same (HTML collapses it anyway). Templates with <pre> or <textarea>
 * content are left alone.
 */
export function minifyLitHtml() {
  return {
    name: 'minify-lit-html',
    transform(code, id) {
      if (!id.includes('/src/') || !/\bhtml ?`/.test(code)) return null;
      const out = code.replace(/\b(html|svg) ?`((?:[^`\\]|\\.)*)`/g, (whole, tag, body) =>
        /<(pre|textarea)\b/.test(body) ? whole : `${tag}\`${body.replace(/[ \t]*\n\s*/g, ' ')}\``,
      );
      return { code: out, map: null };
    },
  };
}

/**
 * For the single file: each catalog's other languages become static imports, so they sit next to the Vietnamese
 * they translate (the same keys close together compress better: about 0.4 KB gzip off the CDN file) instead of
 * at the end of the file, where inlined dynamic imports go. `() => import('./x.en.js')` in a catalog becomes
 * `() => Promise.resolve({ default: x })`; anything written otherwise is still inlined by `inlineDynamicImports`.
 */
export function languagesInline() {
  return {
    name: 'languages-inline',
    transform(code, id) {
      if (!/\/src\/i18n\/messages\/[\w-]+\.ts$/.test(id)) return null;
      const imports = [];
      const out = code.replace(/\(\) => import\('(\.\/[\w-]+\.[a-z]{2}\.js)'\)/g, (_, path) => {
        const name = `__language${imports.length}`;
        imports.push(`import ${name} from '${path}';`);
        return `() => Promise.resolve({ default: ${name} })`;
      });
      // Imports are hoisted wherever they stand: appended, they leave every line where it was for the source map.
      return imports.length ? { code: `${out}\n${imports.join('\n')}\n`, map: null } : null;
    },
  };
}

const ts = () => typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: undefined, include: ['src/**/*.ts'], noEmitOnError: true });
const isLit = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('lit-html') || id.startsWith('lit-element') || id.startsWith('@lit-labs/');
const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

export default [
  // The one file a webmaster loads: every tag, Lit inside, production build of Lit. Code a tag imports only when
  // needed (English, the tracker's QR scanner, the static catalog's search) is part of the file: it must work as
  // one uploaded file. The per-tag modules below keep it in chunks of its own.
  {
    input: 'src/index.ts',
    output: { file: 'dist/cdn/dvc-elements.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [languagesInline(), nodeResolve({ exportConditions: ['production', 'browser'] }), ts(), minifyLitCss(), minifyLitHtml(), minify()],
  },
  // For bundler users: the library entry and one module per tag, Lit left to their bundler, shared code in chunks.
  // Each catalog's English is a chunk of its own (`chunks/<name>.en-<hash>.js`), imported only when a widget
  // speaks English.
  {
    input: Object.fromEntries([['index', 'src/index.ts'], ...TAGS.map((t) => [t, `src/components/${t}/${t}.ts`])]),
    external: isLit,
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [nodeResolve({ exportConditions: ['browser'] }), ts(), minifyLitCss(), minifyLitHtml()],
  },
  // The `dvc-elements` command for Node (rollup.cli.config.js): not a browser build.
  cli,
];
