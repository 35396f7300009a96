import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import '../../src/components/procedure-search/procedure-search.js';
import '../../src/components/dossier-tracker/dossier-tracker.js';
import '../../src/components/service-level-badge/service-level-badge.js';
import '../../src/components/feedback-form/feedback-form.js';
import { API, until, useMockApi } from '../helpers/mock-api.js';
import {
  SAFE_URLS,
  TEXT_PAYLOADS,
  UNSAFE_URLS,
  deepText,
  hostileTraces,
  letPayloadsFire,
  linkTargets,
  resetPwned,
  setAt,
} from './hostile-helpers.js';
import { stripBidiControls } from '../../src/text/bidi.js';
import { forgetCatalogs } from '../../src/catalog/catalog-store.js';
import { resetLevelBatchers } from '../../src/components/service-level-badge/level-batcher.js';

/**
 * Hostile content: every text field of every API answer, set to markup, script or Unicode tricks,
 * renders as inert text in every widget, and URLs from the API become links only for http: and https:.
 *
 * The suite is a table: a SCENARIO is one API answer a widget shows (a valid answer plus how to drive the widget
 * until it is on screen); a FIELD line names a scenario, the dotted path of one field in its answer, and how the
 * field is shown. Each field line runs once per payload with the payload in that field alone, the rest valid.
 * Adding a field is one line; adding a payload is one line in hostile-helpers.ts.
 *
 * The table runs in four test files (hostile-content-*.test.ts: search, catalog, tracker, badge and form), so
 * that engines which run pages side by side share it out.
 */

type Answer = Record<string, unknown>;
const json = (body: unknown, status = 200) =>
  HttpResponse.json(body as Answer, { status, headers: status >= 400 ? { 'Content-Type': 'application/problem+json' } : {} });

const DAY = 86_400_000;
const iso = (daysFromNow: number) => new Date(Date.now() + daysFromNow * DAY).toISOString();
const DOSSIER_CODE = '000.00.53.H48-220921-0099';

let worker: SetupWorker;

// ─── valid answers, with every field a widget shows filled in ─────────────────────────────────────────────

const procedure = (): Answer => ({
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  domain: { code: 'HT', name: 'Hộ tịch' },
  agency: { code: 'XA-CAMTHANH', name: 'UBND phường Cẩm Thành' },
  tier: 'commune',
  level: 'full',
  processingTime: 'Trong ngày',
  fee: 'Miễn lệ phí',
  url: 'https://dichvucong.quangngai.gov.vn/tthc/1.001193',
  steps: ['Nộp tờ khai tại Bộ phận Một cửa.', 'Nhận Giấy khai sinh.'],
  documents: [
    { name: 'Tờ khai đăng ký khai sinh', copies: '01 bản chính', formUrl: 'https://dichvucong.quangngai.gov.vn/bieu-mau/to-khai.docx' },
    { name: 'Giấy chứng sinh', copies: '01 bản chính' },
  ],
  channels: [
    { channel: 'in-person', processingTime: 'Trong ngày', fee: 'Miễn lệ phí' },
    { channel: 'online', processingTime: 'Trong ngày', fee: 'Miễn lệ phí' },
  ],
  conditions: 'Trẻ em sinh ra trên địa bàn.',
  result: 'Giấy khai sinh.',
  applicants: 'Cha, mẹ hoặc người thân thích.',
  legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch' }],
});

const dossier = (): Answer => ({
  code: DOSSIER_CODE,
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  agency: { code: 'XA-CAMTHANH', name: 'UBND phường Cẩm Thành' },
  applicant: 'Nguyễn V*** A',
  status: 5,
  receivedAt: iso(-3),
  dueAt: iso(4),
  channel: 'online',
  history: [
    { at: iso(-3), action: 'Tiếp nhận hồ sơ', unit: 'Bộ phận Một cửa', note: 'Hồ sơ nộp trực tuyến.' },
    { at: iso(-1), action: 'Yêu cầu bổ sung giấy tờ', unit: 'Công chức tư pháp - hộ tịch', note: 'Thiếu giấy chứng sinh.' },
  ],
  supplement: { requestedAt: iso(-1), reason: 'Thiếu giấy chứng sinh.', documents: ['Giấy chứng sinh (bản chính)'] },
});

