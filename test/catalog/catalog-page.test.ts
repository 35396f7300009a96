import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/procedure-search/procedure-search.js';
import '../../src/components/service-level-badge/service-level-badge.js';
import '../../src/components/dossier-tracker/dossier-tracker.js';
import '../../src/components/feedback-form/feedback-form.js';
import type { DvcServiceLevelBadge } from '../../src/components/service-level-badge/service-level-badge.js';
import { loadCatalog } from '../../src/catalog/catalog-store.js';
import { catalogIndexOf } from '../../src/mocks/catalog-folder.js';
import { sampleCatalog } from '../../src/mocks/catalog.js';
import { sampleDossiers } from '../../src/mocks/data/dossiers.js';
import { setFault } from '../../src/mocks/faults.js';
import { formatPercent } from '../../src/i18n/format.js';
import { formatDate } from '../../src/time/ho-chi-minh.js';
import { API, requestUrls, requests, shadowText, until } from '../helpers/mock-api.js';
import { CATALOG, catalogRequests, indexRequests, useMockCatalog } from '../helpers/mock-catalog.js';

// Badges reading a catalog, and pages that mix a catalog with (or without) an API.

const badgeOf = (el: Element) => el.shadowRoot!.querySelector('[part="badge"]') as HTMLElement | null;
const levelOf = (el: Element) => badgeOf(el)?.dataset.level;
const settled = (el: Element) => until(() => !['loading', undefined].includes(levelOf(el)));
const { procedures, agencies } = catalogIndexOf(sampleCatalog());
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);

