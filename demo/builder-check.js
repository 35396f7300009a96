// "Kiểm tra API" in the embed builder: runs the conformance checks a page can make (src/conformance, the same as
// `npx dvc-elements check-api` minus what only Node can do) against the address typed, from the builder's own
// origin, and shows the result to a webmaster: the verdict and what to ask the IT team first, then every check
// by outcome, with details on demand. The checks' own texts come from the conformance messages.
import { conformanceMessages, CHECK_IDS, openapi, runConformance } from '/demo/builder-lib.js';
import { tag } from './builder-picklist.js';
import { TEXTS } from './builder-texts.js';

/** Limits of one request and of the whole run, as the command has them. */
const REQUEST_TIMEOUT_MS = 10_000;
const RUN_LIMIT_MS = 120_000;

const ICONS = { pass: '✓', warn: '!', fail: '✗', skip: '–' };
const GROUPS = ['fail', 'warn', 'pass', 'skip'];

/**
 * `npx dvc-elements check-api <base>`, the base quoted when a shell would read it otherwise (an IPv6 host's
 * brackets, brackets or a semicolon in the path). In double quotes, which the Windows command prompt, PowerShell and
 * Unix shells all read as quotes (the command prompt does not know single ones); in single quotes when the address
 * holds a character that is special inside double quotes.
 */
