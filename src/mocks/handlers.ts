import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import type { FeedbackBody, FieldError, Lang, Stats } from '../api/types.js';
import { FEEDBACK_KINDS, MESSAGE_MAX, RATINGS } from '../api/vocabulary.js';
import { formatNumber } from '../i18n/format.js';
import { normalizeLang } from '../i18n/lang.js';
import { foldedWords } from '../text/fold.js';
import { sampleCatalog, type Catalog } from './catalog.js';
import { createCatalogFolderHandlers } from './catalog-folder.js';
import { AGENCIES, PROVINCE } from './data/agencies.js';
import { sampleDossiers, type MockDossier } from './data/dossiers.js';
import { applyFault, type Endpoint } from './faults.js';

export interface MockOptions {
  /** URL pattern of the API base; the default matches any origin whose path ends in /api/v1. */
  base?: string;
  catalog?: Catalog;
  dossiers?: MockDossier[];
  /** Latency added to every answer, in ms, so loading states are visible in stories and the demo. */
  latency?: number;
}

const PROBLEM = { 'Content-Type': 'application/problem+json' };

export const problem = (status: number, type: string, title: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ type, title, status, ...extra }, { status, headers: PROBLEM });

const validation = (errors: FieldError[]) =>
  problem(422, 'urn:dvc:problem:validation', 'Dữ liệu không hợp lệ', { errors });

/**
 * A problem whose texts follow the request's Accept-Language, as a good API's do (the widgets show field
 * messages and verifier labels to citizens); Content-Language says which, Vary tells caches it depends on it.
 */
function problemIn(request: Request, status: number, type: string, title: Record<Lang, string>, extra: Record<string, unknown> = {}) {
  const lang = normalizeLang(request.headers.get('Accept-Language'));
  return HttpResponse.json(
    { type, title: title[lang], status, ...extra },
    { status, headers: { ...PROBLEM, 'Content-Language': lang, Vary: 'Accept-Language' } },
  );
}
const NOT_FOUND = 'urn:dvc:problem:not-found';

/** Feedback the mock server has accepted, newest last, for tests to inspect. */
export const receivedFeedback: { key: string; body: FeedbackBody; id: string }[] = [];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^(\+?84|0)([35789]\d{8}|2\d{9})$/;

/** The server's own checks of a feedback body: the widget's checks are a courtesy, these are the rule. */
export function validateFeedback(body: Partial<FeedbackBody>): FieldError[] {
  const errors: FieldError[] = [];
  if (!FEEDBACK_KINDS.includes(body.kind as FeedbackBody['kind'])) errors.push({ field: 'kind', message: 'Loại góp ý không hợp lệ.' });
  if (body.kind === 'satisfaction' && !RATINGS.includes(body.rating as NonNullable<FeedbackBody['rating']>)) {
    errors.push({ field: 'rating', message: 'Vui lòng chọn mức độ hài lòng.' });
  }
  if (body.kind === 'petition' && !body.message?.trim()) errors.push({ field: 'message', message: 'Vui lòng nhập nội dung phản ánh, kiến nghị.' });
  if ((body.message?.length ?? 0) > MESSAGE_MAX) {
    errors.push({ field: 'message', message: `Nội dung không được vượt quá ${formatNumber(MESSAGE_MAX, 'vi')} ký tự.` });
  }
  const c = body.contact;
  if (c) {
    if (!body.consent) errors.push({ field: 'consent', message: 'Cần có sự đồng ý trước khi gửi thông tin liên hệ.' });
    if (c.email && !EMAIL.test(c.email)) errors.push({ field: 'email', message: 'Địa chỉ email không đúng định dạng.' });
    if (c.phone && !PHONE.test(c.phone.replace(/[\s.-]/g, ''))) errors.push({ field: 'phone', message: 'Số điện thoại không đúng định dạng.' });
  }
  return errors;
}

/** Stats for an agency, or the whole province, computed from the catalog. */
export function statsFor(catalog: Catalog, agency: string | null, now = Date.now()): Stats | null {
  const a = agency ? AGENCIES.find((x) => x.code === agency) : undefined;
  if (agency && !a) return null;
  const list = a ? catalog.procedures.filter((p) => p.agency.code === a.code) : catalog.procedures;
  const count = (level: string) => list.filter((p) => p.level === level).length;
  const year = new Date(now).getUTCFullYear();
  const total = a ? 1240 : 48_210;
  const late = a ? 37 : 1_903;
  return {
    agency: a ? { code: a.code, name: a.name } : { code: PROVINCE.code, name: PROVINCE.name },
    period: { from: `${year}-01-01T00:00:00+07:00`, to: new Date(now).toISOString() },
    procedures: { total: list.length, full: count('full'), partial: count('partial'), info: count('info') },
    dossiers: { total, onTime: total - late, late },
  };
}

