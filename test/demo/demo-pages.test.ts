import { expect } from '@open-wc/testing';
import type { Procedure, Stats } from '../../src/api/types.js';
import { DOSSIER_STATUSES } from '../../src/api/vocabulary.js';
import { sampleDossiers } from '../../src/mocks/data/dossiers.js';
import { until } from '../helpers/mock-api.js';

/**
 * The demo pages as `npm start` serves them (the built bundle, the mock API on another origin): what a visitor
 * reads on a page must agree with what the widgets on it show, and a visitor can always get back to the index.
 */

/** A demo page's HTML as served, parsed (scripts do not run). */
async function source(page: string): Promise<Document> {
  const res = await fetch(`/demo/${page}`);
  expect(res.ok, page).to.equal(true);
  return new DOMParser().parseFromString(await res.text(), 'text/html');
}

/** A demo page running in a frame. */
async function open(page: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = `/demo/${page}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame.contentDocument!;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element) => text(el.shadowRoot as unknown as Element);
const levelOf = (badge: Element) => badge.shadowRoot?.querySelector('[part="badge"]')?.getAttribute('data-level') ?? null;
const apiBaseOf = (doc: Document, el: Element) =>
  el.getAttribute('api-base') ?? doc.querySelector<HTMLMetaElement>('meta[name="dvc-api-base"]')!.content;
const getJson = async <T>(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> => {
  const res = await fetch(url, { headers });
  return { status: res.status, body: (await res.json()) as T };
};

/** The procedures a page's aside shows as "name + badge" (a table row or a line), with the badge's code. */
function asideProcedures(doc: Document) {
  return [...doc.querySelectorAll('aside dvc-service-level-badge[procedure]')].map((badge) => {
    const row = badge.closest('tr, p')!;
    return { badge, code: badge.getAttribute('procedure')!, label: text(row.matches('tr') ? row.querySelector('td') : row) };
  });
}

/**
 * The page's search is scoped to one agency; every procedure its aside names is that agency's, written with the
 * API's own name, and its badge shows the API's level; the agency's figures count at least the levels shown.
 */
async function checkAgencyPage(page: string, agency: string) {
  const doc = await open(page);
  const search = doc.querySelector('dvc-procedure-search')!;
  expect(search.getAttribute('agency'), 'the search is preset with the agency').to.equal(agency);
  expect(search.hasAttribute('tier'), 'no tier preset besides the agency').to.equal(false);
  const api = apiBaseOf(doc, search);
  const rows = asideProcedures(doc);
  expect(rows.length).to.be.at.least(3);
  const shown: Record<string, number> = {};
  for (const { badge, code, label } of rows) {
    const { status, body } = await getJson<Procedure>(`${api}/procedures/${encodeURIComponent(code)}`);
    expect(status, `${code} exists`).to.equal(200);
    expect(body.agency.code, `${code} (${label}) is handled by ${agency}`).to.equal(agency);
    expect(label, `${code}: the page names it as the API does`).to.contain(body.name);
    await until(() => ['full', 'partial', 'info'].includes(levelOf(badge)!), 6000);
    expect(levelOf(badge), `${code}: the level shown`).to.equal(body.level);
    shown[body.level] = (shown[body.level] ?? 0) + 1;
  }
  const { body: stats } = await getJson<Stats>(`${api}/stats?agency=${agency}`);
  for (const [level, n] of Object.entries(shown)) {
    expect(stats.procedures[level as keyof Stats['procedures']], `the agency's figures count its ${level} procedures`).to.be.at.least(n);
  }
  // The search lists exactly the agency's procedures.
  const { body: all } = await getJson<{ total: number }>(`${api}/procedures?agency=${agency}&pageSize=1`);
  await until(() => shadowText(search).includes(`Tìm thấy ${all.total} thủ tục`), 6000);
}