export function checkCommand(base, lang) {
  const arg = /^[\w:/.=%~+@,-]+$/.test(base) ? base : /["$`\\!]/.test(base) ? `'${base.replaceAll("'", "'\\''")}'` : `"${base}"`;
  return `npx dvc-elements check-api ${arg}${lang === 'en' ? ' --lang en' : ''}`;
}

export class ApiCheck {
  /** `target()` gives `{ base, label }` to check, or null when the address typed is not one. */
  constructor({ target, lang }) {
    this.target = target;
    this.lang = lang;
    this.running = false;
    this.button = tag('button', { type: 'button', id: 'check-api' });
    this.live = tag('p', { class: 'check-live', role: 'status' });
    this.progressText = tag('p', { class: 'check-progress-text', id: 'check-progress-text' });
    this.progress = tag('progress', { max: '1', value: '0', 'aria-labelledby': 'check-progress-text' });
    this.progressBox = tag('div', { class: 'check-progress', hidden: true }, this.progressText, this.progress);
    this.results = tag('div', { class: 'check-results', id: 'check-results' });
    this.element = tag('div', { class: 'check' }, tag('p', {}, this.button), this.live, this.progressBox, this.results);
    this.button.addEventListener('click', () => this.run());
    this.applyTexts();
  }

  applyTexts() {
    this.button.textContent = TEXTS[this.lang()].check;
  }

  async run() {
    if (this.running) return;
    const target = this.target();
    if (!target) return;
    const lang = this.lang();
    const t = TEXTS[lang];
    this.running = true;
    // English is a module of its own: fetched before its texts are read.
    await conformanceMessages.load(lang);
    const m = conformanceMessages[lang];
    this.button.setAttribute('aria-disabled', 'true');
    this.results.setAttribute('aria-busy', 'true');
    this.live.textContent = t.checkStarting(target.label);
    this.progressBox.hidden = false;
    this.progress.value = 0;
    this.progressText.textContent = t.checkStarting(target.label);
    let report;
    try {
      report = await runConformance(
        { base: target.base, write: false, lang, timeoutMs: REQUEST_TIMEOUT_MS, runLimitMs: RUN_LIMIT_MS },
        // A page sends no Origin of its own choosing and reads no CORS headers: those checks are the command's.
        { fetch: (...args) => fetch(...args), serverSide: false, describeNetworkError: () => m.network.browser },
        openapi,
        [],
        {
          onStart: (check, i, n) => {
            this.progress.max = n;
            this.progress.value = i;
            this.progressText.textContent = t.checkProgress(i + 1, n, m.titles[check.id]);
          },
        },
      );
    } catch (e) {
      this.results.replaceChildren(tag('p', { class: 'summary fail', text: t.checkCrashed(String(e?.message ?? e)) }));
      this.live.textContent = t.checkCrashed(String(e?.message ?? e));
      return;
    } finally {
      this.running = false;
      this.button.removeAttribute('aria-disabled');
      this.results.removeAttribute('aria-busy');
      this.progressBox.hidden = true;
    }
    const { verdict } = this.render(report, target, lang);
    this.live.textContent = t.announce(verdict, t.counts(report.summary));
  }

  /** The results in the language the run was made in (marked so, should the page's language change later). */
  render(report, target, lang) {
    const t = TEXTS[lang];
    const m = conformanceMessages[lang];
    const byStatus = Object.fromEntries(GROUPS.map((s) => [s, report.checks.filter((c) => c.status === s)]));
    // Not reached: no HTTP answer at all (an address that answers, but not as the API, fails as any check does).
    const unreachable = report.checks.find((c) => c.id === 'reachable')?.status === 'fail' && !report.timings.length;
    const outcome = unreachable ? 'unreachable' : report.summary.fail ? 'fail' : report.summary.warn ? 'warn' : 'pass';
    const verdict = t.verdict[outcome];
    const advice = outcome === 'fail' ? t.advice.fail(report.summary.fail) : outcome === 'warn' ? t.advice.warn(report.summary.warn) : t.advice[outcome];
    const first = byStatus.fail[0] ?? byStatus.warn[0];
    const summary = tag(
      'div',
      { class: `summary ${outcome === 'unreachable' ? 'fail' : outcome}` },
      tag('p', { class: 'verdict' }, tag('span', { class: 'icon', 'aria-hidden': 'true', text: ICONS[outcome === 'unreachable' ? 'fail' : outcome] }), ' ', verdict),
      tag('p', { text: advice }),
      first && outcome !== 'pass' ? tag('p', {}, tag('strong', { text: t.firstProblem }), ' ', first.message) : null,
      tag('p', { class: 'counts', text: t.counts(report.summary) }),
    );
    const groups = GROUPS.filter((s) => byStatus[s].length || s === 'skip').map((s) => {
      const items = s === 'skip' ? this.renderSkipped(byStatus.skip, m) : byStatus[s].map((c) => this.renderCheck(c, m, t));
      if (s === 'skip') {
        // What the page cannot check at all: the command's own checks (CORS preflight, CORS headers, TLS).
        const ran = new Set(report.checks.map((c) => c.id));
        const missing = CHECK_IDS.filter((id) => !ran.has(id)).map((id) => m.titles[id]);
        if (missing.length) items.push(tag('li', { class: 'check skip' }, tag('p', {}, tag('strong', { text: t.onlyByCommand }), ' ', missing.join('; '), '.')));
      }
      const count = s === 'skip' ? '' : ` (${byStatus[s].length})`;
      return tag('section', { class: `group ${s}` }, tag('h4', { text: `${t.groups[s]}${count}` }), tag('ul', { class: 'checks' }, ...items));
    });
    this.results.lang = lang;
    this.results.replaceChildren(tag('h3', { text: t.checkResultsFor(target.label) }), summary, ...groups);
    return { verdict };
  }

  /** Checks that did not run, one line per reason (e.g. every check after an API that gave no answer). */
  renderSkipped(skipped, m) {
    const byReason = new Map();
    for (const c of skipped) byReason.set(c.message, [...(byReason.get(c.message) ?? []), c.title]);
    return [...byReason].map(([message, titles]) =>
      tag(
        'li',
        { class: 'check skip' },
        tag(
          'p',
          { class: 'check-line' },
          tag('span', { class: 'status skip' }, tag('span', { 'aria-hidden': 'true', text: ICONS.skip }), ` ${m.status.skip}`),
          ' ',
          tag('strong', { text: titles.join('; ') }),
        ),
        tag('p', { class: 'check-message', text: message }),
      ),
    );
  }

  renderCheck(c, m, t) {
    const details = [
      [m.labels.expected, c.expected],
      [m.labels.actual, c.actual],
      [m.labels.fix, c.fix],
    ].filter(([, v]) => v);
    return tag(
      'li',
      { class: `check ${c.status}` },
      tag(
        'p',
        { class: 'check-line' },
        tag('span', { class: `status ${c.status}` }, tag('span', { 'aria-hidden': 'true', text: ICONS[c.status] }), ` ${m.status[c.status]}`),
        ' ',
        tag('strong', { text: c.title }),
      ),
      tag('p', { class: 'check-message', text: c.message }),
      details.length
        ? tag('details', {}, tag('summary', { text: t.details }), tag('dl', {}, ...details.flatMap(([k, v]) => [tag('dt', { text: k }), tag('dd', { text: v })])))
        : null,
    );
  }
}
