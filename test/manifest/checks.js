// Checks run by `npm run manifest` on the generated manifest, so that the reference in editors and Storybook's
// Docs pages cannot drift: a regression fails the build (and CI) with a list of what is wrong.
import { readFileSync } from 'node:fs';

/** Types Storybook turns into a control: a string, a number, a boolean, or a choice of strings. */
const CONTROLLABLE = /^(string|number|boolean|'[^']*'(?: \| '[^']*')*)$/;

/**
 * Colour tokens as written in `src/theme/tokens.ts`, whose table `COLOURS` gives each colour's light and dark
 * default in one row (the plain light value, for browsers without `light-dark()`, and the pair under `@supports`
 * are both written from it): by public name, `plain` the light value and `pairs` the light and dark ones.
 */
export function colourTokens(source) {
  const table = source.match(/const COLOURS\b[^=]*= \[([\s\S]*?)\n\];/);
  if (!table) throw new Error('src/theme/tokens.ts: no COLOURS table');
  const plain = new Map();
  const pairs = new Map();
  for (const m of table[1].matchAll(/\['[\w-]+', '([\w-]+)', '(#[0-9a-f]{3,8})', '(#[0-9a-f]{3,8})', '\w+'\]/gi)) {
    plain.set(`--dvc-color-${m[1]}`, m[2]);
    pairs.set(`--dvc-color-${m[1]}`, [m[2], m[3]]);
  }
  return { plain, pairs };
}

/** Problems with the manifest, the tokens and the README's Theming table; an empty list when they agree. */
export function manifestProblems(manifest, { tokensSource, readme }) {
  const problems = [];
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const tags = declarations.filter((d) => d.tagName);
  // The shared base (the tokens are documented there); the widgets that render with Lit templates have DvcElement
  // between it and them.
  const base = declarations.find((d) => d.name === 'DvcBase');
  if (!base) return ['DvcBase is missing from the manifest'];

  for (const tag of tags) {
    const where = `<${tag.tagName}>`;
    const fields = new Set((tag.attributes ?? []).map((a) => a.fieldName));
    // The shared base's plumbing (client, language, resolved API base) is not API: only its attributes are.
    for (const m of tag.members ?? []) {
      if (['DvcBase', 'DvcElement'].includes(m.inheritedFrom?.name) && !fields.has(m.name)) problems.push(`${where} lists the base element's internal member "${m.name}" (mark it @internal)`);
    }
    for (const a of tag.attributes ?? []) {
      if (!a.description) problems.push(`${where} attribute ${a.name} has no description`);
      if (!CONTROLLABLE.test(a.type?.text ?? '')) problems.push(`${where} attribute ${a.name} has the type "${a.type?.text}", which Storybook cannot offer as a control`);
    }
    for (const p of tag.cssProperties ?? []) {
      if (!p.description) problems.push(`${where} ${p.name} has no description`);
      if (!p.default) problems.push(`${where} ${p.name} has no default (write @cssproperty [${p.name}=default] - …)`);
    }
  }

  const { plain, pairs } = colourTokens(tokensSource);
  if (pairs.size === 0) problems.push('src/theme/tokens.ts: no light-dark() colour found');
  const documented = new Map((base.cssProperties ?? []).map((p) => [p.name, p.default]));
  for (const [name, [light, dark]] of pairs) {
    if (plain.get(name) !== light) problems.push(`src/theme/tokens.ts: ${name} is ${plain.get(name)} without light-dark() but ${light} in its light-dark() pair`);
    if (documented.get(name) !== `light-dark(${light}, ${dark})`) problems.push(`DvcBase documents ${name} as ${documented.get(name)}, tokens.ts has light-dark(${light}, ${dark})`);
    if (!readme.includes(`| \`${name}\` | \`${light}\` / \`${dark}\` |`)) problems.push(`README.md's Theming table does not give ${name} as \`${light}\` / \`${dark}\``);
  }
  for (const name of plain.keys()) if (!pairs.has(name)) problems.push(`src/theme/tokens.ts: ${name} has no light-dark() pair`);
  for (const name of documented.keys()) {
    if (name.startsWith('--dvc-color-') && name !== '--dvc-color-scheme' && !pairs.has(name)) problems.push(`DvcBase documents ${name}, which tokens.ts does not use`);
  }
  return problems;
}

/** Throws with every problem listed, for the manifest's link phase. */
export function checkManifest(manifest) {
  const problems = manifestProblems(manifest, {
    tokensSource: readFileSync('src/theme/tokens.ts', 'utf8'),
    readme: readFileSync('README.md', 'utf8'),
  });
  if (problems.length) throw new Error(`The custom-elements manifest has problems:\n- ${problems.join('\n- ')}`);
}