describe('the demo pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the index links every demo page, and every page links back to the index', async () => {
    const pages: string[] = await (await fetch('/__demo-pages.json')).json();
    expect(pages).to.include('index.html');
    const index = await source('index.html');
    const linked = [...index.querySelectorAll('main a[href]')].map((a) => new URL(a.getAttribute('href')!, `${location.origin}/demo/`).pathname);
    for (const page of pages.filter((p) => p !== 'index.html')) {
      expect(linked, `the index links ${page}`).to.include(`/demo/${page}`);
      const doc = await source(page);
      const back = [...doc.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href')!, `${location.origin}/demo/${page}`).pathname);
      // The demo server serves the index at /, /demo/ and /demo/index.html.
      expect(back.some((p) => ['/', '/demo/', '/demo/index.html'].includes(p)), `${page} links back to the index`).to.equal(true);
    }
  });

  it("the department page: search scoped to the department, and its aside names the department's own procedures, levels and figures as the API does", async () => {
    await checkAgencyPage('so-tu-phap.html', 'STP');
  });

  it("the commune page: search scoped to the commune's own agency (not a tier), its aside the commune's own procedures", async () => {
    await checkAgencyPage('xa-tinh-khe.html', 'XA-TINHKHE');
  });

  it('the tracker page lists every sample dossier: each status, the overdue and the late one, the verifier needed and its value; each code resolves', async () => {
    const doc = await source('tra-cuu-ho-so.html');
    const tracker = doc.querySelector('dvc-dossier-tracker')!;
    const api = apiBaseOf(doc, tracker);
    const rows = [...doc.querySelectorAll('table.samples tbody tr')].map((tr) => ({
      code: text(tr.querySelector('a.try')),
      cells: [...tr.querySelectorAll('td')].map(text),
      verifier: text(tr.querySelector('kbd')) || undefined,
    }));
    expect(rows.length, 'one row per sample dossier').to.equal(sampleDossiers().length);
    const statuses = new Set<number>();
    for (const row of rows) {
      const headers: Record<string, string> = row.verifier ? { 'X-Dossier-Verifier': row.verifier } : {};
      const { status, body } = await getJson<{ status: number }>(`${api}/dossiers/${encodeURIComponent(row.code)}`, headers);
      expect(status, `${row.code} resolves`).to.equal(200);
      statuses.add(body.status);
      if (row.verifier) expect((await fetch(`${api}/dossiers/${encodeURIComponent(row.code)}`)).status, `${row.code} needs its verifier`).to.equal(403);
    }
    expect([...statuses].sort((a, b) => a - b)).to.deep.equal([...DOSSIER_STATUSES]);
    // Past the due day: one still open (overdue), one finished after it (late); the tracker says "Quá hạn" for both.
    const pastDue = rows.filter((r) => /^Quá hạn \d+ ngày$/.test(r.cells[2])).map((r) => r.cells[1]);
    expect(pastDue.some((s) => ['Mới đăng ký', 'Được tiếp nhận', 'Đang xử lý', 'Yêu cầu bổ sung giấy tờ'].includes(s)), 'an overdue open dossier').to.equal(true);
    expect(pastDue.some((s) => ['Đã xử lý xong', 'Đã trả kết quả'].includes(s)), 'a dossier finished late').to.equal(true);
    expect(rows.filter((r) => r.verifier).map((r) => r.cells[3])).to.deep.equal(['4 số cuối CCCD của người nộp: 1234']);
  });

  it('the tracker page: a sample code, followed, opens the page with it and the tracker shows that dossier', async () => {
    const doc = await open('tra-cuu-ho-so.html');
    const link = [...doc.querySelectorAll<HTMLAnchorElement>('table.samples a.try')].find((a) => a.closest('tr')!.textContent!.includes('Yêu cầu bổ sung giấy tờ'))!;
    const code = text(link);
    const frame = document.querySelector('iframe')!;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    link.click();
    await loaded;
    expect(new URL(frame.contentWindow!.location.href).searchParams.get('ma-ho-so')).to.equal(code);
    const tracker = frame.contentDocument!.querySelector('dvc-dossier-tracker')!;
    await until(() => shadowText(tracker).includes('Giấy tờ cần bổ sung'), 6000);
    expect(shadowText(tracker)).to.contain(code);
  });
});
