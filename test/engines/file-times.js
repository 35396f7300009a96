// A reporter for web-test-runner: how long each test file took in each engine, from the moment its page was asked
// for to its results. Printed at the end of a run, the slowest first, beside the per-file limit
// (`testsFinishTimeout`), so a file creeping towards that limit shows before it fails a run.
import { relative } from 'node:path';

const SHOWN = 5;

export function fileTimes() {
  const started = new Map();
  const took = [];
  let limit;
  return {
    start({ config, sessions }) {
      limit = config.testsFinishTimeout;
      sessions.on('session-status-updated', (session) => {
        // The first pages may be under way before this reporter starts: those count from their first test.
        if (session.status === 'INITIALIZING' || (session.status === 'TEST_STARTED' && !started.has(session.id))) started.set(session.id, Date.now());
        else if (session.status === 'FINISHED' && started.has(session.id)) {
          took.push({ engine: session.browser.name, file: session.testFile, ms: Date.now() - started.get(session.id) });
          started.delete(session.id);
        }
      });
    },
    stop() {
      const engines = [...new Set(took.map((t) => t.engine))];
      if (!engines.length) return;
      const lines = [`Slowest test files (a file's limit: ${Math.round(limit / 1000)} s):`];
      for (const engine of engines) {
        const slowest = took.filter((t) => t.engine === engine).sort((a, b) => b.ms - a.ms).slice(0, SHOWN);
        const files = slowest.map((t) => `${relative(process.cwd(), t.file)} ${Math.round(t.ms / 1000)} s`);
        lines.push(`  ${engine}: ${files.join(', ')}`);
      }
      console.log(lines.join('\n'));
    },
  };
}
