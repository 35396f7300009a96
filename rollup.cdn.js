// What the CDN builds need besides the plugins every build uses (rollup.config.js): the build flags of
// src/base/build.ts, and the map of dist/cdn/ that the loader reads (src/loader/files.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where the map of dist/cdn/ is written for the loader's build, the size check and the tests. */
export const CDN_MAP = 'dist/cdn-files.json';

/**
 * Where the loader finds its files: beside it, in one folder named by a hash of them all, `dist/cdn/<hash>/`, each
 * named after what it holds (`core.js`, `only-badge.js`, `dossier-view.en.js`). One hash for the whole release,
 * written once into the loader, rather than one per file name: a hash is the part of a name that does not compress,
 * and the loader, which every page downloads, names some sixty files (0.37 KB less on every page). A new release is
 * a new folder: the files of the one before stay where pages that still hold the older loader look for them, and a
 * half-finished upload cannot mix the two. The CDN builds write into CDN_PARTS; the loader's build, the last of
 * them, names and moves that folder (`loaderFiles`).
 */
export const CDN_PARTS = 'dist/cdn/parts';
export const CDN_FILE_NAME = '[name].js';

/**
 * Gives src/base/build.ts this build's values (`{ BUILD: 'bundle', QR_SCANNER: false }`), as plain constants so
 * that rollup drops the code a build leaves out.
 */
