// `npm run bench:anchors`: the sizes this project compares itself to, measured the same way as ours (gzip -9
// of minified code, dependencies included). Installs the anchor libraries into a temporary folder (never into
// this project), so it needs the npm registry. Prints JSON.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const PACKAGES = ['govuk-frontend@6', '@uswds/uswds@3', '@shoelace-style/shoelace@2', '@awesome.me/webawesome@3', '@gcds-core/components@1'];
const dir = process.env.ANCHORS_DIR ?? mkdtempSync(join(tmpdir(), 'dvc-anchors-'));
if (!process.env.ANCHORS_DIR) {
  writeFileSync(join(dir, 'package.json'), '{"name":"anchors","private":true}');
  execSync(`npm install --no-audit --no-fund --ignore-scripts ${PACKAGES.join(' ')}`, { cwd: dir, stdio: 'ignore' });
}
const nm = join(dir, 'node_modules');
const kb = (n) => Math.round((n / 1024) * 100) / 100;
const gz = (buf) => kb(gzipSync(buf, { level: 9 }).length);
const file = (p) => gz(readFileSync(join(nm, p)));
const version = (pkg) => JSON.parse(readFileSync(join(nm, pkg, 'package.json'), 'utf8')).version;

async function bundled(entry) {
  const b = await rollup({
    input: join(nm, entry),
    plugins: [nodeResolve({ exportConditions: ['production', 'browser'], rootDir: dir }), terser({ format: { comments: false } })],
    onwarn: () => {},
  });
  const { output } = await b.generate({ format: 'es', inlineDynamicImports: true });
  await b.close();
  return gz(Buffer.from(output[0].code));
}

const result = {
  note: 'gzip -9 KB; "page" = what a page loads for the whole library; per-component entries bundled with their dependencies (Lit or Stencil runtime included), minified.',
  'govuk-frontend': { version: version('govuk-frontend'), pageJs: file('govuk-frontend/dist/govuk/govuk-frontend.min.js'), pageCss: file('govuk-frontend/dist/govuk/govuk-frontend.min.css') },
  uswds: { version: version('@uswds/uswds'), pageJs: file('@uswds/uswds/dist/js/uswds.min.js'), pageCss: file('@uswds/uswds/dist/css/uswds.min.css') },
  shoelace: {
    version: version('@shoelace-style/shoelace'),
    badge: await bundled('@shoelace-style/shoelace/dist/components/badge/badge.js'),
    input: await bundled('@shoelace-style/shoelace/dist/components/input/input.js'),
    tooltip: await bundled('@shoelace-style/shoelace/dist/components/tooltip/tooltip.js'),
    themeCss: file('@shoelace-style/shoelace/dist/themes/light.css'),
  },
  webawesome: {
    version: version('@awesome.me/webawesome'),
    badge: await bundled('@awesome.me/webawesome/dist/components/badge/badge.js'),
    input: await bundled('@awesome.me/webawesome/dist/components/input/input.js'),
  },
  gcds: {
    version: version('@gcds-core/components'),
    input: await bundled('@gcds-core/components/dist/components/gcds-input.js'),
    pageCss: file('@gcds-core/components/dist/gcds/gcds.css'),
  },
};
console.log(JSON.stringify(result, null, 2));
