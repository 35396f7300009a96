import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { Dossier, DossierStatus } from '../../src/api/types.js';
import { sampleDossiers, vnIso } from '../../src/mocks/data/dossiers.js';
import { API, useMockApi } from '../helpers/mock-api.js';
import { $, factsText, loaded, mount, text, timelinessOf } from './dossier-tracker-helpers.js';

/**
 * Time limits, compared by calendar day in Asia/Ho_Chi_Minh while the browser runs in UTC. Dossiers are dated
 * relative to now (vnIso(now, days, hh, mm) is a +07:00 timestamp `days` Vietnamese calendar days from today),
 * so every expectation holds whenever the tests run.
 */

const now = () => Date.now();
const base = sampleDossiers().find((d) => d.status === 4)!;

function dossier(status: DossierStatus, dates: Partial<Pick<Dossier, 'dueAt' | 'finishedAt' | 'returnedAt'>>): Dossier {
  return { ...base, status, dueAt: undefined, finishedAt: undefined, returnedAt: undefined, ...dates };
}

/** The day of an ISO timestamp as written in +07:00, dd/MM/yyyy: what a Vietnamese reader must see. */
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

describe('<dvc-dossier-tracker> time limits', () => {
  let worker: Awaited<ReturnType<typeof useMockApi>>;
  beforeEach(async () => {
    worker = await useMockApi();
  });

  async function show(d: Dossier, lang = 'vi') {
    worker.use(http.get(`${API}/dossiers/:code`, () => HttpResponse.json(d)));
    const el = await mount({ code: d.code, lang });
    await loaded(el);
    return el;
  }

  describe('from the sample dossiers', () => {
    const sample = (pred: (d: Dossier) => boolean) => sampleDossiers().find(pred)!;
    const cases: [string, () => Dossier, string, string][] = [
      ['open with days left', () => sample((d) => d.status === 2), 'remaining', 'Còn 3 ngày'],
      ['open and overdue', () => sample((d) => d.status === 4 && Date.parse(d.dueAt!) < now()), 'overdue', 'Quá hạn 2 ngày'],
      ['finished early', () => sample((d) => d.status === 9), 'early', 'Trước hạn 2 ngày'],
      ['finished on time', () => sample((d) => d.status === 10 && d.dueAt!.slice(0, 10) === d.finishedAt!.slice(0, 10)), 'on-time', 'Đúng hạn'],
      ['finished late', () => sample((d) => d.status === 10 && d.dueAt! < d.finishedAt! && !d.code.startsWith('000.00.53.H48-22')), 'late', 'Quá hạn 1 ngày'],
      ['the historical one, returned early', () => sample((d) => d.code === '000.00.53.H48-220921-0099'), 'early', 'Trước hạn 1 ngày'],
    ];
    for (const [what, pick, kind, phrase] of cases) {
      it(`${what}: "${phrase}"`, async () => {
        const d = pick();
        const el = await mount({ code: d.code });
        await loaded(el);
        const t = timelinessOf(el)!;
        expect(t.dataset.timeliness).to.equal(kind);
        expect(text(t)).to.equal(`Thời hạn: ${phrase}`);
        expect(t.querySelector('svg[aria-hidden="true"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    for (const status of [3, 7, 8] as DossierStatus[]) {
      it(`status ${status} has no time limit line`, async () => {
        const d = sampleDossiers().find((x) => x.status === status)!;
        const el = await mount({ code: d.code });
        await loaded(el);
        expect(!!timelinessOf(el)).to.equal(false);
      });
    }
  });

  describe('near midnight, browser in UTC', () => {
    it('due today at 23:30 (+07:00): "Hôm nay là hạn cuối", dated today in Vietnam', async () => {
      const due = vnIso(now(), 0, 23, 30);
      const el = await show(dossier(4, { dueAt: due }));
      expect(text(timelinessOf(el))).to.equal('Thời hạn: Hôm nay là hạn cuối');
      expect(timelinessOf(el)!.dataset.timeliness).to.equal('remaining');
      expect(factsText(el)).to.contain(`Hạn trả kết quả ${vnDate(due)} 23:30`);
      expect(text($(el, '[part="next"]'))).not.to.contain('Phiếu xin lỗi');
    });

    it('due yesterday at 23:59 (+07:00): "Quá hạn 1 ngày"', async () => {
      const el = await show(dossier(2, { dueAt: vnIso(now(), -1, 23, 59) }));
      expect(text(timelinessOf(el))).to.equal('Thời hạn: Quá hạn 1 ngày');
      expect(text($(el, '[part="next"]'))).to.contain('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
    });

    it('past its due day while it waits for the applicant (5, 6): "Quá hạn" as for any open dossier, but advice to act, not an apology', async () => {
      const cases: [DossierStatus, string, string][] = [
        [5, 'Hãy nộp các giấy tờ cơ quan yêu cầu', 'Send the requested documents'],
        [6, 'Hãy nộp theo thông báo của', 'Pay as'],
      ];
      for (const [status, vi, en] of cases) {
        const d = dossier(status, { dueAt: vnIso(now(), -3, 17, 0) });
        const el = await show(d);
        expect(text(timelinessOf(el)), `${status}`).to.equal('Thời hạn: Quá hạn 3 ngày');
        expect(timelinessOf(el)!.dataset.timeliness).to.equal('overdue');
        const next = text($(el, '[part="next"]'));
        expect(next, `${status}`).not.to.contain('Phiếu xin lỗi');
        // What to do, then that it is overdue and waits for them.
        expect(next).to.contain(vi);
        expect(text($(el, '[part="next"] .overdue'))).to.equal(
          'Hồ sơ đã quá hạn trả kết quả và đang chờ bạn: hãy làm ngay việc nêu trên để hồ sơ được giải quyết tiếp.',
        );
        el.remove();

        const english = await show(d, 'en');
        const said = text($(english, '[part="next"]'));
        expect(said, `${status} in English`).not.to.contain('apology');
        expect(said).to.contain(en);
        expect(text($(english, '[part="next"] .overdue'))).to.equal(
          'Your dossier is past its due date and is waiting for you: do what is asked above now, so that it can be handled further.',
        );
        english.remove();
      }
      // Waiting at the office, past its due day: the office still owes its apology.
      const el = await show(dossier(2, { dueAt: vnIso(now(), -3, 17, 0) }));
      expect(text(timelinessOf(el))).to.equal('Thời hạn: Quá hạn 3 ngày');
      expect(text($(el, '[part="next"]'))).to.contain('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
    });

    it('due tomorrow at 00:15 (+07:00), which is still today in UTC: "Còn 1 ngày"', async () => {
      const due = vnIso(now(), 1, 0, 15);
      const el = await show(dossier(5, { dueAt: due }));
      expect(text(timelinessOf(el))).to.equal('Thời hạn: Còn 1 ngày');
      expect(factsText(el)).to.contain(`Hạn trả kết quả ${vnDate(due)} 00:15`);
    });

    it('finished today at 00:10 (yesterday in UTC), due today at 23:30: "Đúng hạn", not early', async () => {
      const finished = vnIso(now(), 0, 0, 10);
      const el = await show(dossier(9, { dueAt: vnIso(now(), 0, 23, 30), finishedAt: finished }));
      expect(text(timelinessOf(el))).to.equal('Thời hạn: Đúng hạn');
      expect(factsText(el)).to.contain(`Ngày giải quyết xong ${vnDate(finished)} 00:10`);
      const time = [...el.shadowRoot!.querySelectorAll('[part="facts"] time')].find((t) => t.textContent!.endsWith('00:10'))!;
      expect(time.getAttribute('datetime')).to.equal(`${finished.slice(0, 16)}+07:00`);
    });

    it('returned after the due day, finished on it (23:50): "Đúng hạn" counts the finish day', async () => {
      const el = await show(dossier(10, { dueAt: vnIso(now(), -3, 17), finishedAt: vnIso(now(), -3, 23, 50), returnedAt: vnIso(now(), -1, 9) }));
      expect(text(timelinessOf(el))).to.equal('Thời hạn: Đúng hạn');
    });

    it('finished the day after the due day at 00:05: "Quá hạn 1 ngày"', async () => {
      const el = await show(dossier(10, { dueAt: vnIso(now(), -3, 23, 59), finishedAt: vnIso(now(), -2, 0, 5), returnedAt: vnIso(now(), -1, 9) }));
      expect(text(timelinessOf(el))).to.equal('Thời hạn: Quá hạn 1 ngày');
      expect(timelinessOf(el)!.dataset.timeliness).to.equal('late');
    });

    it('an answer with UTC timestamps is shown in Vietnam time', async () => {
      // 17:30 UTC on the eve of a Vietnamese day is 00:30 of that day in Vietnam.
      const dueVn = vnIso(now(), 2, 0, 30);
      const dueUtc = new Date(Date.parse(dueVn)).toISOString();
      const el = await show(dossier(4, { dueAt: dueUtc }));
      expect(factsText(el)).to.contain(`Hạn trả kết quả ${vnDate(dueVn)} 00:30`);
      expect(text(timelinessOf(el))).to.equal('Thời hạn: Còn 2 ngày');
    });

    it('without a due date: no time limit line', async () => {
      const el = await show(dossier(4, {}));
      expect(!!timelinessOf(el)).to.equal(false);
      expect(factsText(el)).not.to.contain('Hạn trả kết quả');
    });
  });

  describe('in English', () => {
    const cases: [string, () => Dossier, string][] = [
      ['due today', () => dossier(4, { dueAt: vnIso(now(), 0, 23, 30) }), 'Due today'],
      ['1 day left', () => dossier(4, { dueAt: vnIso(now(), 1, 8) }), '1 day left'],
      ['overdue', () => dossier(4, { dueAt: vnIso(now(), -2, 17) }), '2 days overdue'],
      ['early', () => dossier(9, { dueAt: vnIso(now(), 1, 17), finishedAt: vnIso(now(), 0, 9) }), '1 day early'],
      ['on time', () => dossier(9, { dueAt: vnIso(now(), 0, 17), finishedAt: vnIso(now(), 0, 9) }), 'On time'],
      ['late', () => dossier(10, { dueAt: vnIso(now(), -5, 17), finishedAt: vnIso(now(), -2, 9) }), '3 days late'],
    ];
    for (const [what, make, phrase] of cases) {
      it(`${what}: "${phrase}"`, async () => {
        const el = await show(make(), 'en');
        expect(text(timelinessOf(el))).to.equal(`Time limit: ${phrase}`);
      });
    }
  });
});