export function buildFlags(values) {
  return {
    name: 'dvc-build-flags',
    transform(code, id) {
      if (!id.endsWith('/src/base/build.ts')) return null;
      let out = code;
      for (const [name, value] of Object.entries(values)) {
        const declaration = new RegExp(`(export const ${name}\\b[^=]*=)[^;]+;`);
        if (!declaration.test(out)) this.error(`src/base/build.ts declares no ${name}`);
        out = out.replace(declaration, `$1 ${JSON.stringify(value)};`);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * How many of the four tags must share a module for it to join Lit in the core chunk. Measured (gzip -9, all
 * JavaScript of a page in Vietnamese, loader included), against rollup's own chunking (one chunk per set of tags
 * sharing code: 9 files for all four tags): 3 makes the badge-only page 0.1 KB lighter, search 0.4 KB, the tracker
 * 0.45 KB and all four 0.5 KB (fewer, larger files compress better and need fewer requests), for 0.85 KB more on
 * a page with only the form (the dates and the task controller it does not use). 2 would also move the URL state in: the
 * badge-only page 0.6 KB heavier for 0.25 KB less on all four.
 */
const CORE_SHARED_BY = 3;

/**
 * In rollup's module graph (`getModuleInfo`): the modules reached from the ids `from`, following from each module
 * the ids `follow(info)` gives (its static imports, or its dynamic ones too).
 */
const reachIn = (getModuleInfo) => (from, follow) => {
  const seen = new Set();
  const visit = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    const info = getModuleInfo(id);
    if (info) follow(info).forEach(visit);
  };
  from.forEach(visit);
  return seen;
};

/**
 * The chunking of the loader's files: the core chunk (Lit and what most tags share, see CORE_SHARED_BY), each tag's
 * own chunk (with what only it uses), English one chunk per catalog, and the parts loaded on use. What an English
 * chunk needs goes to the core too, never into a tag's chunk: after a failed load, the loader asks for a tag's
 * chunk under a new address (src/loader/loader.ts), and English that imported it by its name would still find it
 * failed in Firefox (the widget would stay in Vietnamese). `entries`: the tags' modules, absolute paths.
 */
export function cdnChunks(entries) {
  let core;
  const coreModules = (getModuleInfo) => {
    const reach = reachIn(getModuleInfo);
    const staticImports = (info) => info.importedIds;
    const byTag = entries.map((entry) => reach([entry], staticImports));
    const all = new Set(byTag.flatMap((s) => [...s]));
    const english = [...all].flatMap((id) => getModuleInfo(id).dynamicallyImportedIds).filter((id) => /\.en\.ts$/.test(id));
    const neededByEnglish = new Set([...reach(english, staticImports)].filter((id) => !english.includes(id)));
    return new Set(
      [...all].filter((id) => {
        if (/\/src\/components\//.test(id)) return false; // a tag's code stays its own, also when another tag shows it
        const tags = byTag.filter((s) => s.has(id)).length;
        return tags >= CORE_SHARED_BY || (tags > 0 && neededByEnglish.has(id));
      }),
    );
  };
  return (id, { getModuleInfo }) => {
    core ??= coreModules(getModuleInfo);
    return core.has(id) ? 'core' : undefined;
  };
}

/**
 * For a whole file's build: keeps a part that a tag fetches on use in one file, so that it arrives in one round
 * trip. `part` (an absolute path) and what only it needs, with what the tag's other parts share with it (the
 * search's results and its catalog search share the text folding), go into a chunk named `name`; `main` names the
 * whole file, which keeps everything the entry imports. Left out of the part: what another tag's code may use (in
 * the all-tags file, the badge's catalog search uses the folding too), so that no other tag downloads the part;
 * such a module gets a chunk of its own, by its file's name (rollup would otherwise put it in the part, since a
 * manual chunk takes in what it imports that no chunk holds). For `manualChunks`; `owner`, the tag's own folder
 * (`/src/components/<tag>/`).
 */
export function partChunk(part, name, owner, main) {
  let chunkOf;
  const assign = (getModuleInfo, getModuleIds) => {
    const out = new Map();
    const ids = [...getModuleIds()];
    if (!ids.includes(part)) return out;
    const reach = reachIn(getModuleInfo);
    const staticOnly = (info) => info.importedIds;
    const any = (info) => [...info.importedIds, ...info.dynamicallyImportedIds];
    const atStart = reach(ids.filter((id) => getModuleInfo(id).isEntry), staticOnly);
    const otherTags = reach(
      ids.filter((id) => /\/src\/components\/([\w-]+)\/\1\.ts$/.test(id) && !id.includes(owner)),
      any,
    );
    for (const id of atStart) out.set(id, main);
    for (const id of reach([part], staticOnly)) {
      if (!atStart.has(id)) out.set(id, otherTags.has(id) ? id.replace(/^.*\/|\.[jt]s$/g, '') : name);
    }
    return out;
  };
  return (id, { getModuleInfo, getModuleIds }) => (chunkOf ??= assign(getModuleInfo, getModuleIds)).get(id);
}

const holds = (path) => (chunk) => chunk.moduleIds.some((id) => id.endsWith(path));
const isEnglish = (chunk) => chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => /\.en\.ts$/.test(id));

/**
 * The parts of a tag that its code imports dynamically but that the loader fetches in the same round as that code
 * when the widget will need them at once (src/loader/loader.ts, `AT_START`, says when, under the same names), each
 * told by a module its chunk holds. Without the condition, the widget fetches the part itself when it needs it.
 */
export const START_UP_EXTRAS = {
  /** English, for a widget whose language is `en`. */
  en: isEnglish,
  /** The static catalog's code, for a widget that reads a catalog. */
  catalog: (chunk) => chunk.moduleIds.some((id) => id.includes('/src/catalog/')),
  /** The page URL's side of a widget with `url-state`: writing it (the tracker), the search's reading it too. */
  urlState: (chunk) => holds('/src/base/url-history.ts')(chunk) || holds('/src/components/procedure-search/search-url.ts')(chunk),
  /** The tracker's dossier view, for a tracker that looks a dossier up at once (a `code`, or one in the page URL). */
  dossierView: holds('/src/components/dossier-tracker/dossier-view.ts'),
  /** The badge's view of an agency's figures, for a badge that shows them (`agency`). */
  agencyFigures: holds('/src/components/service-level-badge/agency-figures.ts'),
  /** How the search's results look, for a search that searches at once (`query`, a preset, a search in the URL). */
  results: holds('/src/components/procedure-search/results.ts'),
};
const EXTRAS = Object.entries(START_UP_EXTRAS);

/**
 * What a tag has when a part is fetched on use: its code, and its results' code (a procedure's details open from a
 * result), so that what the details share with the results counts with the results.
 */
const afterResults = (has, extras) => new Set([...has, ...extras.results]);

/**
 * Rollup's output graph: `closure(names, without)`, chunks with their static imports followed (without those in
 * `without`); `dynamicOf(names)`, what they import dynamically; `partOf(chunk, has, en)`, a part fetched on use
 * (`{ js, en }`: its chunks, and its English, without what the tag `has` already or its English `en` brings);
 * `startUpImports(js)`, what a tag's chunks `js` may fetch at start (see there).
 */
const graphOf = (bundle) => {
  const chunks = new Map(Object.values(bundle).filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const closure = (names, without = new Set()) => {
    const out = new Set();
    const visit = (name) => {
      if (out.has(name) || without.has(name)) return;
      out.add(name);
      chunks.get(name).imports.forEach(visit);
    };
    names.forEach(visit);
    return [...out];
  };
  const dynamicOf = (names) => [...new Set(names.flatMap((n) => chunks.get(n).dynamicImports))];
  // What `js` imports dynamically, and what those parts import so in turn that the loader may fetch with them: the
  // English of the parts (the dossier view's words, a procedure's details'), so that an English page fetches all
  // its words with the tag's own English, as it would if those views were part of the tag, rather than one round
  // trip after the part when a citizen opens it; and a start-up extra's own next part (the search's side of the
  // page URL imports the writing of it), so that the loader asks for both at once.
  const startUpImports = (js) => {
    const dynamic = dynamicOf(js).filter((n) => !js.includes(n));
    const parts = dynamic.filter((n) => !isEnglish(chunks.get(n)));
    const next = dynamicOf(closure(parts, new Set(js))).filter((n) => EXTRAS.some(([, is]) => is(chunks.get(n))));
    return [...new Set([...dynamic, ...next])];
  };
  const partOf = (chunk, has, en) => {
    const js = closure([chunk], has);
    return { js, en: closure(dynamicOf(js).filter((n) => isEnglish(chunks.get(n))), new Set([...has, ...en, ...js])) };
  };
  return { chunks, closure, dynamicOf, partOf, startUpImports };
};

/**
 * For the build of the loader's chunks: empties dist/cdn/ first (each build's chunks have new names), then writes
 * CDN_MAP from rollup's output graph. For each tag (each input is one, named after its folder):
 * - `js`: its own chunk first, then every chunk it imports, followed transitively;
 * - one list per START_UP_EXTRAS (`en`, `catalog`, `urlState`, `dossierView`): the chunks of that part its code
 *   imports dynamically, with what they import and the tag does not (empty where the tag has no such part);
 * - `onUse`: the other dynamic imports, each fetched by the widget when first used (the tracker's QR scanner when
 *   its button is pressed, the form's sending code), by the name of its chunk: `{ js, en }`, its chunks and their
 *   English.
 */
export function cdnMap() {
  return {
    name: 'dvc-cdn-map',
    generateBundle(options, bundle) {
      // The whole folder: each build's files go into a folder of their own (CDN_PARTS).
      rmSync(dirname(options.dir), { recursive: true, force: true });
      const { chunks, closure, partOf, startUpImports } = graphOf(bundle);
      const tags = {};
      for (const entry of [...chunks.values()].filter((c) => c.isEntry)) {
        const js = closure([entry.fileName]);
        const has = new Set(js);
        const dynamic = startUpImports(js);
        const extras = Object.fromEntries(EXTRAS.map(([name, is]) => [name, closure(dynamic.filter((n) => is(chunks.get(n))), has)]));
        const onUse = {};
        for (const part of dynamic.filter((n) => !EXTRAS.some(([, is]) => is(chunks.get(n))))) {
          onUse[chunks.get(part).name] = partOf(part, afterResults(has, extras), extras.en);
        }
        tags[`dvc-${entry.name}`] = { js, ...extras, onUse };
      }
      const files = [...chunks.keys()].sort();
      mkdirSync(dirname(CDN_MAP), { recursive: true });
      // `whole`: the whole files' builds, which come next, add theirs (wholeMap).
      writeFileSync(CDN_MAP, `${JSON.stringify({ loader: 'dvc-elements.js', bundle: 'dvc-elements.bundle.js', files, tags, whole: [] }, null, 2)}\n`);
    },
  };
}

/** The bits of a set of tags, in the order of CDN_MAP's `tags` (the loader's too): bit i for the i-th tag. */
export const tagBits = (map, tags) => Object.keys(map.tags).reduce((bits, tag, i) => (tags.includes(tag) ? bits | (1 << i) : bits), 0);

/**
 * For the build of a whole file, after the per-tag chunks: one file with everything some tags need at start, Lit
 * and the shared code included (the all-tags file, src/loader/all-tags.ts, for every tag; a tag's own module for
 * that tag alone), its English and the parts needed only sometimes in files of their own beside it. Appends to
 * CDN_MAP's `whole`: `{ name, tags, for }`, where
 * - `tags`: per tag it defines, the same lists as CDN_MAP's `tags` (`js`, and the start-up extras) with this
 *   build's files: `js` is the whole file; each extra holds the chunks of the parts the per-tag chunks have under
 *   that name for that tag (by chunk name: `badge.en`, `catalog-api`, …), and `onUse` its parts fetched on use;
 * - `for`: the sets of those tags (`tagBits`) for which it is lighter than the tags' own chunks (gzip -9, a page
 *   in Vietnamese), so that the loader takes it for a page that starts with such a set.
 * `defines`: the tags it defines, all of them if not given.
 */
export function wholeMap({ name, defines }) {
  const stem = (file) => file.replace(/\.js$/, '');
  let map;
  return {
    name: 'dvc-whole-map',
    generateBundle(options, bundle) {
      map = JSON.parse(readFileSync(CDN_MAP, 'utf8'));
      const { chunks, closure, partOf, startUpImports } = graphOf(bundle);
      const entry = [...chunks.values()].find((c) => c.isEntry);
      const js = closure([entry.fileName]);
      const has = new Set(js);
      const dynamic = startUpImports(js);
      const tags = {};
      for (const tag of defines ?? Object.keys(map.tags)) {
        const own = map.tags[tag];
        const extras = Object.fromEntries(
          EXTRAS.map(([extra, is]) => {
            const names = new Set(own[extra].map(stem));
            return [extra, closure(dynamic.filter((n) => is(chunks.get(n)) && names.has(chunks.get(n).name)), has)];
          }),
        );
        const onUse = {};
        for (const part of Object.keys(own.onUse)) {
          const chunk = dynamic.find((n) => chunks.get(n).name === part);
          if (chunk) onUse[part] = partOf(chunk, afterResults(has, extras), extras.en);
        }
        tags[tag] = { js, ...extras, onUse };
      }
      map.whole.push({ name, tags, for: [] });
      map.files = [...new Set([...map.files, ...chunks.keys()])].sort();
    },
    writeBundle(options) {
      // Measured on the files written: the per-tag chunks (the first build) and this build's.
      const gzip = (file) => gzipSync(readFileSync(`${options.dir}/${file}`), { level: 9 }).length;
      const weigh = (lists) => [...new Set(lists.flat())].reduce((sum, f) => sum + gzip(f), 0);
      const whole = map.whole.at(-1);
      for (let bits = 1; bits < 1 << Object.keys(map.tags).length; bits++) {
        const set = Object.keys(map.tags).filter((_, i) => bits & (1 << i));
        if (!set.every((t) => whole.tags[t])) continue;
        if (weigh(set.map((t) => whole.tags[t].js)) < weigh(set.map((t) => map.tags[t].js))) whole.for.push(bits);
      }
      writeFileSync(CDN_MAP, `${JSON.stringify(map, null, 2)}\n`);
    },
  };
}

/**
 * Names the folder of the CDN builds' files after a hash of them all, moves it to `dist/cdn/<hash>/`, and writes
 * CDN_MAP's file names as paths from dist/cdn/ (`<hash>/core.js`), with the folder's name as `dir`. Done once,
 * when the loader's build starts; a second loader build finds the map done.
 */
function nameParts() {
  const map = JSON.parse(readFileSync(CDN_MAP, 'utf8'));
  if (map.dir || !existsSync(CDN_PARTS)) return map;
  const hash = createHash('sha256');
  for (const file of readdirSync(CDN_PARTS).sort()) hash.update(`${file}\0`).update(readFileSync(join(CDN_PARTS, file)));
  const dir = hash.digest('base64url').slice(0, 8);
  rmSync(`dist/cdn/${dir}`, { recursive: true, force: true });
  renameSync(CDN_PARTS, `dist/cdn/${dir}`);
  // Every file name in the lists (a whole file's `name` and `for` are not file names).
  const inDir = (value) => {
    if (typeof value === 'string') return `${dir}/${value}`;
    if (Array.isArray(value)) return value.map(inDir);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'for' || k === 'name' ? v : inDir(v)]));
  };
  const named = { ...map, dir, files: inDir(map.files), tags: inDir(map.tags), whole: inDir(map.whole) };
  writeFileSync(CDN_MAP, `${JSON.stringify(named, null, 2)}\n`);
  return named;
}