describe('catalog mode across a page', () => {
  beforeEach(async () => {
    await useMockCatalog();
  });

  describe('<dvc-service-level-badge procedure catalog>', () => {
    it('a search and 40 badges share one index request, and nothing else is asked', async () => {
      const codes = procedures.slice(0, 40).map((p) => p.code);
      const wrap = await fixture<HTMLElement>(html`<div>
        <dvc-procedure-search catalog=${CATALOG} query="khai sinh"></dvc-procedure-search>
        ${codes.map((c) => html`<dvc-service-level-badge catalog=${CATALOG} procedure=${c}></dvc-service-level-badge>`)}
      </div>`);
      const badges = [...wrap.querySelectorAll('dvc-service-level-badge')];
      await Promise.all(badges.map(settled));
      expect(badges.map(levelOf)).to.deep.equal(procedures.slice(0, 40).map((p) => p.level));
      const search = wrap.querySelector('dvc-procedure-search')!;
      await until(() => /^Tìm thấy/.test($(search, '[part="status"]')!.textContent!));
      expect(catalogRequests).to.deep.equal([`${CATALOG}index.json`]);
      expect(requests).to.have.length(0);
      await expect(badges[0]).to.be.accessible();
    });

    it('the same folder written three ways is one catalog: one index request', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <dvc-service-level-badge catalog="https://tinh.test/thu-tuc" procedure="1.001193"></dvc-service-level-badge>
        <dvc-service-level-badge catalog="https://tinh.test/thu-tuc/index.json" procedure="1.000894"></dvc-service-level-badge>
        <dvc-procedure-search catalog=" https://tinh.test/thu-tuc/ " query="khai tu"></dvc-procedure-search>
      </div>`);
      await Promise.all([...wrap.querySelectorAll('dvc-service-level-badge')].map(settled));
      const search = wrap.querySelector('dvc-procedure-search')!;
      await until(() => /^Tìm thấy/.test($(search, '[part="status"]')!.textContent!));
      expect(catalogRequests).to.deep.equal([`${CATALOG}index.json`]);
    });

    it('an address with a query (a cache-buster) or a fragment: each file is asked for with that query', async () => {
      // What a webmaster may paste: the folder with `?v=…` to refresh caches, or its index's address with `#…`.
      const wrap = await fixture<HTMLElement>(html`<div>
        <dvc-service-level-badge catalog="https://tinh.test/thu-tuc/?v=20261201" procedure="1.001193"></dvc-service-level-badge>
        <dvc-procedure-search catalog="https://tinh.test/thu-tuc/index.json?v=20261201#muc-luc" query="1.001193"></dvc-procedure-search>
      </div>`);
      const badge = wrap.querySelector('dvc-service-level-badge')!;
      await settled(badge);
      expect(levelOf(badge)).to.equal(procedures.find((p) => p.code === '1.001193')!.level);
      const search = wrap.querySelector('dvc-procedure-search')!;
      await until(() => /^Tìm thấy 1 thủ tục/.test($(search, '[part="status"]')!.textContent!));
      $(search, '[part="result-toggle"]')!.click();
      await until(() => shadowText(search).includes('Trình tự thực hiện'));
      expect(catalogRequests).to.deep.equal([`${CATALOG}index.json?v=20261201`, `${CATALOG}procedures/1.001193.json?v=20261201`]);
      // Another query is another publication: its own index.
      const other = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge catalog="https://tinh.test/thu-tuc/?v=20261202" procedure="1.000894"></dvc-service-level-badge>`);
      await settled(other);
      expect(catalogRequests.filter((u) => u.includes('/index.json'))).to.deep.equal([`${CATALOG}index.json?v=20261201`, `${CATALOG}index.json?v=20261202`]);
      await expect(search).to.be.accessible();
    });

    it('a code the catalog does not list shows the quiet unknown state', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge catalog=${CATALOG} procedure="9.999999"></dvc-service-level-badge>`);
      await settled(el);
      expect(levelOf(el)).to.equal('unknown');
      expect(shadowText(el)).to.contain('Chưa có thông tin mức độ dịch vụ của thủ tục 9.999999');
      await expect(el).to.be.accessible();
    });

    it('an unreadable catalog: the error and retry of a failing API, and the retry fetches the index again', async () => {
      setFault('catalog-index', { kind: 'missing' }, 1);
      const wrap = await fixture<HTMLElement>(html`<div>
        <dvc-service-level-badge catalog=${CATALOG} procedure="1.001193"></dvc-service-level-badge>
        <dvc-service-level-badge catalog=${CATALOG} procedure="1.000894"></dvc-service-level-badge>
      </div>`);
      const [a, b] = [...wrap.querySelectorAll('dvc-service-level-badge')];
      await Promise.all([settled(a), settled(b)]);
      expect([levelOf(a), levelOf(b)]).to.deep.equal(['error', 'error']);
      expect(shadowText(a)).to.contain('Không tải được mức độ');
      expect(shadowText(a)).to.contain('Hệ thống dịch vụ công đang gặp sự cố. Vui lòng thử lại.');
      expect(indexRequests()).to.have.length(1);
      await expect(a).to.be.accessible();
      $(a, 'button.retry')!.click();
      await until(() => levelOf(a) === 'full');
      expect(indexRequests()).to.have.length(2);
    });

    it('takes the catalog from <meta name="dvc-catalog">, and Tab moves as with the API: no stop on a badge', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'dvc-catalog', content: CATALOG });
      document.head.append(meta);
      try {
        const wrap = await fixture<HTMLElement>(html`<div>
          <button>Trước</button>
          ${procedures.slice(0, 5).map((p) => html`<dvc-service-level-badge procedure=${p.code}></dvc-service-level-badge>`)}
          <button>Sau</button>
        </div>`);
        const badges = [...wrap.querySelectorAll('dvc-service-level-badge')];
        await Promise.all(badges.map(settled));
        expect(badges.map(levelOf)).to.deep.equal(procedures.slice(0, 5).map((p) => p.level));
        const [before, after] = wrap.querySelectorAll('button');
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement === after, 'one Tab from the control before the badges to the one after').to.equal(true);
        expect(requests).to.have.length(0);
      } finally {
        // Widgets first: one updating after the meta is gone would find no catalog.
        fixtureCleanup();
        await new Promise((r) => setTimeout(r));
        meta.remove();
      }
    });
  });

  describe('<dvc-service-level-badge agency catalog>', () => {
    it('with a catalog only: the catalog\'s counts by level, as of its date, without dossier figures', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge catalog=${CATALOG} agency="STP"></dvc-service-level-badge>`);
      await until(() => $(el, '[part="breakdown"]'));
      const own = procedures.filter((p) => p.agency.code === 'STP');
      const online = own.filter((p) => p.level !== 'info').length;
      expect(shadowText(el)).to.contain(`${formatPercent(online / own.length, 'vi')} thủ tục trực tuyến`.replace(/\s+/g, ' '));
      const breakdown = $(el, '[part="breakdown"]')!.textContent!.replace(/\s+/g, ' ');
      expect(breakdown).to.contain(`Số liệu của ${agencies.find((a) => a.code === 'STP')!.name}`);
      expect(breakdown).to.match(new RegExp(`Tổng số thủ tục ?${own.length}`));
      expect(breakdown).to.contain(`Số liệu ngày ${formatDate(new Date().toISOString())}`);
      expect(breakdown).not.to.contain('hồ sơ');
      expect(requests).to.have.length(0);
      $(el, 'summary')!.click();
      await expect(el).to.be.accessible();
    });

    it('with a catalog and an API: the API\'s figures, which include dossiers', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge catalog=${CATALOG} api-base=${API} agency=""></dvc-service-level-badge>`);
      await until(() => $(el, '[part="breakdown"]'));
      expect(requestUrls()).to.deep.equal(['/stats']);
      expect(catalogRequests).to.deep.equal([]);
      expect(shadowText(el)).to.contain('hồ sơ giải quyết đúng hạn');
    });

    it('an agency the catalog does not list: not found, as the API says it', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge catalog=${CATALOG} agency="KHONG-CO"></dvc-service-level-badge>`);
      await until(() => levelOf(el) === 'error');
      expect(shadowText(el)).to.contain('Không tìm thấy thông tin yêu cầu.');
      // Not a failure a retry can mend: no retry button.
      expect(el.shadowRoot!.querySelectorAll('[part="retry-button"]').length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('a page with a catalog and an API base', () => {
    it('search and badges read the catalog only; the tracker and the form use the API', async () => {
      const dossier = sampleDossiers().find((d) => d.verifier === undefined)!;
      const wrap = await fixture<HTMLElement>(html`<div>
        <dvc-procedure-search catalog=${CATALOG} api-base=${API} query="ket hon"></dvc-procedure-search>
        <dvc-service-level-badge catalog=${CATALOG} api-base=${API} procedure="1.000894"></dvc-service-level-badge>
        <dvc-dossier-tracker api-base=${API} code=${dossier.code}></dvc-dossier-tracker>
        <dvc-feedback-form api-base=${API}></dvc-feedback-form>
      </div>`);
      const search = wrap.querySelector('dvc-procedure-search')!;
      const badge = wrap.querySelector('dvc-service-level-badge')!;
      const tracker = wrap.querySelector('dvc-dossier-tracker')!;
      await settled(badge);
      await until(() => /^Tìm thấy/.test($(search, '[part="status"]')!.textContent!));
      await until(() => $(tracker, '[part="result"]'));
      $(search, '[part="result-toggle"]')!.click();
      await until(() => shadowText(search).includes('Trình tự thực hiện'));
      // The API served the dossier only; the catalog everything about procedures.
      expect(requestUrls()).to.deep.equal([`/dossiers/${encodeURIComponent(dossier.code)}`]);
      expect(indexRequests()).to.have.length(1);
      expect(catalogRequests.filter((u) => u.includes('/procedures/'))).to.deep.equal([`${CATALOG}procedures/1.000894.json`]);
    });
  });

  describe('a page with a catalog and no API base', () => {
    it('the tracker and the form show the notice about the missing API address; search and badges work', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'dvc-catalog', content: CATALOG });
      document.head.append(meta);
      const orig = console.error;
      const logged: string[] = [];
      console.error = (m: string) => logged.push(m);
      try {
        const wrap = await fixture<HTMLElement>(html`<div>
          <dvc-procedure-search query="khai tu"></dvc-procedure-search>
          <dvc-service-level-badge procedure="1.000656"></dvc-service-level-badge>
          <dvc-dossier-tracker></dvc-dossier-tracker>
          <dvc-feedback-form></dvc-feedback-form>
        </div>`);
        const search = wrap.querySelector('dvc-procedure-search')!;
        await settled(wrap.querySelector('dvc-service-level-badge')!);
        await until(() => /^Tìm thấy/.test($(search, '[part="status"]')!.textContent!));
        for (const tag of ['dvc-dossier-tracker', 'dvc-feedback-form']) {
          const el = wrap.querySelector(tag)!;
          const notice = $(el, '[part="config-error"]');
          expect(notice !== null, `${tag} shows the notice`).to.equal(true);
          expect(notice!.getAttribute('role')).to.equal('alert');
          expect(notice!.textContent!.replace(/\s+/g, ' ')).to.contain('Tiện ích chưa được cấu hình địa chỉ hệ thống dịch vụ công.');
          expect(notice!.textContent).to.contain('api-base');
          await expect(el).to.be.accessible();
        }
        expect(logged.filter((m) => m.includes('has no API address')).map((m) => /<([a-z-]+)>/.exec(m)![1]).sort()).to.deep.equal([
          'dvc-dossier-tracker',
          'dvc-feedback-form',
        ]);
        expect(requests).to.have.length(0);
      } finally {
        fixtureCleanup();
        await new Promise((r) => setTimeout(r));
        console.error = orig;
        meta.remove();
      }
    });

    it('search and badges with neither a catalog nor an API still show the notice', async () => {
      const orig = console.error;
      console.error = () => {};
      try {
        const el = await fixture<HTMLElement>(html`<dvc-procedure-search></dvc-procedure-search>`);
        expect($(el, '[part="config-error"]') !== null).to.equal(true);
        expect(catalogRequests).to.deep.equal([]);
      } finally {
        console.error = orig;
      }
    });
  });

  // The CDN loader takes a kind of tag that appears after the page's whole file from its own chunks, with their
  // copy of the catalog code (the loader's own test shows that page). Here the second copy is the same module
  // under another address.
  describe('two copies of the catalog code on one page', () => {
    type Store = typeof import('../../src/catalog/catalog-store.js');
    let other: Store;
    before(async () => {
      const address = '../../src/catalog/catalog-store.ts?copy=2';
      other = (await import(address)) as Store;
    });
    afterEach(() => other.forgetCatalogs());

    it('the second asks the first for the index, on its way or loaded: one request, one index', async () => {
      const [first, second] = await Promise.all([loadCatalog(CATALOG), other.loadCatalog(CATALOG)]);
      expect(first === second, 'the same index').to.equal(true);
      expect(await other.loadCatalog('https://tinh.test/thu-tuc/index.json') === first, 'the same folder written otherwise').to.equal(true);
      expect(indexRequests()).to.have.length(1);
    });

    it('an index that failed is forgotten by both: the next widget fetches it again, and the other copy then takes that one', async () => {
      setFault('catalog-index', { kind: 'missing' }, 1);
      const failed = await loadCatalog(CATALOG).then(
        () => 'loaded',
        (e: Error) => e.name,
      );
      expect(failed).to.equal('ApiError');
      const second = await other.loadCatalog(CATALOG);
      expect(indexRequests()).to.have.length(2);
      expect((await loadCatalog(CATALOG)) === second, 'the first copy takes the second one').to.equal(true);
      expect(indexRequests()).to.have.length(2);
    });
  });
});
