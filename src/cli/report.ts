import type { CheckStatus, RunReport } from '../conformance/types.js';
import { conformanceMessages } from '../i18n/messages/conformance.js';
import { colours } from './output.js';

/**
 * The human report of `check-api`: one line per check (status, id, title, why), then for a warning or failure
 * what was expected, what came back and what to change; then the answer times per endpoint and the verdict.
 */
export function formatReport(report: RunReport, stream: NodeJS.WriteStream): string {
  const t = conformanceMessages[report.lang];
  const c = colours(stream);
  const paint: Record<CheckStatus, (s: string) => string> = { pass: c.green, warn: c.yellow, fail: c.red, skip: c.dim };
  const labelWidth = Math.max(...Object.values(t.status).map((s) => s.length));
  const idWidth = Math.max(...report.checks.map((r) => r.id.length));
  const indent = ' '.repeat(labelWidth + 2 + idWidth + 2);
  const lines = [c.bold(t.report.heading(report.api)), ''];
  for (const r of report.checks) {
    lines.push(`${paint[r.status](t.status[r.status].padEnd(labelWidth))}  ${r.id.padEnd(idWidth)}  ${r.title} — ${r.message}`);
    if (r.status === 'warn' || r.status === 'fail') {
      if (r.expected) lines.push(`${indent}${t.labels.expected}: ${r.expected}`);
      if (r.actual) lines.push(`${indent}${t.labels.actual}: ${r.actual}`);
      if (r.fix) lines.push(`${indent}${t.labels.fix}: ${r.fix}`);
    }
  }
  if (report.timings.length) {
    lines.push('', t.report.timings);
    const w = Math.max(...report.timings.map((x) => x.endpoint.length));
    for (const x of report.timings) lines.push(`  ${x.endpoint.padEnd(w)}  ${t.report.timingRow(x)}`);
  }
  lines.push('', t.report.summary(report.summary, report.durationMs), report.ok ? c.green(t.report.verdictOk) : c.red(t.report.verdictFail));
  return `${lines.join('\n')}\n`;
}
