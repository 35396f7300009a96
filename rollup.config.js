import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import tsc from 'typescript';
import typescript from '@rollup/plugin-typescript';
import { resolve } from 'node:path';
import { CDN_FILE_NAME, CDN_PARTS, buildFlags, cdnChunks, cdnMap, loaderFiles, partChunk, privateNames, wholeMap } from './rollup.cdn.js';
import cli from './rollup.cli.config.js';

/** Every tag, each in `src/components/<name>/<name>.ts`. */
export const TAGS = ['service-level-badge', 'procedure-search', 'dossier-tracker', 'feedback-form'];

/**
 * In a whole file's build (`main`, its name): how the search's results look (src/components/procedure-search/results.ts),
 * a part fetched with its first search, in one file (rollup.cdn.js `partChunk`). The per-tag chunks leave it to
 * rollup: there it shares the level pill with the badge's chunk.
 */
const resultsChunk = (main) => partChunk(resolve('src/components/procedure-search/results.ts'), 'results', '/src/components/procedure-search/', main);

/**
 * The whole files whose function declarations terser hoists to the top of their scope, as in the single file:
 * measured per file (gzip -9), it makes the badge's 0.04 KB lighter and every other whole file heavier.
 */
const HOIST_FUNS = ['only-badge'];

/** The whole files (see the CDN builds below): the all-tags file, and one for each tag alone, named by its noun. */
const WHOLE_FILES = [
  { name: 'all', input: 'src/loader/all-tags.ts' },
  ...TAGS.map((t) => ({ name: `only-${t.split('-').at(-1)}`, input: `src/components/${t}/${t}.ts`, defines: [`dvc-${t}`] })),
];

/**
 * Minifies the CSS inside Lit's css`` templates (comments, white space, numbers' leading zeros), which terser leaves
 * as written.
 * Only templates without interpolations are touched.
 */