/**
 * The loader's file names as one string: each name without `.js`, space-separated; first the per-tag chunks, then
 * per whole file (`wholes`, the names of their builds) a group after a `|`, its file first, then its own files
 * (`<whole>-<chunk>.js`) without the `<whole>-`. The loader's map (loaderFiles) reads them back.
 */
function shortNames(files, wholes) {
  const stem = (file) => file.replace(/\.js$/, '');
  const family = (file) => wholes.find((w) => stem(file) === w || file.startsWith(`${w}-`));
  const groups = [files.filter((f) => !family(f))];
  for (const w of wholes) {
    const own = files.filter((f) => family(f) === w);
    if (own.length) groups.push([`${w}.js`, ...own.filter((f) => stem(f) !== w)]);
  }
  const text = groups.map((g, i) => g.map((f, j) => (i && j ? stem(f).slice(stem(g[0]).length + 1) : stem(f))).join(' ')).join('|');
  return { files: groups.flat(), text };
}

/**
 * For the loader's build: names the folder of its files (`nameParts`), then gives src/loader/files.ts as CDN_MAP
 * says, files named by index (the loader's bytes count).
 */
export function loaderFiles() {
  let map;
  return {
    name: 'dvc-loader-files',
    buildStart() {
      map = nameParts();
    },
    load(id) {
      if (!id.endsWith('/src/loader/files.ts')) return null;
      const names = Object.keys(START_UP_EXTRAS);
      const lists = (tags) => Object.values(tags).flatMap((t) => [t.js, ...names.map((n) => t[n])].flat());
      const short = shortNames(
        [...new Set([...lists(map.tags), ...map.whole.flatMap((w) => lists(w.tags))])].map((f) => f.slice(map.dir.length + 1)),
        map.whole.map((w) => w.name),
      );
      const files = short.files.map((f) => `${map.dir}/${f}`);
      const index = (list) => list.map((n) => files.indexOf(n));
      // Per tag: its code, and only the start-up extras it has, by name.
      const tagFiles = (tags) =>
        Object.fromEntries(
          Object.entries(tags).map(([tag, t]) => [tag, [index(t.js), Object.fromEntries(names.filter((n) => t[n].length).map((n) => [n, index(t[n])]))]]),
        );
      this.addWatchFile(CDN_MAP);
      return [
        `export const DIR = ${JSON.stringify(`${map.dir}/`)};`,
        // The names, written short (they are most of this module): without `.js`, and a whole file's own files
        // (`only-search-results.js`) after it without its name, in groups split by `|`.
        `export const FILES = ${JSON.stringify(short.text)}`,
        `  .split('|').flatMap((group, i) => group.split(' ').map((name, j, [whole]) => (i && j ? \`\${whole}-\${name}\` : name) + '.js'));`,
        `export const TAG_FILES = ${JSON.stringify(tagFiles(map.tags))};`,
        // Only the whole files taken for some set of tags.
        `export const WHOLE_FILES = ${JSON.stringify(map.whole.filter((w) => w.for.length).map((w) => [w.for, tagFiles(w.tags)]))};`,
        '',
      ].join('\n');
    },
  };
}

