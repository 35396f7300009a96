import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { makeCatalog, scaledProcedures } from '../src/mocks/catalog.js';
import { clearFaults, setFault } from '../src/mocks/faults.js';
import { createHandlers } from '../src/mocks/handlers.js';

/**
 * A commune whose site has no API address: search and badges read the province's static catalog folder
 * (`index.json` and `procedures/{code}.json`), here served by the mock at any path ending in `/thu-tuc/`.
 * On a real page, one `<meta name="dvc-catalog" content="https://…/thu-tuc/">` sets it for every widget.
 *
 * Each story names its own folder: the page keeps a catalog once loaded, so a story whose folder fails must
 * not share its address with one that loaded.
 */
interface Args {
  catalog: string;
  query?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Pages/Catalog mode (no API)',
  args: { catalog: '/thu-tuc/' },
  render: (a) => html`<div lang=${a.lang ?? 'vi'}>
    <h2>Thủ tục hành chính</h2>
    <dvc-procedure-search catalog=${a.catalog} query=${a.query ?? ''}></dvc-procedure-search>
    <h2>Mức độ dịch vụ công</h2>
    <ul>
      ${['1.001193', '1.000894', '1.000656', '2.000815', '1.004222', '3.000333'].map(
        (c) => html`<li>${c} <dvc-service-level-badge catalog=${a.catalog} procedure=${c}></dvc-service-level-badge></li>`,
      )}
    </ul>
    <p>UBND phường Cẩm Thành: <dvc-service-level-badge catalog=${a.catalog} agency="XA-CAMTHANH"></dvc-service-level-badge></p>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Search and badges with only a catalog: one `index.json` for all of them, no API. */
export const CatalogOnlyPage: Story = {};

/** Results as the citizen types, ranked and highlighted at word starts. */
export const Results: Story = { args: { query: 'dang ky khai sinh' } };

/** 1,671 procedures, as one province published: searched in the browser. */
export const Catalog1671: Story = {
  args: { catalog: '/tinh-lon/thu-tuc/', query: 'giay phep' },
  parameters: { msw: { handlers: createHandlers({ catalog: makeCatalog(scaledProcedures(1671)) }) } },
};

export const English: Story = { args: { catalog: '/thu-tuc/', query: 'khai sinh', lang: 'en' } };

/** The folder is not published (404): the message and retry of a failing API, on every widget. */
export const CatalogMissing: Story = {
  args: { catalog: '/chua-cong-bo/thu-tuc/', query: 'khai sinh' },
  beforeEach: () => {
    setFault('catalog-index', { kind: 'missing' });
    return () => clearFaults();
  },
};

/** A procedure's own file is missing: only its details fail, with a retry. Open a result to see it. */
export const DetailsFileMissing: Story = {
  args: { catalog: '/thieu-chi-tiet/thu-tuc/', query: 'ket hon' },
  beforeEach: () => {
    setFault('catalog-procedure', { kind: 'missing' });
    return () => clearFaults();
  },
};

/** A catalog and an API on one page: the catalog serves search and badges, the API the tracker. */
export const CatalogAndApi: Story = {
  render: () => html`<dvc-procedure-search catalog="/thu-tuc/" api-base="/api/v1" query="khai tu"></dvc-procedure-search>
    <dvc-dossier-tracker api-base="/api/v1"></dvc-dossier-tracker>`,
};

/** A tracker on a page with a catalog only shows the webmaster the notice about the missing API address. */
export const TrackerWithoutApi: Story = {
  render: () => html`<dvc-dossier-tracker></dvc-dossier-tracker>`,
};