const stats = (): Answer => ({
  agency: { code: 'STP', name: 'Sở Tư pháp tỉnh Quảng Ngãi' },
  period: { from: '2026-01-01T00:00:00+07:00', to: '2026-06-30T00:00:00+07:00' },
  procedures: { total: 120, full: 60, partial: 40, info: 20 },
  dossiers: { total: 1240, onTime: 1203, late: 37 },
});

const serverProblem = (): Answer => ({ type: 'urn:dvc:problem:internal', title: 'Lỗi hệ thống', status: 500, detail: 'Vui lòng thử lại sau.' });

// ─── driving each widget until the answer is on screen ────────────────────────────────────────────────────

const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const shown = (el: Element, selector: string) => until(() => inside(el, selector) !== null);

/** Searches (all procedures), then opens the only result: its summary and its details are both on screen. */
async function showProcedure(answer: Answer): Promise<HTMLElement> {
  worker.use(
    http.get(`${API}/procedures`, () => json({ items: [answer], total: 1, page: 1, pageSize: 10 })),
    http.get(`${API}/procedures/:code`, () => json(answer)),
  );
  const el = await fixture<HTMLElement>(html`<dvc-procedure-search api-base=${API}></dvc-procedure-search>`);
  inside(el, '[part="submit-button"]')!.click();
  await shown(el, '[part="result-toggle"]');
  inside(el, '[part="result-toggle"]')!.click();
  await shown(el, '[part="details"] section');
  return el;
}

// The same answers from a static catalog folder: the index carries the summaries and the lists, a procedure's
// own file its details. Each test starts with no catalog loaded (see beforeEach).
const CATALOG = 'https://tinh.test/thu-tuc/';
const catalogIndex = (over: Answer = {}): Answer => {
  const { steps: _s, documents: _d, channels: _c, conditions: _co, result: _r, applicants: _a, legalBasis: _l, ...summary } = procedure();
  return {
    version: 1,
    generatedAt: '2026-06-30T08:30:00+07:00',
    source: 'https://dichvucong.quangngai.gov.vn/api/v1',
    domains: [{ code: 'HT', name: 'Hộ tịch' }],
    agencies: [{ code: 'XA-CAMTHANH', name: 'UBND phường Cẩm Thành', tier: 'commune' }],
    procedures: [summary],
    ...over,
  };
};

/** Searches the catalog (all procedures), then opens the only result, its details from its own file. */
async function showCatalogProcedure(answer: Answer): Promise<HTMLElement> {
  const { steps: _s, documents: _d, channels: _c, conditions: _co, result: _r, applicants: _a, legalBasis: _l, ...summary } = answer;
  worker.use(
    http.get(`${CATALOG}index.json`, () => json(catalogIndex({ procedures: [summary] }))),
    http.get(`${CATALOG}procedures/:file`, () => json(answer)),
  );
  const el = await fixture<HTMLElement>(html`<dvc-procedure-search catalog=${CATALOG}></dvc-procedure-search>`);
  inside(el, '[part="submit-button"]')!.click();
  await shown(el, '[part="result-toggle"]');
  inside(el, '[part="result-toggle"]')!.click();
  await shown(el, '[part="details"] section');
  return el;
}

/** The catalog's filter lists and its agency figures (a badge on a page without an API). */
async function showCatalogIndex(answer: Answer, tag: 'search' | 'stats'): Promise<HTMLElement> {
  worker.use(http.get(`${CATALOG}index.json`, () => json(answer)));
  if (tag === 'stats') {
    const el = await fixture<HTMLElement>(html`<dvc-service-level-badge catalog=${CATALOG} agency="XA-CAMTHANH"></dvc-service-level-badge>`);
    await shown(el, '[part="breakdown"]');
    return el;
  }
  const el = await fixture<HTMLElement>(html`<dvc-procedure-search catalog=${CATALOG}></dvc-procedure-search>`);
  await until(() => el.shadowRoot!.querySelectorAll('#f-domain option').length === 2 && el.shadowRoot!.querySelectorAll('#f-agency option').length === 2);
  return el;
}

