import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { makeCatalog, scaledProcedures } from '../src/mocks/catalog.js';
import { clearFaults, setFault, type Fault } from '../src/mocks/faults.js';
import { createHandlers } from '../src/mocks/handlers.js';
import '../src/components/procedure-search/procedure-search.js';
import { waitFor } from './play-steps.js';

const API = 'https://dichvucong.quangngai.gov.vn/api/v1';

interface Args {
  query?: string;
  domain?: string;
  agency?: string;
  tier?: string;
  level?: string;
  'page-size'?: number;
  'url-state'?: boolean;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Procedure search',
  component: 'dvc-procedure-search',
  render: (a) =>
    html`<dvc-procedure-search
      api-base=${API}
      query=${a.query ?? nothing}
      domain=${a.domain ?? nothing}
      agency=${a.agency ?? nothing}
      tier=${a.tier ?? nothing}
      level=${a.level ?? nothing}
      page-size=${a['page-size'] ?? nothing}
      ?url-state=${a['url-state']}
      lang=${a.lang ?? nothing}
    ></dvc-procedure-search>`,
  args: {},
  // Attributes, their descriptions and controls come from the manifest (the components' JSDoc).
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Waits for the first result and opens it, as a citizen pressing its name would; then for its details (or their failure). */
async function openFirstResult({ canvasElement }: { canvasElement: HTMLElement }) {
  const el = canvasElement.querySelector('dvc-procedure-search')!;
  const toggle = await waitFor(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="result-toggle"]'), 'a result');
  toggle.click();
  await waitFor(() => {
    const details = el.shadowRoot!.querySelector('[part="details"]:not([hidden])');
    return !!details?.firstElementChild && !details.querySelector('.loading');
  }, "the result's details");
}

const failing = (fault: Fault, query = 'khai sinh'): Story => ({
  args: { query },
  beforeEach: () => {
    setFault('procedures', fault);
    return () => clearFaults();
  },
});

// ─── the 60-procedure sample ─────────────────────────────────────────────────────────────────────────────

/** Before any search: the field, its hint and the filters. Results come as the citizen types (try "dang ky"). */
export const Initial: Story = {};

/** `query="khai sinh"`: filled in and searched on load; the words are marked in each name, with or without accents. */
export const Results: Story = { args: { query: 'khai sinh' } };

/** Typed without accents: "dang ky ket hon" still marks "Đăng ký kết hôn". */
export const ResultsWithoutAccents: Story = { args: { query: 'dang ky ket hon' } };

/** A result opened in place: ways to apply with time and fee, steps, papers and forms, conditions, legal basis. */
export const DetailsOpen: Story = { args: { query: 'đăng ký khai sinh' }, play: openFirstResult };

/** The details could not be loaded: a message and a retry. */
export const DetailsFailed: Story = {
  args: { query: 'đăng ký khai sinh' },
  play: openFirstResult,
  beforeEach: () => {
    setFault('procedure', { kind: 'server-error' });
    return () => clearFaults();
  },
};

/** Several pages of results (`page-size="5"`): previous, next and "Trang 1/n". */
export const Pages: Story = { args: { query: 'dang ky', 'page-size': 5 } };

/** Nothing found: what to try next. */
export const Empty: Story = { args: { query: 'giấy phép khai thác mỏ vàng' } };

/** The API has not answered yet. */
export const Loading: Story = failing({ kind: 'hang' });

export const ErrorNetwork: Story = failing({ kind: 'network' });
export const ErrorServer: Story = failing({ kind: 'server-error' });
/** 503 with `Retry-After: 120`: the citizen is told when to try again. */
export const ErrorUnavailable: Story = failing({ kind: 'unavailable', retryAfter: 120 });
/** 429 with `Retry-After: 30`. */
export const ErrorRateLimited: Story = failing({ kind: 'rate-limited', retryAfter: 30 });
/** An answer that is not JSON. */
export const ErrorMalformed: Story = failing({ kind: 'malformed' });
/** JSON, but not the shape the contract promises. */
export const ErrorWrongShape: Story = failing({ kind: 'wrong-shape' });

/** A commune's page: `tier="commune"` and `domain="HT"` preset; those controls are gone, the rest still filter. */
export const PresetCommuneCivilStatus: Story = { args: { tier: 'commune', domain: 'HT' } };

/** A department's page: `agency="STP"`, its procedures listed at once; the field says the search is the department's. */
export const PresetDepartment: Story = { args: { agency: 'STP' } };

/**
 * The department's search finds nothing for "khai sinh" (a commune procedure): one button runs the same words
 * over the whole province, and from there a button brings the search back to the department.
 */
export const PresetNothingFound: Story = { args: { agency: 'STP', query: 'khai sinh' } };

/** Only fully online services (`level="4"`, the old "Mức độ 4", is understood). */
export const PresetFullyOnline: Story = { args: { level: '4', query: 'dang ky' } };

export const English: Story = { args: { query: 'khai sinh', lang: 'en' } };
export const EnglishDetailsOpen: Story = { args: { query: 'đăng ký khai sinh', lang: 'en' }, play: openFirstResult };
export const EnglishEmpty: Story = { args: { query: 'qqqq', lang: 'en' } };
export const EnglishError: Story = { ...failing({ kind: 'rate-limited', retryAfter: 30 }), args: { query: 'khai sinh', lang: 'en' } };

// ─── the 1,671-procedure catalog (the count one province published) ─────────────────────────────────────

const bigCatalog = { msw: { handlers: createHandlers({ catalog: makeCatalog(scaledProcedures(1671)), latency: 300 }) } };

export const Catalog1671Initial: Story = { parameters: bigCatalog };
/** "giay phep" finds hundreds: paging through them. */
export const Catalog1671Results: Story = { args: { query: 'giay phep' }, parameters: bigCatalog };
export const Catalog1671DetailsOpen: Story = { args: { query: 'giay phep xay dung' }, parameters: bigCatalog, play: openFirstResult };
export const Catalog1671HundredPerPage: Story = { args: { query: 'cap', 'page-size': 100 }, parameters: bigCatalog };
export const Catalog1671Empty: Story = { args: { query: 'không có thủ tục này' }, parameters: bigCatalog };
export const Catalog1671Loading: Story = { ...failing({ kind: 'hang' }, 'giay phep'), parameters: bigCatalog };
export const Catalog1671Error: Story = { ...failing({ kind: 'unavailable', retryAfter: 60 }, 'giay phep'), parameters: bigCatalog };
export const Catalog1671Presets: Story = { args: { tier: 'province', level: 'full' }, parameters: bigCatalog };
export const Catalog1671English: Story = { args: { query: 'giay phep', lang: 'en' }, parameters: bigCatalog };

// ─── the search in the page URL (SPEC 5.2) ───────────────────────────────────────────────────────────────

/**
 * **`url-state`: a search a citizen can share, bookmark, reload, and step back through.** The search lives in the
 * page URL, in Vietnamese words a citizen can read: `tu-khoa` (the words), `linh-vuc`, `co-quan`, `cap`, `muc-do`
 * (the filters, as codes), `trang` (the page) and `thu-tuc` (the procedure whose details are open), e.g.
 * `?tu-khoa=khai+sinh&cap=commune&trang=2&thu-tuc=1.001193`.
 *
 * - A search sent (Enter, the button), a filter chosen, a page change, and opening or closing details each add a
 *   history entry; typing only rewrites the current one once the pause ends, so Back does not step through words.
 *   A filter stepped through with the arrow keys is searched, and adds its entry, once the citizen pauses.
 * - Back and Forward show that entry's search without moving keyboard focus (unless the focused element went away:
 *   then the results heading). A reload or a shared link shows the same search, page and open details.
 * - The page's other query parameters and its hash stay as they were; `document.title` is not touched.
 * - A preset filter (`domain`, `agency`, `tier`, `level`) wins over the URL's and never goes into it; the URL's
 *   words win over `query`.
 * - Without `url-state` the search neither reads nor writes the URL. Only the first search with `url-state` on a
 *   page keeps its state there; another one says so once in the console.
 *
 * Try it in the story's own tab ("Open canvas in new tab"): search, open a result, then press Back.
 */
export const UrlState: Story = { args: { 'url-state': true } };