/**
 * Shortens the names of private class members (`private` in TypeScript) to `$0`, `$1`, …: terser leaves property
 * names alone, and long names repeated through a widget's code cost bytes every page downloads. Only members the
 * type checker shows to be private are renamed, everywhere they are used. Names are counted per class chain, not
 * over the whole program: a class's private members are numbered after those of the classes it extends (within
 * src/), so no two members of one object meet under one name, while unrelated classes (a widget, its tasks) reuse
 * the same few short names, which keeps them one character after the `$` (64 of them: digits, letters, `_`, `$`)
 * and repeats them for gzip. Nothing in Lit or the DOM starts with `$`. Left alone: Lit's reactive properties (the
 * keys of a `static properties`, which Lit reads by name, also private ones) and private constructor parameters.
 * A property reached through a union of classes that number it differently fails the build rather than guess.
 *
 * `tsc` is the TypeScript module; the result goes to @rollup/plugin-typescript's `transformers`.
 */
export function privateNames(tsc) {
  return (program) => {
    const checker = program.getTypeChecker();
    const fromSource = (node) => /\/src\//.test(node.getSourceFile().fileName);
    const reactive = new Set();
    for (const file of program.getSourceFiles()) {
      if (file.isDeclarationFile || !/\/src\//.test(file.fileName)) continue;
      const visit = (node) => {
        if (
          tsc.isPropertyDeclaration(node) &&
          tsc.isIdentifier(node.name) &&
          node.name.text === 'properties' &&
          node.initializer &&
          tsc.isObjectLiteralExpression(node.initializer)
        ) {
          for (const p of node.initializer.properties) if (p.name && (tsc.isIdentifier(p.name) || tsc.isStringLiteral(p.name))) reactive.add(p.name.text);
        }
        tsc.forEachChild(node, visit);
      };
      visit(file);
    }
    const isPrivate = (symbol) =>
      !!symbol?.declarations?.length &&
      symbol.declarations.every((d) => (tsc.getCombinedModifierFlags(d) & tsc.ModifierFlags.Private) !== 0 && !tsc.isParameter(d) && fromSource(d));
    const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
    const nameAt = (i) => `$${i >= ALPHABET.length ? ALPHABET[Math.floor(i / ALPHABET.length) - 1] : ''}${ALPHABET[i % ALPHABET.length]}`;
    // Per class declaration: the texts of its own renamed members, in order (a getter and its setter are one).
    const ownNames = new Map();
    const namesOf = (cls) => {
      if (!ownNames.has(cls)) {
        const names = [];
        for (const member of cls.members) {
          if (!member.name || !tsc.isIdentifier(member.name) || reactive.has(member.name.text)) continue;
          if (!isPrivate(checker.getSymbolAtLocation(member.name))) continue;
          if (!names.includes(member.name.text)) names.push(member.name.text);
        }
        ownNames.set(cls, names);
      }
      return ownNames.get(cls);
    };
    // The class declaration a class extends, if it is one of ours. Only a class named in its `extends` is followed:
    // a mixin's call would hide the classes it extends (and so their numbers).
    const baseOf = (cls) => {
      const heritage = cls.heritageClauses?.find((h) => h.token === tsc.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      if (heritage && !tsc.isIdentifier(heritage) && !tsc.isPropertyAccessExpression(heritage)) {
        throw new Error(`privateNames: ${cls.getSourceFile().fileName}: a class extends something other than a class by its name`);
      }
      const type = cls.name ? checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(cls.name)) : checker.getTypeAtLocation(cls);
      const base = checker.getBaseTypes(type)[0]?.symbol?.valueDeclaration;
      return base && tsc.isClassLike(base) && fromSource(base) ? base : undefined;
    };
    const offsetOf = (cls) => {
      let n = 0;
      for (let base = baseOf(cls); base; base = baseOf(base)) n += namesOf(base).length;
      return n;
    };
    const shortName = (symbol, text) => {
      const names = new Set(
        symbol.declarations.map((d) => {
          const cls = d.parent;
          if (!tsc.isClassLike(cls)) throw new Error(`privateNames: ${text} is not declared in a class`);
          return nameAt(offsetOf(cls) + namesOf(cls).indexOf(text));
        }),
      );
      if (names.size !== 1) throw new Error(`privateNames: ${text} is reached through classes that name it differently`);
      return [...names][0];
    };
    const isMemberName = (node) => {
      const p = node.parent;
      if (!p || p.name !== node) return false;
      return tsc.isPropertyAccessExpression(p) || tsc.isPropertyDeclaration(p) || tsc.isMethodDeclaration(p) || tsc.isGetAccessorDeclaration(p) || tsc.isSetAccessorDeclaration(p);
    };
    return {
      before: [
        (context) => (sourceFile) => {
          if (!/\/src\//.test(sourceFile.fileName)) return sourceFile;
          const visit = (node) => {
            if (tsc.isIdentifier(node) && isMemberName(node) && !reactive.has(node.text)) {
              const symbol = checker.getSymbolAtLocation(node);
              if (isPrivate(symbol)) return context.factory.createIdentifier(shortName(symbol, node.text));
            }
            return tsc.visitEachChild(node, visit, context);
          };
          return tsc.visitNode(sourceFile, visit);
        },
      ],
    };
  };
}