async function showSearch(setup: () => void, ready: (el: HTMLElement) => boolean, submit = false): Promise<HTMLElement> {
  setup();
  const el = await fixture<HTMLElement>(html`<dvc-procedure-search api-base=${API}></dvc-procedure-search>`);
  if (submit) inside(el, '[part="submit-button"]')!.click();
  await until(() => ready(el));
  return el;
}

async function showDossier(status: number, answer: Answer, ready: string): Promise<HTMLElement> {
  worker.use(http.get(`${API}/dossiers/:code`, () => json(answer, status)));
  const el = await fixture<HTMLElement>(html`<dvc-dossier-tracker api-base=${API} code=${DOSSIER_CODE}></dvc-dossier-tracker>`);
  await shown(el, ready);
  return el;
}

async function showStats(status: number, answer: Answer, ready: string): Promise<HTMLElement> {
  worker.use(http.get(`${API}/stats`, () => json(answer, status)));
  const el = await fixture<HTMLElement>(html`<dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>`);
  await shown(el, ready);
  return el;
}

/** Rates "very satisfied" and sends: the answer to POST /feedback is then on screen. */
async function showFeedback(status: number, answer: Answer, ready: string): Promise<HTMLElement> {
  worker.use(http.post(`${API}/feedback`, () => json(answer, status)));
  const el = await fixture<HTMLElement>(html`<dvc-feedback-form api-base=${API}></dvc-feedback-form>`);
  inside(el, '#rating-very-satisfied')!.click();
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  inside(el, '[part="submit-button"]')!.click();
  await shown(el, ready);
  return el;
}

interface Scenario {
  /** The tag under test, for the test titles. */
  widget: string;
  /** A valid answer that the widget shows in full. */
  answer: () => Answer;
  /** Serves `answer` and drives the widget until it is on screen. */
  show: (answer: Answer) => Promise<HTMLElement>;
}

const SCENARIOS = {
  procedure: {
    widget: 'dvc-procedure-search',
    answer: procedure,
    show: showProcedure,
  },
  domains: {
    widget: 'dvc-procedure-search',
    answer: () => ({ items: [{ code: 'HT', name: 'Hộ tịch' }, { code: 'CT', name: 'Chứng thực' }] }),
    show: (a) =>
      showSearch(() => worker.use(http.get(`${API}/domains`, () => json(a))), (el) => el.shadowRoot!.querySelectorAll('#f-domain option').length === 3),
  },
  agencies: {
    widget: 'dvc-procedure-search',
    answer: () => ({ items: [{ code: 'STP', name: 'Sở Tư pháp tỉnh Quảng Ngãi', tier: 'province' }] }),
    show: (a) =>
      showSearch(() => worker.use(http.get(`${API}/agencies`, () => json(a))), (el) => el.shadowRoot!.querySelectorAll('#f-agency option').length === 2),
  },
  'search failure': {
    widget: 'dvc-procedure-search',
    answer: serverProblem,
    show: (a) => showSearch(() => worker.use(http.get(`${API}/procedures`, () => json(a, 500))), (el) => !!inside(el, '.results [part="error"]'), true),
  },
  'catalog procedure': {
    widget: 'dvc-procedure-search catalog',
    answer: procedure,
    show: showCatalogProcedure,
  },
  'catalog index': {
    widget: 'dvc-procedure-search catalog',
    answer: () => catalogIndex(),
    show: (a) => showCatalogIndex(a, 'search'),
  },
  'catalog figures': {
    widget: 'dvc-service-level-badge catalog',
    answer: () => catalogIndex(),
    show: (a) => showCatalogIndex(a, 'stats'),
  },
  dossier: {
    widget: 'dvc-dossier-tracker',
    answer: dossier,
    show: (a) => showDossier(200, a, '[part="result"]'),
  },
  'verifier required': {
    widget: 'dvc-dossier-tracker',
    answer: () => ({
      type: 'urn:dvc:problem:verifier-required',
      title: 'Cần thông tin xác minh',
      status: 403,
      detail: 'Thông tin xác minh không đúng.',
      verifierLabel: '4 số cuối CCCD của người nộp',
    }),
    show: (a) => showDossier(403, a, '#verifier'),
  },
  'dossier failure': {
    widget: 'dvc-dossier-tracker',
    answer: serverProblem,
    show: (a) => showDossier(500, a, '[part="error"]'),
  },
  stats: {
    widget: 'dvc-service-level-badge',
    answer: stats,
    show: (a) => showStats(200, a, '[part="breakdown"]'),
  },
  'stats failure': {
    widget: 'dvc-service-level-badge',
    answer: serverProblem,
    show: (a) => showStats(500, a, '[data-level="error"]'),
  },
  receipt: {
    widget: 'dvc-feedback-form',
    answer: () => ({ id: 'PAKN-2026-000123', receivedAt: '2026-06-30T08:30:00+07:00' }),
    show: (a) => showFeedback(201, a, '[part="success"]'),
  },
  'field errors': {
    widget: 'dvc-feedback-form',
    answer: () => ({
      type: 'urn:dvc:problem:validation',
      title: 'Dữ liệu không hợp lệ',
      status: 422,
      errors: [
        { field: 'message', message: 'Nội dung có từ ngữ không phù hợp.' },
        { field: 'kind', message: 'Loại góp ý không hợp lệ.' },
      ],
    }),
    show: (a) => showFeedback(422, a, '[part="error-summary"]'),
  },
  'feedback failure': {
    widget: 'dvc-feedback-form',
    answer: serverProblem,
    show: (a) => showFeedback(500, a, '[part="error"]'),
  },
} satisfies Record<string, Scenario>;