/** MSW handlers for every endpoint of the API contract v1, and the same catalog as a static folder (catalog-folder.ts). */
export function createHandlers(opts: MockOptions = {}): HttpHandler[] {
  const base = opts.base ?? '*/api/v1';
  const catalog = opts.catalog ?? sampleCatalog();
  const dossiers = opts.dossiers ?? sampleDossiers();
  const idempotent = new Map<string, { id: string; receivedAt: string }>();
  let feedbackCounter = 0;

  const start = async (endpoint: Endpoint): Promise<Response | undefined> => {
    if (opts.latency) await delay(opts.latency);
    return applyFault(endpoint);
  };

  return [
    ...createCatalogFolderHandlers({ catalog, latency: opts.latency }),
    http.get(`${base}/procedures`, async ({ request }) => {
      const fault = await start('procedures');
      if (fault) return fault;
      const url = new URL(request.url);
      const p = url.searchParams;
      const codes = p.get('codes');
      if (codes !== null) {
        const list = codes.split(',').filter(Boolean);
        if (list.length > 100) {
          const message = { vi: 'Tối đa 100 mã thủ tục.', en: 'At most 100 procedure codes.' }[normalizeLang(request.headers.get('Accept-Language'))];
          return problemIn(request, 422, 'urn:dvc:problem:validation', { vi: 'Dữ liệu không hợp lệ', en: 'Invalid data' }, { errors: [{ field: 'codes', message }] });
        }
        const items = list.map((c) => catalog.byCode.get(c)).filter((x) => x !== undefined).map(summary);
        return HttpResponse.json({ items, total: items.length, page: 1, pageSize: Math.max(1, items.length) });
      }
      const page = Number(p.get('page') ?? '1');
      const pageSize = Number(p.get('pageSize') ?? '10');
      const errors: FieldError[] = [];
      const en = normalizeLang(request.headers.get('Accept-Language')) === 'en';
      if (!Number.isInteger(page) || page < 1) errors.push({ field: 'page', message: en ? 'page must be a whole number from 1.' : 'page phải là số nguyên từ 1.' });
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
        errors.push({ field: 'pageSize', message: en ? 'pageSize must be from 1 to 100.' : 'pageSize phải từ 1 đến 100.' });
      }
      if (errors.length) return problemIn(request, 422, 'urn:dvc:problem:validation', { vi: 'Dữ liệu không hợp lệ', en: 'Invalid data' }, { errors });

      const words = foldedWords(p.get('q') ?? '');
      const [domain, agency, tier, level] = ['domain', 'agency', 'tier', 'level'].map((k) => p.get(k));
      const matches = [];
      for (let i = 0; i < catalog.procedures.length; i++) {
        const proc = catalog.procedures[i];
        if (domain && proc.domain.code !== domain) continue;
        if (agency && proc.agency.code !== agency) continue;
        if (tier && proc.tier !== tier) continue;
        if (level && proc.level !== level) continue;
        if (words.length && !words.every((w) => catalog.folded[i].includes(w))) continue;
        matches.push(proc);
      }
      const items = matches.slice((page - 1) * pageSize, page * pageSize).map(summary);
      return HttpResponse.json({ items, total: matches.length, page, pageSize });
    }),

    http.get(`${base}/procedures/:code`, async ({ params, request }) => {
      const fault = await start('procedure');
      if (fault) return fault;
      const proc = catalog.byCode.get(String(params.code));
      if (!proc) return problemIn(request, 404, NOT_FOUND, { vi: 'Không tìm thấy thủ tục', en: 'Procedure not found' });
      const { confirmed: _confirmed, ...rest } = proc;
      return HttpResponse.json(rest);
    }),

    http.get(`${base}/domains`, async () => (await start('domains')) ?? HttpResponse.json({ items: catalog.domains })),

    http.get(`${base}/agencies`, async ({ request }) => {
      const fault = await start('agencies');
      if (fault) return fault;
      const tier = new URL(request.url).searchParams.get('tier');
      return HttpResponse.json({ items: AGENCIES.filter((a) => !tier || a.tier === tier) });
    }),

    http.get(`${base}/dossiers/:code`, async ({ params, request }) => {
      const fault = await start('dossier');
      if (fault) return fault;
      const d = dossiers.find((x) => x.code === String(params.code));
      if (!d) return problemIn(request, 404, NOT_FOUND, { vi: 'Không tìm thấy hồ sơ', en: 'Dossier not found' });
      const { verifier, verifierLabel, ...dossier } = d;
      if (verifier !== undefined && request.headers.get('X-Dossier-Verifier') !== verifier) {
        return problem(403, 'urn:dvc:problem:verifier-required', 'Cần thông tin xác minh', {
          verifierLabel,
          detail: request.headers.has('X-Dossier-Verifier') ? 'Thông tin xác minh không đúng.' : undefined,
        });
      }
      return HttpResponse.json(dossier);
    }),

    http.post(`${base}/feedback`, async ({ request }) => {
      const fault = await start('feedback');
      if (fault) return fault;
      const key = request.headers.get('Idempotency-Key');
      if (!key) return problem(400, 'about:blank', 'Thiếu Idempotency-Key');
      const seen = idempotent.get(key);
      if (seen) return HttpResponse.json(seen, { status: 201 });
      let body: Partial<FeedbackBody>;
      try {
        body = (await request.json()) as Partial<FeedbackBody>;
      } catch {
        return problem(400, 'about:blank', 'Nội dung không phải JSON');
      }
      const errors = validateFeedback(body);
      if (errors.length) return validation(errors);
      feedbackCounter += 1;
      const receipt = {
        id: `PAKN-${new Date().getUTCFullYear()}-${String(feedbackCounter).padStart(6, '0')}`,
        receivedAt: new Date().toISOString(),
      };
      idempotent.set(key, receipt);
      receivedFeedback.push({ key, body: body as FeedbackBody, id: receipt.id });
      return HttpResponse.json(receipt, { status: 201 });
    }),

    http.get(`${base}/stats`, async ({ request }) => {
      const fault = await start('stats');
      if (fault) return fault;
      const s = statsFor(catalog, new URL(request.url).searchParams.get('agency'));
      return s ? HttpResponse.json(s) : problemIn(request, 404, NOT_FOUND, { vi: 'Không tìm thấy cơ quan', en: 'Agency not found' });
    }),
  ];
}

function summary(p: Catalog['procedures'][number]) {
  const { code, name, domain, agency, tier, level, processingTime, fee, url } = p;
  return { code, name, domain, agency, tier, level, processingTime, fee, url };
}
