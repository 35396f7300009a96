import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import '../../src/components/service-level-badge/service-level-badge.js';
import type { DvcServiceLevelBadge } from '../../src/components/service-level-badge/service-level-badge.js';
import { resetLevelBatchers } from '../../src/components/service-level-badge/level-batcher.js';
import { setFault } from '../../src/mocks/faults.js';
import { PROCEDURES } from '../../src/mocks/data/procedures.js';
import { API, requests, requestUrls, shadowText, until, useMockApi } from '../helpers/mock-api.js';

const badgeOf = (el: Element) => el.shadowRoot!.querySelector('[part="badge"]') as HTMLElement;
const levelOf = (el: Element) => badgeOf(el)?.dataset.level;
const settled = (el: DvcServiceLevelBadge) => until(() => !['loading', undefined].includes(levelOf(el)));

describe('<dvc-service-level-badge>', () => {
  let worker: SetupWorker;
  beforeEach(async () => {
    worker = await useMockApi();
    resetLevelBatchers();
  });

  describe('with a static level', () => {
    const cases: [string, string, string, string][] = [
      ['full', 'full', 'Toàn trình', 'Dịch vụ công trực tuyến toàn trình'],
      ['partial', 'partial', 'Một phần', 'Dịch vụ công trực tuyến một phần'],
      ['info', 'info', 'Cung cấp thông tin', 'Thủ tục chỉ cung cấp thông tin, chưa có dịch vụ công trực tuyến'],
      ['4', 'full', 'Toàn trình', 'Dịch vụ công trực tuyến toàn trình'],
      ['3', 'partial', 'Một phần', 'Dịch vụ công trực tuyến một phần'],
      ['2', 'info', 'Cung cấp thông tin', 'Thủ tục chỉ cung cấp thông tin'],
      ['1', 'info', 'Cung cấp thông tin', 'Thủ tục chỉ cung cấp thông tin'],
    ];
    for (const [input, level, short, full] of cases) {
      it(`level="${input}" shows "${short}" with its full label, an icon, no request, and passes axe`, async () => {
        const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge level=${input}></dvc-service-level-badge>`);
        expect(levelOf(el)).to.equal(level);
        expect(badgeOf(el).querySelector('span[aria-hidden="true"]')!.textContent).to.equal(short);
        expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.contain(full);
        expect(el.shadowRoot!.querySelector('svg[aria-hidden="true"]')).to.exist;
        expect(requests.length).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    it('speaks English when asked, and follows a lang change', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-service-level-badge level="4"></dvc-service-level-badge></div>`);
      const el = wrap.firstElementChild as DvcServiceLevelBadge;
      expect(shadowText(el)).to.contain('Fully online');
      wrap.lang = 'vi';
      await until(() => shadowText(el).includes('Toàn trình'));
    });

    it('shows the full label as a tooltip on focus, dismissible with Escape', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge level="full"></dvc-service-level-badge>`);
      const tip = el.shadowRoot!.querySelector('[part="tooltip"]') as HTMLElement;
      expect(getComputedStyle(tip).display).to.equal('none');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === badgeOf(el), 'the badge has focus').to.equal(true);
      expect(getComputedStyle(tip).display).to.equal('block');
      expect(tip.textContent).to.contain('Dịch vụ công trực tuyến toàn trình');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(getComputedStyle(tip).display).to.equal('none');
    });

    it('is not a tab stop when plain', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge plain level="full"></dvc-service-level-badge>`);
      expect(badgeOf(el).hasAttribute('tabindex')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="tooltip"]') === null, 'no tooltip').to.equal(true);
    });

    it('shows an unknown state for a level it cannot read, and tells the webmaster', async () => {
      const errors: string[] = [];
      const orig = console.error;
      console.error = (m: string) => errors.push(m);
      try {
        const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge level="7"></dvc-service-level-badge>`);
        expect(levelOf(el)).to.equal('unknown');
        expect(shadowText(el)).to.contain('Chưa rõ mức độ');
        expect(shadowText(el)).to.contain('Chưa có thông tin mức độ dịch vụ công trực tuyến');
        expect(shadowText(el)).not.to.contain('thủ tục 7');
        expect(errors.some((e) => e.includes('level="7"'))).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        console.error = orig;
      }
    });

    it('keeps the tooltip open while the pointer moves from the badge onto it', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge level="full"></dvc-service-level-badge>`);
      const badge = badgeOf(el).getBoundingClientRect();
      const { sendMouse } = await import('@web/test-runner-commands');
      await sendMouse({ type: 'move', position: [Math.round(badge.left + 5), Math.round(badge.top + badge.height / 2)] });
      const tip = el.shadowRoot!.querySelector('[part="tooltip"]') as HTMLElement;
      expect(getComputedStyle(tip).display).to.equal('block');
      // Down through the gap between the badge and the tooltip, onto the tooltip's text.
      for (let y = Math.round(badge.bottom); y <= Math.round(tip.getBoundingClientRect().top + 10); y += 2) {
        await sendMouse({ type: 'move', position: [Math.round(badge.left + 5), y] });
        expect(getComputedStyle(tip).display, `at y=${y}`).to.equal('block');
      }
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  });

  describe('with a procedure code', () => {
    it('shows loading, then the fetched level', async () => {
      const proc = PROCEDURES.find((p) => p.code === '1.001193')!;
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} procedure="1.001193"></dvc-service-level-badge>`);
      expect(levelOf(el)).to.equal('loading');
      expect(shadowText(el)).to.contain('Đang tải mức độ');
      await expect(el).to.be.accessible();
      await settled(el);
      expect(levelOf(el)).to.equal(proc.level);
      expect(requestUrls()).to.deep.equal(['/procedures?codes=1.001193']);
      await expect(el).to.be.accessible();
    });

    it('takes the API base from the page meta', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'dvc-api-base', content: API });
      document.head.append(meta);
      try {
        const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge procedure="1.000894"></dvc-service-level-badge>`);
        await settled(el);
        expect(requestUrls()).to.deep.equal(['/procedures?codes=1.000894']);
      } finally {
        meta.remove();
      }
    });

    it('shows a quiet unknown state for a code the API does not know', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} procedure="0.000000"></dvc-service-level-badge>`);
      await settled(el);
      expect(levelOf(el)).to.equal('unknown');
      expect(shadowText(el)).to.contain('Chưa rõ mức độ');
      expect(el.shadowRoot!.querySelector('[role="alert"]') === null, 'no alert').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows an error with a retry that works once the API recovers', async () => {
      setFault('procedures', { kind: 'server-error' }, 1);
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} procedure="1.001193"></dvc-service-level-badge>`);
      await settled(el);
      expect(levelOf(el)).to.equal('error');
      expect(shadowText(el)).to.contain('Không tải được mức độ');
      expect(shadowText(el)).to.contain('Hệ thống dịch vụ công đang gặp sự cố');
      await expect(el).to.be.accessible();
      (el.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
      await until(() => levelOf(el) === PROCEDURES.find((p) => p.code === '1.001193')!.level);
      expect(requests.length).to.equal(2);
    });

    it('batches: 20 badges make one request, a repeated code is fetched once', async () => {
      const codes = PROCEDURES.slice(0, 20).map((p) => p.code);
      const wrap = await fixture<HTMLElement>(html`<div>
        ${codes.map((c) => html`<dvc-service-level-badge api-base=${API} procedure=${c}></dvc-service-level-badge>`)}
        <dvc-service-level-badge api-base=${API} procedure=${codes[0]}></dvc-service-level-badge>
      </div>`);
      const badges = [...wrap.querySelectorAll('dvc-service-level-badge')] as DvcServiceLevelBadge[];
      await Promise.all(badges.map(settled));
      expect(requests.length).to.equal(1);
      const asked = new URL(requests[0].url).searchParams.get('codes')!.split(',');
      expect(asked.sort()).to.deep.equal([...codes].sort());
      badges.slice(0, 20).forEach((b, i) => expect(levelOf(b)).to.equal(PROCEDURES[i].level));
    });

    it('batches: 150 badges make two requests of at most 100 codes', async () => {
      const codes = Array.from({ length: 150 }, (_, i) => PROCEDURES[i % PROCEDURES.length].code + (i >= PROCEDURES.length ? `.x${i}` : ''));
      const wrap = await fixture<HTMLElement>(html`<div>
        ${codes.map((c) => html`<dvc-service-level-badge plain api-base=${API} procedure=${c}></dvc-service-level-badge>`)}
      </div>`);
      const badges = [...wrap.querySelectorAll('dvc-service-level-badge')] as DvcServiceLevelBadge[];
      await Promise.all(badges.map(settled));
      expect(requests.length).to.equal(2);
      const sizes = requests.map((r) => new URL(r.url).searchParams.get('codes')!.split(',').length);
      expect(sizes.sort((a, b) => a - b)).to.deep.equal([50, 100]);
    });
  });

  describe('with an agency', () => {
    /** Figures with a known share: (60 + 40) / 120 online = 83.3 %. */
    const figures = (agency?: { code: string; name: string }) =>
      worker.use(
        http.get(`${API}/stats`, () =>
          HttpResponse.json({
            ...(agency ? { agency } : {}),
            period: { from: '2026-01-01T00:00:00+07:00', to: '2026-06-30T00:00:00+07:00' },
            procedures: { total: 120, full: 60, partial: 40, info: 20 },
            dossiers: { total: 1240, onTime: 1203, late: 37 },
          }),
        ),
      );

    it('shows the share of online procedures, with the breakdown on request', async () => {
      figures({ code: 'STP', name: 'Sở Tư pháp tỉnh Quảng Ngãi' });
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>`);
      expect(shadowText(el)).to.contain('Đang tải số liệu');
      await settled(el);
      expect(requestUrls()).to.deep.equal(['/stats?agency=STP']);
      expect(el.shadowRoot!.textContent).to.contain('83,3\u00a0% thủ tục trực tuyến');
      const details = el.shadowRoot!.querySelector('details')!;
      expect(details.open).to.equal(false);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(shadowText(el)).to.contain('Sở Tư pháp tỉnh Quảng Ngãi');
      expect(shadowText(el)).to.contain('Tổng số thủ tục');
      await expect(el).to.be.accessible();
    });

    it('an empty agency means the whole province; English figures', async () => {
      figures();
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge lang="en" api-base=${API} agency=""></dvc-service-level-badge>`);
      await settled(el);
      expect(requestUrls()).to.deep.equal(['/stats']);
      expect(shadowText(el)).to.contain('83.3% of procedures online');
    });

    it('announces a failure with when to try again, and retries', async () => {
      setFault('stats', { kind: 'rate-limited', retryAfter: 20 }, 1);
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>`);
      await settled(el);
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('Không tải được số liệu dịch vụ công');
      expect(status.textContent).to.contain('Vui lòng thử lại sau 20 giây');
      await expect(el).to.be.accessible();
      (el.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
      await until(() => levelOf(el) === 'stats');
    });
  });

  describe('without an API address', () => {
    it('tells the webmaster what to add, and logs one console error', async () => {
      const errors: string[] = [];
      const orig = console.error;
      console.error = (m: string) => errors.push(m);
      try {
        const wrap = await fixture<HTMLElement>(html`<div>
          <dvc-service-level-badge procedure="1.001193"></dvc-service-level-badge>
          <dvc-service-level-badge procedure="1.000894"></dvc-service-level-badge>
        </div>`);
        const el = wrap.firstElementChild as DvcServiceLevelBadge;
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.contain('api-base');
        expect(alert.textContent).to.contain('dvc-api-base');
        expect(errors.filter((e) => e.includes('dvc-service-level-badge'))).to.have.length(1);
        expect(requests.length).to.equal(0);
        await expect(el).to.be.accessible();
      } finally {
        console.error = orig;
      }
    });
  });
});

describe('<dvc-service-level-badge> on and off the page', () => {
  const signals: AbortSignal[] = [];
  const realFetch = window.fetch;
  beforeEach(async () => {
    await useMockApi();
    resetLevelBatchers();
    signals.length = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
  });
  afterEach(() => (window.fetch = realFetch));

  it('aborts its request when removed, and loads again when put back', async () => {
    setFault('stats', { kind: 'slow', ms: 400 }, 1);
    const wrap = await fixture<HTMLElement>(html`<div><dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge></div>`);
    const el = wrap.firstElementChild as DvcServiceLevelBadge;
    await until(() => signals.length === 1);
    el.remove();
    expect(signals[0].aborted).to.equal(true);
    wrap.append(el);
    await until(() => levelOf(el) === 'stats');
    expect(signals.length).to.equal(2);
    expect(signals[1].aborted).to.equal(false);
  });
});