type ScenarioName = keyof typeof SCENARIOS;

/**
 * How a field reaches the citizen:
 * - `text`: shown as text, exactly as sent (in every selector of `where`, when given);
 * - `url`: followed as a link only when it is http: or https:;
 * - `unseen`: not shown by design (a code kept in an attribute, a date shown reformatted or not at all, a problem's
 *   title and detail replaced by the widget's own localized sentence), yet it must stay inert.
 */
type Shown = 'text' | 'url' | 'unseen';

interface Field {
  scenario: ScenarioName;
  path: string;
  shown: Shown;
  where?: string[];
}

const field = (scenario: ScenarioName, path: string, shown: Shown = 'text', where?: string[]): Field => ({ scenario, path, shown, where });

// ─── the table: one line per field ────────────────────────────────────────────────────────────────────────

const FIELDS: Field[] = [
  // <dvc-procedure-search>: a result of GET /procedures, opened to GET /procedures/{code}
  field('procedure', 'name', 'text', ['[part="result-toggle"]']),
  field('procedure', 'code', 'text', ['[part="result"] .facts']),
  field('procedure', 'domain.name', 'text', ['[part="result"] .facts']),
  field('procedure', 'agency.name', 'text', ['[part="result"] .facts']),
  field('procedure', 'processingTime', 'text', ['[part="result"] .facts']),
  field('procedure', 'fee', 'text', ['[part="result"] .facts']),
  field('procedure', 'steps.1', 'text', ['[part="details"]']),
  field('procedure', 'documents.0.name', 'text', ['[part="details"]']),
  field('procedure', 'documents.0.copies', 'text', ['[part="details"]']),
  field('procedure', 'channels.0.processingTime', 'text', ['[part="details"]']),
  field('procedure', 'channels.0.fee', 'text', ['[part="details"]']),
  field('procedure', 'conditions', 'text', ['[part="details"]']),
  field('procedure', 'result', 'text', ['[part="details"]']),
  field('procedure', 'applicants', 'text', ['[part="details"]']),
  field('procedure', 'legalBasis.0.number', 'text', ['[part="details"]']),
  field('procedure', 'legalBasis.0.title', 'text', ['[part="details"]']),
  field('procedure', 'url', 'url'),
  field('procedure', 'documents.0.formUrl', 'url'),
  field('procedure', 'domain.code', 'unseen'),
  field('procedure', 'agency.code', 'unseen'),
  // <dvc-procedure-search>: the filter lists (GET /domains, GET /agencies) and a failed search
  field('domains', 'items.0.name', 'text', ['#f-domain']),
  field('domains', 'items.0.code', 'unseen'),
  field('agencies', 'items.0.name', 'text', ['#f-agency']),
  field('agencies', 'items.0.code', 'unseen'),
  field('search failure', 'title', 'unseen'),
  field('search failure', 'detail', 'unseen'),
  // <dvc-procedure-search catalog>: the same procedure from a catalog folder (index.json, procedures/{code}.json)
  field('catalog procedure', 'name', 'text', ['[part="result-toggle"]']),
  field('catalog procedure', 'code', 'text', ['[part="result"] .facts']),
  field('catalog procedure', 'domain.name', 'text', ['[part="result"] .facts']),
  field('catalog procedure', 'agency.name', 'text', ['[part="result"] .facts']),
  field('catalog procedure', 'processingTime', 'text', ['[part="result"] .facts']),
  field('catalog procedure', 'fee', 'text', ['[part="result"] .facts']),
  field('catalog procedure', 'steps.1', 'text', ['[part="details"]']),
  field('catalog procedure', 'documents.0.name', 'text', ['[part="details"]']),
  field('catalog procedure', 'channels.0.fee', 'text', ['[part="details"]']),
  field('catalog procedure', 'conditions', 'text', ['[part="details"]']),
  field('catalog procedure', 'legalBasis.0.title', 'text', ['[part="details"]']),
  field('catalog procedure', 'url', 'url'),
  field('catalog procedure', 'documents.0.formUrl', 'url'),
  field('catalog procedure', 'domain.code', 'unseen'),
  field('catalog index', 'domains.0.name', 'text', ['#f-domain']),
  field('catalog index', 'agencies.0.name', 'text', ['#f-agency']),
  field('catalog index', 'domains.0.code', 'unseen'),
  field('catalog index', 'source', 'unseen'),
  field('catalog figures', 'agencies.0.name', 'text', ['[part="breakdown"]']),
  field('catalog figures', 'generatedAt', 'unseen'),
  // <dvc-dossier-tracker>: GET /dossiers/{code}, its 403 and a failure
  field('dossier', 'code', 'text', ['[part="result-heading"]', '[part="facts"]']),
  field('dossier', 'procedure.name', 'text', ['[part="facts"]']),
  field('dossier', 'procedure.code', 'text', ['[part="facts"]']),
  field('dossier', 'agency.name', 'text', ['[part="facts"]', '[part="next"]']),
  field('dossier', 'applicant', 'text', ['[part="facts"]']),
  field('dossier', 'channel', 'text', ['[part="facts"]']),
  field('dossier', 'history.0.action', 'text', ['[part="history"]']),
  field('dossier', 'history.0.unit', 'text', ['[part="history"]']),
  field('dossier', 'history.0.note', 'text', ['[part="history"]']),
  field('dossier', 'supplement.reason', 'text', ['[part="supplement"]']),
  field('dossier', 'supplement.documents.0', 'text', ['[part="supplement"]']),
  field('dossier', 'agency.code', 'unseen'),
  field('dossier', 'receivedAt', 'unseen'),
  field('dossier', 'dueAt', 'unseen'),
  field('dossier', 'history.1.at', 'unseen'),
  field('dossier', 'supplement.requestedAt', 'unseen'),
  field('verifier required', 'verifierLabel', 'text', ['label[for="verifier"]']),
  field('verifier required', 'title', 'unseen'),
  field('verifier required', 'detail', 'unseen'),
  field('dossier failure', 'title', 'unseen'),
  field('dossier failure', 'detail', 'unseen'),
  // <dvc-service-level-badge agency>: GET /stats and a failure
  field('stats', 'agency.name', 'text', ['[part="breakdown"]']),
  field('stats', 'agency.code', 'unseen'),
  field('stats', 'period.from', 'unseen'),
  field('stats', 'period.to', 'unseen'),
  field('stats failure', 'title', 'unseen'),
  field('stats failure', 'detail', 'unseen'),
  // <dvc-feedback-form>: POST /feedback answered 201, 422 with field errors, and a failure
  field('receipt', 'id', 'text', ['[part="reference"]']),
  field('receipt', 'receivedAt', 'unseen'),
  field('field errors', 'errors.0.message', 'text', ['[part="error-summary"]', '#message-error']),
  field('field errors', 'errors.1.message', 'text', ['[part="error-summary"]']),
  field('field errors', 'errors.1.field', 'unseen'),
  field('field errors', 'title', 'unseen'),
  field('feedback failure', 'title', 'unseen'),
  field('feedback failure', 'detail', 'unseen'),
];

