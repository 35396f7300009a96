// Runs one scenario (test/bench/<name>.bench.ts, whose default export returns its figures) in the page and
// leaves the result where the harness reads it.
const name = new URLSearchParams(location.search).get('scenario');
try {
  const mod = await import(`./${name}.bench.ts`);
  window.__benchResult = await mod.default(document.getElementById('stage'));
} catch (e) {
  window.__benchError = String(e?.stack ?? e);
}