export function minifyLitCss() {
  const squeeze = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/\s+!important/g, '!important')
      // 0.6em is .6em: a number's leading zero (after a colon, a space, a bracket or a comma; not in 10.5 or -0.5).
      .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
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
 * Collapses the indentation inside Lit's html`` and svg`` templates: a run of white space that contains a line
 * break becomes one space, which renders the same (HTML collapses it anyway). Templates with content inside a
 * <pre> or <textarea> are left alone (an empty one, its value bound, as the form's message field is, is not). The
 * templates are found in the module's syntax tree, so the text on both sides of a template nested in another
 * (`${cond ? html`…` : nothing}`) is collapsed too.
 */
export function minifyLitHtml() {
  const collapse = (text) => text.replace(/[ \t]*\n\s*/g, ' ');
  return {
    name: 'minify-lit-html',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg) ?`/.test(code)) return null;
      const file = tsc.createSourceFile(id, code, tsc.ScriptTarget.Latest, false, tsc.ScriptKind.JS);
      const edits = [];
      const visit = (node) => {
        if (tsc.isTaggedTemplateExpression(node) && tsc.isIdentifier(node.tag) && ['html', 'svg'].includes(node.tag.text)) {
          const t = node.template;
          // Each literal part's text, between its delimiters (` or } before, ` or ${ after).
          const parts = tsc.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((span) => span.literal)];
          const ranges = parts.map((part) => {
            const start = part.getStart(file) + 1;
            const end = part.end - (part.kind === tsc.SyntaxKind.TemplateHead || part.kind === tsc.SyntaxKind.TemplateMiddle ? 2 : 1);
            return [start, end];
          });
          // The template's text, a binding standing for each expression: white space inside an element that keeps it
          // is content; a <textarea ...></textarea> closed at once has none.
          const text = ranges.map(([a, b]) => code.slice(a, b)).join('\0');
          if (!/<(pre|textarea)\b[^>]*>(?!<\/\1>)/.test(text)) edits.push(...ranges);
        }
        tsc.forEachChild(node, visit);
      };
      visit(file);
      if (!edits.length) return null;
      let out = code;
      for (const [a, b] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + collapse(out.slice(a, b)) + out.slice(b);
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

/**
 * For the single file: the parts a widget fetches on first need through `lazyModule` (the dossier view, the form's
 * sending code, the badge's agency figures, the URL writing) become static imports, so each sits by the code that
 * uses it (related code together compresses better: about 0.2 KB gzip off the single file) instead of at the end
 * of the file, where inlined dynamic imports go. `() => import('./x.js')` becomes `() => Promise.resolve(x)`, `x`
 * the module's namespace. Other dynamic imports are left to `inlineDynamicImports` (the QR scanner's, which a
 * build flag keeps out of this file, must stay dynamic so that its styles do not come in).
 */
export function partsInline() {
  return {
    name: 'parts-inline',
    transform(code, id) {
      if (!id.includes('/src/') || /\/src\/i18n\/messages\//.test(id)) return null;
      const imports = [];
      const out = code.replace(/\(\) => import\('(\.{1,2}\/[\w./-]+\.js)'\)/g, (_, path) => {
        const name = `__part${imports.length}`;
        imports.push(`import * as ${name} from '${path}';`);
        return `() => Promise.resolve(${name})`;
      });
      return imports.length ? { code: `${out}\n${imports.join('\n')}\n`, map: null } : null;
    },
  };
}

/** TypeScript; `{ shortPrivateNames: true }` for the CDN files, whose private members get short names (rollup.cdn.js). */
const ts = ({ shortPrivateNames = false } = {}) =>
  typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    declarationDir: undefined,
    outDir: undefined,
    include: ['src/**/*.ts'],
    noEmitOnError: true,
    ...(shortPrivateNames ? { transformers: privateNames(tsc) } : {}),
  });
const isLit = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('lit-html') || id.startsWith('lit-element') || id.startsWith('@lit-labs/');
// `pure_getters`: reading a property has no side effect in our code or Lit's (no read kept only to force a layout),
// so terser may drop or move reads whose value is unused; `unsafe_arrows`/`unsafe_methods`: no function expression
// or object method of ours is called with `new`; `keep_fargs: false`: unused trailing parameters go, since nothing of
// ours or Lit's reads a function's `length`. A third pass made the single file larger (measured). `compress`
// adds options for one build.
const minify = (compress = {}) =>
  terser({ ecma: 2022, module: true, compress: { passes: 2, keep_fargs: false, pure_getters: true, unsafe_arrows: true, unsafe_methods: true, ...compress }, format: { comments: false } });

export default [
  // The CDN folder, dist/cdn/. The loader's chunks first: each tag an input, Lit inside (its production build),
  // shared code in chunks of its own, English and the parts loaded on use (the static catalog's search, the QR
  // scanner) in theirs. Their map (rollup.cdn.js) is what the loader, built next, reads.
  {
    input: Object.fromEntries(TAGS.map((t) => [t, `src/components/${t}/${t}.ts`])),
    preserveEntrySignatures: false,
    output: {
      dir: CDN_PARTS,
      format: 'es',
      sourcemap: true,
      entryFileNames: CDN_FILE_NAME,
      chunkFileNames: CDN_FILE_NAME,
      manualChunks: cdnChunks(TAGS.map((t) => resolve(`src/components/${t}/${t}.ts`))),
      // The loader asks for every chunk a tag needs at once: a chunk need not name what its imports import.
      hoistTransitiveImports: false,
    },
    plugins: [buildFlags({ BUILD: 'loader' }), nodeResolve({ exportConditions: ['production', 'browser'] }), ts({ shortPrivateNames: true }), minifyLitCss(), minifyLitHtml(), minify(), cdnMap()],
  },
  // The whole files beside them (rollup.cdn.js, `wholeMap`): everything some tags need at start in one file,
  // their English and the parts needed only sometimes in files of their own, for the loader to take on a page that
  // starts with those tags, as the build measures them lighter: `all.js` (src/loader/all-tags.ts) for
  // several kinds, `only-<tag>.js` for one. Each is a build of its own, prefixed, into the same folder.
  ...WHOLE_FILES.map(({ name, input, defines }) => ({
    input: { [name]: input },
    preserveEntrySignatures: false,
    output: { dir: CDN_PARTS, format: 'es', sourcemap: true, entryFileNames: CDN_FILE_NAME, chunkFileNames: `${name}-${CDN_FILE_NAME}`, hoistTransitiveImports: false, manualChunks: resultsChunk(name) },
    plugins: [buildFlags({ BUILD: 'loader' }), nodeResolve({ exportConditions: ['production', 'browser'] }), ts({ shortPrivateNames: true }), minifyLitCss(), minifyLitHtml(), minify(HOIST_FUNS.includes(name) ? { hoist_funs: true } : {}), wholeMap({ name, defines })],
  })),
  // dist/cdn/dvc-elements.js, the script tag webmasters paste: the loader (src/loader/).
  {
    input: 'src/loader/loader.ts',
    output: { file: 'dist/cdn/dvc-elements.js', format: 'es', sourcemap: true },
    plugins: [loaderFiles(), nodeResolve({ exportConditions: ['production', 'browser'] }), ts({ shortPrivateNames: true }), minify()],
  },
  // dist/cdn/dvc-elements.bundle.js, the single file for webmasters who can upload only one: every tag, both
  // languages, Lit inside. What a tag otherwise imports only when needed (English, the static catalog's search) is
  // part of the file; the QR scanner is left out (src/base/build.ts). Its function declarations are hoisted to the
  // top of their scope: in one file that puts like code together (0.04 KB gzip less); the loader's chunks grew by
  // as much with it (measured), so they keep terser's default.
  {
    input: 'src/loader/bundle.ts',
    output: { file: 'dist/cdn/dvc-elements.bundle.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [buildFlags({ BUILD: 'bundle', QR_SCANNER: false }), languagesInline(), partsInline(), nodeResolve({ exportConditions: ['production', 'browser'] }), ts({ shortPrivateNames: true }), minifyLitCss(), minifyLitHtml(), minify({ hoist_funs: true })],
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