// ─── the checks ───────────────────────────────────────────────────────────────────────────────────────────

/** Serves the scenario's answer with `payload` at `path`, shows it, and lets any created handler fire. */
async function render(f: Field, payload: string): Promise<HTMLElement> {
  const scenario: Scenario = SCENARIOS[f.scenario];
  const answer = scenario.answer();
  setAt(answer, f.path, payload);
  const el = await scenario.show(answer);
  await letPayloadsFire();
  return el;
}

const textIn = (el: Element, selector: string) => inside(el, selector)?.textContent ?? `(nothing matches ${selector})`;

/**
 * API strings a widget uses as a key into its own tables (a channel name, a problem type). A value naming a
 * member every object inherits must be treated like any other unknown value, not as the inherited member.
 */
const INHERITED_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

interface LookupCase {
  scenario: ScenarioName;
  path: string;
  /** What must hold on screen, as a sentence for the test title. */
  expectation: string;
  check: (el: HTMLElement, value: string) => void;
  /** An ordinary unknown value: the same check passes for it, so the inherited names are the only difference. */
  control: string;
}

const retryOffered = (el: HTMLElement) =>
  expect(inside(el, '[part="retry-button"]') !== null, 'a retry button for a 500').to.equal(true);

const LOOKUPS: LookupCase[] = [
  {
    scenario: 'dossier',
    path: 'channel',
    expectation: 'shown as the value sent, not as an inherited function or object',
    check: (el, value) => {
      const facts = textIn(el, '[part="facts"]');
      expect(facts).to.contain(value);
      expect(facts).to.not.match(/native code|\[object /);
    },
    control: 'kiosk',
  },
  { scenario: 'search failure', path: 'type', expectation: 'a 500 is still offered a retry', check: retryOffered, control: 'urn:dvc:problem:other' },
  { scenario: 'dossier failure', path: 'type', expectation: 'a 500 is still offered a retry', check: retryOffered, control: 'urn:dvc:problem:other' },
  { scenario: 'feedback failure', path: 'type', expectation: 'a 500 is still offered a retry', check: retryOffered, control: 'urn:dvc:problem:other' },
];

/** Proves the checks can fail: the same payloads inserted as HTML into a shadow root are caught. */
export function detectorsSuite(): void {
  describe('the detectors of this suite catch markup when it is there', () => {
    let host: HTMLElement;
    beforeEach(() => {
      resetPwned();
      host = document.createElement('div');
      host.attachShadow({ mode: 'open' });
      document.body.append(host);
    });
    afterEach(async () => {
      host.remove();
      await letPayloadsFire();
      resetPwned();
    });

    for (const [name, payload] of Object.entries(TEXT_PAYLOADS)) {
      if (!/[<&]/.test(payload)) continue; // the same characters as HTML or as text: nothing to tell apart
      it(`${name}, inserted as HTML, is caught`, async () => {
        host.shadowRoot!.innerHTML = `<p>${payload}</p>`;
        await letPayloadsFire();
        expect(hostileTraces(host).length > 0 || !deepText(host).includes(payload)).to.equal(true);
      });
    }

    it('an img onerror inserted as HTML has run by the time the checks look', async () => {
      host.shadowRoot!.innerHTML = TEXT_PAYLOADS['img onerror'];
      await letPayloadsFire();
      expect(hostileTraces(host)).to.include('window.__pwned was set');
    });

    for (const [name, url] of Object.entries(UNSAFE_URLS)) {
      it(`a link to ${name} is caught`, () => {
        const a = document.createElement('a');
        a.setAttribute('href', url);
        host.shadowRoot!.append(a);
        expect(linkTargets(host)).to.include(url);
        if (!name.startsWith('http lookalike')) expect(hostileTraces(host).length).to.equal(1);
      });
    }
  });
}

/** The field table and the lookups, for the widgets `part` picks (a scenario's widget, e.g. `dvc-dossier-tracker`). */
export function hostileContentSuite(part: (widget: string) => boolean): void {
  const fields = FIELDS.filter((f) => part(SCENARIOS[f.scenario].widget));
  const lookups = LOOKUPS.filter((c) => part(SCENARIOS[c.scenario].widget));
  describe('hostile content from the API renders as inert text', () => {
    beforeEach(async () => {
      worker = await useMockApi();
      forgetCatalogs();
      resetLevelBatchers();
      sessionStorage.clear();
      resetPwned();
    });
    afterEach(() => resetPwned());

    for (const f of fields) {
      const { widget } = SCENARIOS[f.scenario];

      describe(`${widget}: ${f.scenario} → ${f.path}`, () => {
        if (f.shown === 'url') {
          for (const [name, url] of Object.entries(UNSAFE_URLS)) {
            it(`${name} is not a link`, async () => {
              const el = await render(f, url);
              expect(linkTargets(el), 'links').to.not.include(url);
              expect(hostileTraces(el)).to.deep.equal([]);
              // The rest of the answer is still shown.
              expect(deepText(el)).to.contain('Đăng ký khai sinh');
            });
          }
          for (const [name, url] of Object.entries(SAFE_URLS)) {
            it(`${name} becomes a link to exactly that address`, async () => {
              const el = await render(f, url);
              expect(linkTargets(el), 'links').to.include(url);
              expect(hostileTraces(el)).to.deep.equal([]);
            });
          }
          return;
        }
        for (const [name, payload] of Object.entries(TEXT_PAYLOADS)) {
          it(`${name}: ${f.shown === 'text' ? 'shown as the exact text' : 'stays inert'}`, async () => {
            const el = await render(f, payload);
            expect(hostileTraces(el)).to.deep.equal([]);
            if (f.shown === 'text') {
              // Bidi overrides are removed by the client (src/text/bidi.ts); everything else is shown as sent.
              const shown = stripBidiControls(payload);
              expect(deepText(el), 'text of the widget').to.contain(shown);
              if (shown !== payload) expect(deepText(el), 'no bidi override left').not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
              for (const selector of f.where ?? []) expect(textIn(el, selector), selector).to.contain(shown);
            }
          });
        }
      });
    }

    describe('API strings used as keys into the widgets\' own tables', () => {
      for (const c of lookups) {
        for (const value of [c.control, ...INHERITED_NAMES]) {
          it(`${SCENARIOS[c.scenario].widget}: ${c.scenario} → ${c.path} = "${value}": ${c.expectation}`, async () => {
            const el = await render({ scenario: c.scenario, path: c.path, shown: 'unseen' }, value);
            expect(hostileTraces(el)).to.deep.equal([]);
            c.check(el, value);
          });
        }
      }
    });
  });
}

// ─── keys that name an object's prototype ─────────────────────────────────────────────────────────────────

/**
 * `JSON.parse` keeps `"__proto__"`, `"constructor"` and `"prototype"` as ordinary own keys. Copied carelessly
 * (`copy[key] = value`), `"__proto__"` sets the copy's prototype instead: an answer whose only key is
 * `"__proto__"` would then carry a whole fake answer that every shape check reads through the prototype.
 */
export function prototypeKeysSuite(): void {
  describe('keys that name a prototype in an answer', () => {
    const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
    const FAKE = 'Trang giả mạo nằm trong __proto__';

    /** An object with `key` as an own, enumerable key (an object literal would set the prototype for "__proto__"). */
    const withOwn = (key: string, value: unknown, rest: Answer = {}): Answer => {
      const o: Answer = { ...rest };
      Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
      return o;
    };
    /** Serves `body` exactly as JSON.stringify writes it: own "__proto__" keys included. */
    const raw = (body: unknown) => new HttpResponse(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

    const summary = (name = 'Đăng ký khai sinh'): Answer => {
      const { code, domain, agency, tier, level } = procedure();
      return { code, name, domain, agency, tier, level };
    };
    const page = (items: unknown[]): Answer => ({ items, total: items.length, page: 1, pageSize: 10 });

    async function search(body: unknown): Promise<HTMLElement> {
      worker.use(http.get(`${API}/procedures`, () => raw(body)));
      const el = await fixture<HTMLElement>(html`<dvc-procedure-search api-base=${API}></dvc-procedure-search>`);
      inside(el, '[part="submit-button"]')!.click();
      await until(() => inside(el, '.results [part="error"]') ?? inside(el, '[part="result-toggle"]'));
      return el;
    }
    async function track(body: unknown): Promise<HTMLElement> {
      worker.use(http.get(`${API}/dossiers/:code`, () => raw(body)));
      const el = await fixture<HTMLElement>(html`<dvc-dossier-tracker api-base=${API} code=${DOSSIER_CODE}></dvc-dossier-tracker>`);
      await until(() => inside(el, '[part="error"]') ?? inside(el, '[part="result"]'));
      return el;
    }
    async function figures(body: unknown): Promise<HTMLElement> {
      worker.use(http.get(`${API}/stats`, () => raw(body)));
      const el = await fixture<HTMLElement>(html`<dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>`);
      await until(() => inside(el, '[data-level="error"]') ?? inside(el, '[part="breakdown"]'));
      return el;
    }

    const refused = (el: HTMLElement, failure: string) => {
      expect(inside(el, failure) !== null, 'the answer is refused as not matching the contract').to.equal(true);
      expect(deepText(el)).not.to.contain(FAKE);
    };

    beforeEach(async () => {
      worker = await useMockApi();
      resetPwned();
    });
    afterEach(() => {
      // Nothing leaked into every object of the page.
      for (const k of ['items', 'total', 'code', 'name', 'history', 'procedures', 'polluted']) expect(Object.hasOwn(Object.prototype, k), k).to.equal(false);
    });

    describe('a whole answer hidden behind "__proto__" is refused', () => {
      it('dvc-procedure-search: a results page as the only key', async () => {
        refused(await search(withOwn('__proto__', page([summary(FAKE)]))), '.results [part="error"]');
      });
      it('dvc-procedure-search: one result hidden in an item', async () => {
        refused(await search(page([withOwn('__proto__', summary(FAKE))])), '.results [part="error"]');
      });
      it('dvc-dossier-tracker: a dossier as the only key', async () => {
        refused(await track(withOwn('__proto__', { ...dossier(), applicant: FAKE })), '[part="error"]');
      });
      it('dvc-dossier-tracker: the procedure of a dossier hidden one level down', async () => {
        refused(await track({ ...dossier(), procedure: withOwn('__proto__', { code: '1.001193', name: FAKE }) }), '[part="error"]');
      });
      it('dvc-service-level-badge: figures as the only key', async () => {
        refused(await figures(withOwn('__proto__', { ...stats(), agency: { code: 'STP', name: FAKE } })), '[data-level="error"]');
      });
    });

    describe('beside a valid answer, these keys are unknown extra fields: ignored, and nothing is polluted', () => {
      for (const key of PROTO_KEYS) {
        const junk = { polluted: 'yes', items: [summary(FAKE)], name: FAKE, toString: FAKE };
        it(`"${key}" at the top level and in a nested object of a search answer`, async () => {
          const el = await search(withOwn(key, junk, page([withOwn(key, junk, summary())])));
          expect(inside(el, '[part="result-toggle"]')!.textContent).to.contain('Đăng ký khai sinh');
          expect(deepText(el)).not.to.contain(FAKE);
          expect(deepText(el)).not.to.match(/\[object |native code/);
          expect(hostileTraces(el)).to.deep.equal([]);
        });
        it(`"${key}" at the top level and in a nested object of a dossier`, async () => {
          const d = dossier();
          const el = await track(withOwn(key, junk, { ...d, agency: withOwn(key, junk, d.agency as Answer) }));
          expect(inside(el, '[part="facts"]')!.textContent).to.contain('UBND phường Cẩm Thành');
          expect(deepText(el)).not.to.contain(FAKE);
          expect(deepText(el)).not.to.match(/\[object |native code/);
        });
        it(`"${key}" at the top level and in a nested object of the figures`, async () => {
          const s = stats();
          const el = await figures(withOwn(key, junk, { ...s, procedures: withOwn(key, junk, s.procedures as Answer) }));
          expect(deepText(el)).to.contain('Sở Tư pháp tỉnh Quảng Ngãi');
          expect(deepText(el)).not.to.contain(FAKE);
        });
      }
    });
  });
}
