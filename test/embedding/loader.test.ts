import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../helpers/mock-api.js';

/**
 * The built CDN loader (dist/cdn/dvc-elements.js) in pages served like a webmaster's. Each page loads the CDN
 * files under a prefix of its own (`?fresh=<id>`, test/embedding/server-plugin.js), so each of its requests
 * reaches the test server, which logs them and can slow them down or fail them for that page alone
 * (test/embedding/cdn-gate.js). The files each tag needs are read from the map the build writes.
 */
type TagLists = Record<string, { js: string[]; en: string[]; catalog: string[]; urlState: string[]; dossierView: string[]; agencyFigures: string[]; results: string[] }>;
interface CdnMap {
  loader: string;
  /** The folder of every other file, named after their hash; the lists below name each file as `<dir>/<file>`. */
  dir: string;
  /** Each tag's own chunks. */
  tags: TagLists;
  /** The whole files: the same lists with each, and the sets of tags (bit i: the i-th of `tags`) it is taken for. */
  whole: { name: string; tags: TagLists; for: number[] }[];
}
/** One request of the page to the CDN folder, as the test server saw it (times in ms on its clock). */
interface CdnRequest {
  file: string;
  query: string;
  start: number;
  end?: number;
  status?: number | string;
  /** Who asked for it (server log only): the page, or the script whose import() or import statement named it. */
  referer?: string;
}
interface Rules {
  delayMs?: number;
  fail?: { match: string; as: '404' | 'drop' };
}
interface PageLog {
  errors: string[];
  rejections: string[];
  warnings: string[];
  violations: string[];
}
type LoaderPage = {
  win: Window & { __dvc: PageLog; defineAgencyCard(): void; handOver(): Promise<void>; closedRoot: ShadowRoot };
  doc: Document;
  /** The page's requests to the CDN folder so far, the loader's own first, as the server saw them. */
  requests(): Promise<CdnRequest[]>;
  /**
   * The same as the page's Resource Timing has them: `start` when the browser decided to fetch the file (before
   * any wait for a free connection: a server on HTTP/1.1 gets at most six at once), `end` when it had it.
   */
  fetched(): CdnRequest[];
  gate(rules: Rules): Promise<unknown>;
};

const TAGS = ['dvc-service-level-badge', 'dvc-procedure-search', 'dvc-dossier-tracker', 'dvc-feedback-form'];
/** Each CDN file is answered this late, so that a file requested only once another has arrived would show. */
const SLOW_MS = 400;

let map: CdnMap;

async function openPage(page: string, { lang = 'vi', rules = {} as Rules, query = '' } = {}): Promise<LoaderPage> {
  const id = crypto.randomUUID();
  const gate = (r: Rules) => executeServerCommand('cdn-gate', { id, ...r });
  await gate(rules);
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = `/test/embedding/pages/loader/${page}.html?fresh=${id}&lang=${lang}${query}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return {
    win: frame.contentWindow as LoaderPage['win'],
    doc: frame.contentDocument!,
    requests: () => executeServerCommand<CdnRequest[], { id: string }>('cdn-log', { id }),
    fetched: () =>
      (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .map((e) => ({ url: new URL(e.name), e }))
        .filter(({ url }) => url.pathname.startsWith(`/__fresh/${id}/dist/cdn/`))
        .map(({ url, e }) => ({ file: url.pathname.slice(`/__fresh/${id}/dist/cdn/`.length), query: url.search.slice(1), start: e.startTime, end: e.responseEnd })),
    gate,
  };
}

/** A set of tags as the map's `whole[].for` writes it. */
const bitsOf = (tags: string[]) => Object.keys(map.tags).reduce((bits, tag, i) => (tags.includes(tag) ? bits | (1 << i) : bits), 0);
/** The whole file of that name. */
const wholeFile = (name: string) => map.whole.find((w) => w.name === name)!;
/** The lists the loader takes for a page that starts with `tags`: a whole file's, or each tag's own chunks. */
const listsFor = (tags: string[]): TagLists => map.whole.find((w) => w.for.includes(bitsOf(tags)))?.tags ?? map.tags;
/** The lists for a page that starts with `tag` alone: its own whole file's. */
const alone = (tag: string) => {
  const lists = listsFor([tag]);
  expect(lists, `${tag} alone takes a whole file`).not.to.equal(map.tags);
  return lists[tag];
};
const shadowText = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const files = (requests: CdnRequest[]) => requests.map((r) => r.file);
const union = (lists: string[][]) => [...new Set(lists.flat())].sort();
/** A gate rule's pattern for one file (its path in dist/cdn/, as the map names it). */
const exactly = (file: string) => `^${file.replace(/\./g, '\\.')}$`;
const noteOf = (el: Element) => el.shadowRoot?.querySelector('[part="load-failed"]')?.textContent?.trim();

function expectClean(log: PageLog) {
  expect(log.violations, 'CSP violations').to.deep.equal([]);
  expect(log.errors, 'uncaught errors').to.deep.equal([]);
  expect(log.rejections, 'unhandled rejections').to.deep.equal([]);
}

/**
 * After the loader, one round: the loader itself asked for every other file, all at once.
 * - Asked by the loader, never by another of its files (the server's log: each request's Referer is the page or the
 *   loader, as the engines send it for a script's import()): no file waited for another to be discovered. This
 *   holds however the browser queues requests.
 * - At once (the page's Resource Timing): every file asked within half an answer's delay of the first, so the loader
 *   waited for none of them before asking for the next. An answer takes SLOW_MS: a file asked only once another
 *   had arrived would be asked at least that late.
 * The page's timeline is in each message, in ms since the page started.
 */
async function expectOneRound(page: LoaderPage, expected: string[]) {
  // A file's timing entry is there once its answer has ended: on a busy machine the last one may still be arriving.
  await until(() => page.fetched().length > expected.length).catch(() => {});
  const [loader, ...rest] = page.fetched();
  const timeline = page
    .fetched()
    .map((r) => `${r.file} ${Math.round(r.start)}–${Math.round(r.end!)}`)
    .join(', ');
  expect(loader.file, timeline).to.equal(map.loader);
  expect(files(rest).sort(), timeline).to.deep.equal([...expected].sort());
  const logged = await page.requests();
  const folder = `/dist/cdn/${map.dir}/`;
  const askedByFiles = logged.filter((r) => r.referer?.includes(folder)).map((r) => `${r.file} by ${r.referer}`);
  expect(askedByFiles.join('; '), "files asked for by another of the loader's files").to.equal('');
  expect(logged.slice(1).every((r) => r.referer), 'every request has its Referer').to.equal(true);
  const firstAsked = Math.min(...rest.map((r) => r.start));
  const lastAsked = Math.max(...rest.map((r) => r.start));
  expect(lastAsked - firstAsked, `the files were asked over this many ms: ${timeline}`).to.be.below(SLOW_MS / 2);
}

/** Waits until the widgets of the full page (pages/widgets.html) show their content, in `lang`. */
async function widgetsReady(doc: Document, lang: 'vi' | 'en') {
  const words = {
    vi: { search: 'Đăng ký khai sinh', tracker: 'Đã trả kết quả', form: 'Bạn có hài lòng với dịch vụ này không?' },
    en: { search: 'Found ', tracker: 'Result returned', form: 'How satisfied are you' },
  }[lang];
  await until(() => shadowText(doc.querySelector('dvc-procedure-search')).includes(words.search), 8000);
  await until(() => shadowText(doc.querySelector('dvc-dossier-tracker')).includes(words.tracker), 8000);
  await until(() => shadowText(doc.querySelector('dvc-feedback-form')).includes(words.form), 8000);
  for (const badge of doc.querySelectorAll('dvc-service-level-badge')) {
    await until(() => !['loading', undefined].includes(badge.shadowRoot?.querySelector('[part="badge"]')?.getAttribute('data-level') ?? undefined), 8000);
  }
}

describe('the CDN loader', () => {
  before(async () => {
    map = await (await fetch('/dist/cdn-files.json')).json();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('imports nothing by itself: its files are named in it and found beside it', async () => {
    const code = await (await fetch(`/dist/cdn/${map.loader}`)).text();
    expect(code).not.to.match(/^import\b|[;}]import\s*[{*"']/m);
    const lists = [...Object.values(map.tags), ...map.whole.flatMap((w) => Object.values(w.tags))];
    // Each by its name in the folder of them all, named once: the names are written short (without `.js`; a whole
    // file's own files in a group after it, without its name), as rollup.cdn.js `shortNames` writes them.
    expect(code).to.contain(`"${map.dir}/"`);
    const written = code.match(/"([^"]*\|[^"]*)"\s*\.split\("\|"\)/)![1];
    const named = written.split('|').flatMap((group, i) => group.split(' ').map((name, j, [whole]) => `${map.dir}/${i && j ? `${whole}-${name}` : name}.js`));
    expect(new Set(named).size, 'each named once').to.equal(named.length);
    const needed = union(lists.map((t) => [...t.js, ...t.en, ...t.catalog, ...t.urlState, ...t.dossierView, ...t.agencyFigures, ...t.results]));
    expect([...named].sort()).to.deep.equal(needed);
    expect(code).to.contain('import.meta.url');
  });

  describe('tags added after load', () => {
    it('a page without tags fetches only the loader; a tag put in with innerHTML seconds later is fetched then, with only what it needs', async () => {
      const page = await openPage('blank');
      await new Promise((r) => setTimeout(r, 1500));
      expect(files(await page.requests())).to.deep.equal([map.loader]);
      page.doc.querySelector('main')!.innerHTML = '<dvc-service-level-badge level="full"></dvc-service-level-badge>';
      const badge = page.doc.querySelector('dvc-service-level-badge')!;
      await until(() => shadowText(badge).includes('Toàn trình'), 6000);
      const [, ...rest] = await page.requests();
      // One file: everything a page of badges needs, Lit included.
      expect(files(rest)).to.deep.equal(alone('dvc-service-level-badge').js);
      expect(files(rest)).to.have.length(1);
      expectClean(page.win.__dvc);
    });

    it('a page of badges takes their whole file, without the template library; a form that appears later comes with its own chunks and works beside them', async () => {
      const page = await openPage('blank');
      const main = page.doc.querySelector('main')!;
      main.innerHTML = '<p>Đăng ký khai sinh <dvc-service-level-badge level="full"></dvc-service-level-badge></p>';
      await until(() => shadowText(main.querySelector('dvc-service-level-badge')).includes('Toàn trình'), 6000);
      // Lit's modules each say they ran, with their version on the page's global object: the badge's base element
      // ran, its template library (lit-html) did not.
      const ran = page.win as unknown as { reactiveElementVersions?: string[]; litHtmlVersions?: string[] };
      expect(ran.reactiveElementVersions?.length, "Lit's base element").to.equal(1);
      expect(ran.litHtmlVersions, 'the template library, on a page of badges').to.equal(undefined);
      main.insertAdjacentHTML('beforeend', '<dvc-feedback-form procedure="1.001193"></dvc-feedback-form>');
      const form = main.querySelector('dvc-feedback-form')!;
      await until(() => shadowText(form).includes('Bạn có hài lòng với dịch vụ này không?'), 6000);
      const [, badgeFile, ...later] = files(await page.requests());
      expect(badgeFile).to.equal(alone('dvc-service-level-badge').js[0]);
      expect(later.sort()).to.deep.equal([...map.tags['dvc-feedback-form'].js].sort());
      expect(ran.litHtmlVersions?.length, 'the template library, with the form').to.equal(1);
      expect(shadowText(main.querySelector('dvc-service-level-badge'))).to.contain('Toàn trình');
      expectClean(page.win.__dvc);
    });

    it('a tag built in another frame of the page (a CMS editor\'s) and moved into it is fetched too', async () => {
      const page = await openPage('blank');
      // The editor's frame: the element is made in its document, then adopted by the page's.
      const editor = page.doc.createElement('iframe');
      page.doc.body.append(editor);
      const block = editor.contentDocument!.createElement('div');
      block.innerHTML = '<dvc-service-level-badge level="full"></dvc-service-level-badge>';
      page.doc.querySelector('main')!.append(page.doc.adoptNode(block));
      const badge = page.doc.querySelector('main dvc-service-level-badge')!;
      await until(() => shadowText(badge).includes('Toàn trình'), 6000);
      expectClean(page.win.__dvc);
    });

    it('a customized built-in the page has not defined yet (<button is="…">) throws nothing', async () => {
      const page = await openPage('blank');
      page.doc.querySelector('main')!.innerHTML =
        '<button is="x-fancy-button" type="button">Gửi</button><dvc-service-level-badge level="full"></dvc-service-level-badge>';
      const badge = page.doc.querySelector('dvc-service-level-badge')!;
      await until(() => shadowText(badge).includes('Toàn trình'), 6000);
      // An unhandled rejection is reported a task or more after it happens.
      await new Promise((r) => setTimeout(r, 300));
      expectClean(page.win.__dvc);
    });

    it('as a framework renders: created with createElement, given properties before its code arrives, then added', async () => {
      const page = await openPage('blank');
      const form = page.doc.createElement('dvc-feedback-form') as HTMLElement & { kind?: string; procedure?: string };
      form.kind = 'petition';
      form.procedure = '1.001193';
      page.doc.querySelector('main')!.append(form);
      await until(() => shadowText(form).includes('Nội dung phản ánh, kiến nghị'), 6000);
      expect(form.getAttribute('kind')).to.equal('petition');
      expect(shadowText(form)).not.to.contain('Bạn có hài lòng');
      expectClean(page.win.__dvc);
    });

    it('a search that reads a static catalog gets the catalog code in the same round as its own', async () => {
      const page = await openPage('blank', { rules: { delayMs: SLOW_MS } });
      const api = new URL(page.doc.querySelector<HTMLMetaElement>('meta[name="dvc-api-base"]')!.content);
      page.doc.querySelector('main')!.innerHTML = `<dvc-procedure-search catalog="${api.origin}/thu-tuc/" query="khai sinh"></dvc-procedure-search>`;
      const search = page.doc.querySelector('dvc-procedure-search')!;
      await until(() => shadowText(search).includes('Đăng ký khai sinh'), 8000);
      const tag = alone('dvc-procedure-search');
      expect(tag.catalog.length).to.be.greaterThan(0);
      await expectOneRound(page, union([tag.js, tag.catalog]));
    });

    // A kind of tag that appears after the page's whole file comes with its own copy of the shared code; the
    // catalog's index is still fetched once per page and shared by every widget (SPEC 5.3).
    for (const [first, later] of [
      ['dvc-service-level-badge', 'dvc-procedure-search'],
      ['dvc-procedure-search', 'dvc-service-level-badge'],
    ] as const) {
      it(`a ${first} that reads a static catalog, then a ${later} of the same catalog that appears later: one request for its index`, async () => {
        const page = await openPage('blank');
        const api = new URL(page.doc.querySelector<HTMLMetaElement>('meta[name="dvc-api-base"]')!.content);
        const catalog = `${api.origin}/thu-tuc/`;
        const html = {
          'dvc-service-level-badge': `<p>Đăng ký khai sinh <dvc-service-level-badge catalog="${catalog}" procedure="1.001193"></dvc-service-level-badge></p>`,
          'dvc-procedure-search': `<dvc-procedure-search catalog="${catalog}" query="khai sinh"></dvc-procedure-search>`,
        };
        const shown = {
          'dvc-service-level-badge': (el: Element | null) => shadowText(el).includes('Toàn trình'),
          'dvc-procedure-search': (el: Element | null) => /Tìm thấy \d+ thủ tục/.test(shadowText(el)),
        };
        const main = page.doc.querySelector('main')!;
        main.innerHTML = html[first];
        await until(() => shown[first](main.querySelector(first)), 8000);
        main.insertAdjacentHTML('beforeend', html[later]);
        await until(() => shown[later](main.querySelector(later)), 8000);
        const ran = page.win as unknown as { reactiveElementVersions?: string[] };
        expect(ran.reactiveElementVersions?.length, 'copies of the shared code on the page').to.equal(2);
        const indexes = page.win.performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/thu-tuc/index.json');
        expect(indexes.length, 'requests for the index').to.equal(1);
        expectClean(page.win.__dvc);
      });
    }

    it('a tracker with url-state gets the writing of the page URL in the same round as its code; one without, never', async () => {
      const page = await openPage('blank', { rules: { delayMs: SLOW_MS } });
      page.doc.querySelector('main')!.innerHTML = '<dvc-dossier-tracker></dvc-dossier-tracker>';
      const plain = page.doc.querySelector('dvc-dossier-tracker')!;
      await until(() => !!plain.shadowRoot?.querySelector('#code'), 8000);
      const tag = alone('dvc-dossier-tracker');
      expect(tag.urlState.length).to.be.greaterThan(0);
      // Without url-state, nothing is written into the URL: the module is never asked for.
      await expectOneRound(page, tag.js);

      const other = await openPage('blank', { rules: { delayMs: SLOW_MS } });
      other.doc.querySelector('main')!.innerHTML = '<dvc-dossier-tracker url-state></dvc-dossier-tracker>';
      const tracker = other.doc.querySelector('dvc-dossier-tracker')!;
      await until(() => !!tracker.shadowRoot?.querySelector('#code'), 8000);
      // The loader, then the tracker's files and the URL history, each listed once it has arrived.
      await until(() => other.fetched().length === 1 + tag.js.length + tag.urlState.length, 6000);
      await expectOneRound(other, union([tag.js, tag.urlState, tag.results]));
      expectClean(other.win.__dvc);
    });
  });

  describe("the search's side of the page URL", () => {
    it('a search with url-state gets it in the same round as its code, and searches what the page URL names; one without, never', async () => {
      const tag = alone('dvc-procedure-search');
      expect(tag.urlState.length).to.be.greaterThan(0);
      const page = await openPage('blank', { rules: { delayMs: SLOW_MS }, query: '&tu-khoa=ket+hon' });
      page.doc.querySelector('main')!.innerHTML = '<dvc-procedure-search query="khai sinh"></dvc-procedure-search>';
      const plain = page.doc.querySelector('dvc-procedure-search')!;
      await until(() => shadowText(plain).includes('Đăng ký khai sinh'), 8000);
      // It searches at start (`query`): how results look comes in the same round too.
      await expectOneRound(page, union([tag.js, tag.results]));

      const other = await openPage('blank', { rules: { delayMs: SLOW_MS }, query: '&tu-khoa=ket+hon' });
      other.doc.querySelector('main')!.innerHTML = '<dvc-procedure-search url-state query="khai sinh"></dvc-procedure-search>';
      const search = other.doc.querySelector('dvc-procedure-search')!;
      await until(() => shadowText(search).includes('Đăng ký kết hôn'), 8000);
      expect(search.shadowRoot!.querySelector<HTMLInputElement>('input#q')!.value).to.equal('ket hon');
      await expectOneRound(other, union([tag.js, tag.urlState, tag.results]));
      expectClean(other.win.__dvc);
    });
  });

  describe("how the search's results look", () => {
    const resultsFiles = () => alone('dvc-procedure-search').results;
    const asked = (requests: CdnRequest[]) => files(requests).filter((f) => resultsFiles().includes(f));

    it('a search with a preset filter (a department\'s page) gets it in the same round as its code', async () => {
      const tag = alone('dvc-procedure-search');
      expect(tag.results.length).to.be.greaterThan(0);
      const page = await openPage('blank', { rules: { delayMs: SLOW_MS } });
      page.doc.querySelector('main')!.innerHTML = '<dvc-procedure-search agency="STP"></dvc-procedure-search>';
      const search = page.doc.querySelector('dvc-procedure-search')!;
      await until(() => !!search.shadowRoot?.querySelector('[part="result"]'), 8000);
      await expectOneRound(page, union([tag.js, tag.results]));
      expectClean(page.win.__dvc);
    });

    it('a search with nothing to search at start fetches it only once the citizen types', async () => {
      const page = await openPage('blank');
      page.doc.querySelector('main')!.innerHTML = '<dvc-procedure-search></dvc-procedure-search>';
      const search = page.doc.querySelector('dvc-procedure-search')!;
      const input = (await until(() => search.shadowRoot?.querySelector<HTMLInputElement>('input#q') ?? null, 8000))!;
      await new Promise((r) => setTimeout(r, 2 * SLOW_MS));
      expect(asked(await page.requests()), 'before the citizen types').to.deep.equal([]);
      input.value = 'khai sinh';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await until(() => shadowText(search).includes('Đăng ký khai sinh'), 8000);
      expect(asked(await page.requests()).sort(), 'with the first key').to.deep.equal([...resultsFiles()].sort());
      expectClean(page.win.__dvc);
    });
  });

  describe("the tracker's dossier view", () => {
    const CODE = '000.00.53.H48-220921-0099';
    /** The words of that dossier's status, in the mock API's answer. */
    const SHOWN = 'Đã trả kết quả';
    const viewFiles = () => alone('dvc-dossier-tracker').dossierView;
    const asked = (requests: CdnRequest[]) => files(requests).filter((f) => viewFiles().includes(f));

    it('a tracker with a code gets its dossier view in the same round as its code', async () => {
      const page = await openPage('blank', { rules: { delayMs: SLOW_MS } });
      page.doc.querySelector('main')!.innerHTML = `<dvc-dossier-tracker code="${CODE}"></dvc-dossier-tracker>`;
      const tracker = page.doc.querySelector('dvc-dossier-tracker')!;
      await until(() => shadowText(tracker).includes(SHOWN), 8000);
      const tag = alone('dvc-dossier-tracker');
      expect(viewFiles().length).to.be.greaterThan(0);
      await expectOneRound(page, union([tag.js, viewFiles()]));
      expectClean(page.win.__dvc);
    });

    it("a page whose URL has a code (?ma-ho-so=…, a receipt's link): the tracker's dossier view in the same round as its code", async () => {
      const page = await openPage('blank', { rules: { delayMs: SLOW_MS }, query: `&ma-ho-so=${CODE}` });
      page.doc.querySelector('main')!.innerHTML = '<dvc-dossier-tracker></dvc-dossier-tracker>';
      const tracker = page.doc.querySelector('dvc-dossier-tracker')!;
      await until(() => shadowText(tracker).includes(SHOWN), 8000);
      await expectOneRound(page, union([alone('dvc-dossier-tracker').js, viewFiles()]));
      expectClean(page.win.__dvc);
    });

    // Two pages, a test each: each waits for a page load and a lookup.
    for (const [query, attributes, title] of [
      ['', '', 'a tracker with neither fetches it only with the first lookup'],
      [`&ma-ho-so=${CODE}`, ' code-param=""', 'a tracker with code-param="" on a page whose URL has a code fetches it only with the first lookup'],
    ]) {
      it(title, async () => {
        const page = await openPage('blank', { query });
        page.doc.querySelector('main')!.innerHTML = `<dvc-dossier-tracker${attributes}></dvc-dossier-tracker>`;
        const tracker = page.doc.querySelector('dvc-dossier-tracker')!;
        await until(() => !!tracker.shadowRoot?.querySelector('#code'), 8000);
        await new Promise((r) => setTimeout(r, 2 * SLOW_MS));
        expect(asked(await page.requests()), `before a lookup (${query || 'no code in the URL'})`).to.deep.equal([]);
        const input = tracker.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
        input.value = CODE;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        tracker.shadowRoot!.querySelector<HTMLButtonElement>('button[part="submit"]')!.click();
        await until(() => shadowText(tracker).includes(SHOWN), 8000);
        expect(asked(await page.requests()).sort(), 'with the lookup').to.deep.equal([...viewFiles()].sort());
        expectClean(page.win.__dvc);
      });
    }
  });

  describe('no waterfall: everything a tag needs is requested at once', () => {
    // The page has every tag, so its code is the all-tags file; its tracker has a code: the dossier view comes in
    // the same round.
    const all = () => wholeFile('all').tags;
    // The page's tracker looks a dossier up at start, one of its badges shows an agency's figures, and its search
    // searches at start.
    const views = () => [...all()['dvc-dossier-tracker'].dossierView, ...all()['dvc-service-level-badge'].agencyFigures, ...all()['dvc-procedure-search'].results];

    it('a page in Vietnamese with every tag: the all-tags file in one round after the loader, and no English', async () => {
      const page = await openPage('plain', { rules: { delayMs: SLOW_MS } });
      await widgetsReady(page.doc, 'vi');
      expect(wholeFile('all').for, 'the all-tags file is lighter for every tag').to.include(bitsOf(TAGS));
      expect(union(TAGS.map((t) => all()[t].js))).to.have.length(1);
      await expectOneRound(page, union([...TAGS.map((t) => all()[t].js), views()]));
      expect(files(await page.requests()).filter((f) => /\.en\.js$/.test(f)), 'English files').to.deep.equal([]);
      expectClean(page.win.__dvc);
    });

    it('a page in English: each tag\'s English in the same round as the code, so no widget waits for it', async () => {
      const page = await openPage('plain', { lang: 'en', rules: { delayMs: SLOW_MS } });
      await widgetsReady(page.doc, 'en');
      await expectOneRound(page, union([...TAGS.flatMap((t) => [all()[t].js, all()[t].en]), views()]));
      expectClean(page.win.__dvc);
    });
  });

  describe('a page that starts with several kinds of tag', () => {
    const allFile = () => wholeFile('all').tags['dvc-service-level-badge'].js[0];
    const codeFiles = (requests: CdnRequest[]) => files(requests).filter((f) => !/\.en-/.test(f));

    it('takes the all-tags file once: tags of any kind added later need nothing more', async () => {
      const page = await openPage('plain');
      await widgetsReady(page.doc, 'vi');
      const before = await page.requests();
      const lists = wholeFile('all').tags;
      const views = [...lists['dvc-dossier-tracker'].dossierView, ...lists['dvc-service-level-badge'].agencyFigures, ...lists['dvc-procedure-search'].results];
      expect(codeFiles(before).sort()).to.deep.equal([map.loader, allFile(), ...new Set(views)].sort());
      const main = page.doc.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<dvc-service-level-badge level="partial"></dvc-service-level-badge><dvc-feedback-form kind="petition"></dvc-feedback-form>');
      const [badge, form] = [main.querySelector('[level="partial"]')!, main.querySelector('[kind="petition"]')!];
      await until(() => shadowText(badge).includes('Một phần'), 6000);
      await until(() => shadowText(form).includes('Nội dung phản ánh, kiến nghị'), 6000);
      expect(files(await page.requests())).to.deep.equal(files(before));
      expectClean(page.win.__dvc);
    });

    it('takes each tag\'s own chunks for a set of kinds the all-tags file is heavier for', async () => {
      const pairs = TAGS.flatMap((a, i) => TAGS.slice(i + 1).map((b) => [a, b]));
      const pair = pairs.find((p) => listsFor(p) === map.tags);
      expect(pair, 'a pair of tags lighter with their own chunks').not.to.equal(undefined);
      const page = await openPage('blank');
      const html: Record<string, string> = {
        'dvc-service-level-badge': '<dvc-service-level-badge level="full"></dvc-service-level-badge>',
        'dvc-procedure-search': '<dvc-procedure-search query="khai sinh"></dvc-procedure-search>',
        'dvc-dossier-tracker': '<dvc-dossier-tracker></dvc-dossier-tracker>',
        'dvc-feedback-form': '<dvc-feedback-form></dvc-feedback-form>',
      };
      page.doc.querySelector('main')!.innerHTML = pair!.map((t) => html[t]).join('');
      for (const tag of pair!) await until(() => !!page.win.customElements.get(tag) && (page.doc.querySelector(tag)!.shadowRoot?.textContent ?? '').trim() !== '', 8000);
      const [, ...rest] = await page.requests();
      // The search searches at start (`query`): how its results look comes with its code.
      expect(codeFiles(rest).sort()).to.deep.equal(union(pair!.map((t) => [...map.tags[t].js, ...map.tags[t].results])));
      expectClean(page.win.__dvc);
    });

    it('the all-tags file fails (404): every widget keeps its fallback with the note; the next tag of a kind comes from its own chunks', async () => {
      const page = await openPage('plain', { rules: { fail: { match: exactly(allFile()), as: '404' } } });
      const main = page.doc.querySelector('main')!;
      const widgets = [...main.querySelectorAll('dvc-procedure-search, dvc-dossier-tracker, dvc-feedback-form')];
      for (const el of widgets) {
        await until(() => !!noteOf(el), 6000);
        expect(noteOf(el)).to.equal('Chưa tải được tiện ích này. Hãy tải lại trang sau ít phút.');
        expect(el.querySelector('.fallback a')!.getClientRects().length, `${el.localName}'s fallback shown`).to.be.greaterThan(0);
      }
      for (const badge of main.querySelectorAll('dvc-service-level-badge')) await until(() => noteOf(badge) === 'Chưa tải được', 6000);
      expectClean(page.win.__dvc);

      // The upload is complete; a tracker that appears now brings its own chunks, for both trackers.
      await page.gate({});
      main.insertAdjacentHTML('beforeend', '<dvc-dossier-tracker></dvc-dossier-tracker>');
      for (const tracker of main.querySelectorAll('dvc-dossier-tracker')) {
        await until(() => shadowText(tracker).includes('Mã hồ sơ'), 6000);
        expect(noteOf(tracker)).to.equal(undefined);
      }
      // The tracker's own chunks are asked for. Read once they are all in the server's log: in WebKit the trackers
      // can show before those requests reach it (see below: the all-tags file, fetched again for a part prefetched
      // with it, may define the tag first).
      const requests = await until(async () => {
        const logged = await page.requests();
        for (const file of map.tags['dvc-dossier-tracker'].js) expect(files(logged), file).to.include(file);
        return logged;
      }, 6000);
      // The loader never asks for the all-tags file again (no retry address). WebKit, which keeps no failed module,
      // may fetch it once more for a part prefetched with it (the tracker's dossier view imports it by name).
      const allTries = requests.filter((r) => r.file === allFile());
      expect(allTries[0]?.status).to.equal('404');
      expect(allTries.filter((r) => r.query.includes('retry')), 'the all-tags file asked again by the loader').to.deep.equal([]);
      expectClean(page.win.__dvc);
    });
  });

  describe("a tag inside another component's shadow root", () => {
    const badgeIn = (root: ShadowRoot | null | undefined) => root?.querySelector('dvc-service-level-badge');

    it('an open shadow root already there when the loader looks', async () => {
      const page = await openPage('shadow', { query: '&case=open' });
      const card = page.doc.querySelector('agency-card')!;
      await until(() => shadowText(badgeIn(card.shadowRoot)).includes('Toàn trình'), 6000);
      expect(page.doc.querySelectorAll('dvc-service-level-badge').length, 'badges outside shadow roots').to.equal(0);
      expectClean(page.win.__dvc);
    });

    it('the open shadow root of a component defined after the loader ran', async () => {
      const page = await openPage('shadow', { query: '&case=later' });
      await new Promise((r) => setTimeout(r, 500));
      expect(files(await page.requests())).to.deep.equal([map.loader]);
      page.win.defineAgencyCard();
      const card = page.doc.querySelector('agency-card')!;
      await until(() => shadowText(badgeIn(card.shadowRoot)).includes('Toàn trình'), 6000);
      expectClean(page.win.__dvc);
    });

    it('a closed shadow root is out of its sight until handed over with discover(root)', async () => {
      const page = await openPage('shadow', { query: '&case=closed' });
      await new Promise((r) => setTimeout(r, 500));
      expect(files(await page.requests())).to.deep.equal([map.loader]);
      expect(page.win.customElements.get('dvc-service-level-badge')).to.equal(undefined);
      await page.win.handOver();
      expect(shadowText(badgeIn(page.win.closedRoot))).to.contain('Toàn trình');
      expectClean(page.win.__dvc);
    });
  });

  describe('a file that fails to load', () => {
    const TRACKER = `<dvc-dossier-tracker><p class="fallback"><a href="https://dichvucong.quangngai.gov.vn/tra-cuu-ho-so">Tra cứu hồ sơ trên Cổng</a></p></dvc-dossier-tracker>`;

    it("404 for a tag's code (an upload half done): the fallback stays with a note, nothing is thrown, and the next such tag tries again", async () => {
      // The first tracker asks for its whole file; the next ones for its own chunks (other files), then for them
      // again by the same names.
      const whole = alone('dvc-dossier-tracker').js[0];
      const own = map.tags['dvc-dossier-tracker'].js[0];
      const page = await openPage('blank', { rules: { fail: { match: `${exactly(whole)}|${exactly(own)}`, as: '404' } } });
      const main = page.doc.querySelector('main')!;
      main.innerHTML = TRACKER;
      const first = main.querySelector('dvc-dossier-tracker')!;
      await until(() => !!noteOf(first), 6000);
      expect(noteOf(first)).to.equal('Chưa tải được tiện ích này. Hãy tải lại trang sau ít phút.');
      expect(first.querySelector('.fallback a')!.getClientRects().length, 'fallback link shown').to.be.greaterThan(0);
      expect(page.doc.querySelector('main')!.innerHTML, 'the page tree as the webmaster wrote it').to.equal(TRACKER);
      expectClean(page.win.__dvc);
      const failedLoads = () => page.win.__dvc.warnings.filter((w) => w.includes('could not be loaded')).length;
      expect(failedLoads()).to.equal(1);

      // Still half done: the next tracker asks for its own chunk, which fails too.
      main.insertAdjacentHTML('beforeend', TRACKER);
      const second = main.querySelectorAll('dvc-dossier-tracker')[1];
      await until(() => !!noteOf(second), 6000);
      expect(noteOf(first), 'the first keeps its note').to.equal('Chưa tải được tiện ích này. Hãy tải lại trang sau ít phút.');
      expect(failedLoads()).to.equal(2);

      // The upload is complete. The next tracker, one that looks a dossier up at once (a receipt's link), asks for
      // the tracker's own chunk again by its name: never under another address, which its dossier view (importing
      // it by name) would not reach. A browser that fetches a failed file again brings the code, for all three,
      // and the dossier shows; one that keeps a failed file failed until the page is reloaded (Firefox) keeps
      // the notes: never a widget that shows but cannot look a dossier up.
      await page.gate({});
      main.insertAdjacentHTML('beforeend', TRACKER.replace('<dvc-dossier-tracker>', '<dvc-dossier-tracker code="000.00.53.H48-220921-0099">'));
      const third = main.querySelectorAll('dvc-dossier-tracker')[2];
      await until(() => !!page.win.customElements.get('dvc-dossier-tracker') || failedLoads() === 3, 6000);
      const tries = (await page.requests()).filter((r) => r.file === own);
      if (page.win.customElements.get('dvc-dossier-tracker')) {
        expect(tries.map((r) => [r.status, r.query]), 'fetched again by its name').to.deep.equal([['404', ''], [200, '']]);
        for (const tracker of [first, second, third]) {
          await until(() => shadowText(tracker).includes('Mã hồ sơ'), 6000);
          expect(noteOf(tracker)).to.equal(undefined);
          expect(tracker.querySelector('.fallback a')!.getClientRects().length, 'fallback link hidden').to.equal(0);
        }
        await until(() => shadowText(third).includes('Đã trả kết quả'), 8000);
      } else {
        expect(tries.map((r) => [r.status, r.query]), 'never under another address').to.deep.equal([['404', '']]);
        await until(() => !!noteOf(third), 6000);
        for (const tracker of [first, second, third]) {
          expect(noteOf(tracker)).to.equal('Chưa tải được tiện ích này. Hãy tải lại trang sau ít phút.');
          expect(tracker.querySelector('.fallback a')!.getClientRects().length, 'fallback link shown').to.be.greaterThan(0);
        }
      }
      const requests = await page.requests();
      expect(requests.filter((r) => r.file === whole).map((r) => r.status), 'the whole file, not asked again').to.deep.equal(['404']);
      expectClean(page.win.__dvc);
    });

    it("a dropped connection for a tag's code, on a page in English: the note in English, then the next such tag tries again", async () => {
      const own = alone('dvc-dossier-tracker').js[0];
      const page = await openPage('blank', { lang: 'en', rules: { fail: { match: exactly(own), as: 'drop' } } });
      const main = page.doc.querySelector('main')!;
      main.innerHTML = TRACKER;
      const first = main.querySelector('dvc-dossier-tracker')!;
      await until(() => !!noteOf(first), 6000);
      expect(noteOf(first)).to.equal('This widget could not be loaded. Please reload the page in a few minutes.');
      expect(first.querySelector('.fallback a')!.getClientRects().length).to.be.greaterThan(0);
      expectClean(page.win.__dvc);

      await page.gate({});
      main.insertAdjacentHTML('beforeend', TRACKER);
      for (const tracker of main.querySelectorAll('dvc-dossier-tracker')) {
        await until(() => shadowText(tracker).includes('Dossier code'), 6000);
        expect(noteOf(tracker)).to.equal(undefined);
      }
      expectClean(page.win.__dvc);
    });

    for (const as of ['404', 'drop'] as const) {
      it(`the shared code fails (${as}): every tag waiting for it keeps its fallback with the note, nothing is thrown, and the next such tag brings them all`, async () => {
        // The core: Lit and what every tag shares.
        // A tracker and a form: each from its own chunks (no whole file is lighter for the two).
        expect(listsFor(['dvc-dossier-tracker', 'dvc-feedback-form'])).to.equal(map.tags);
        const [shared] = map.tags['dvc-dossier-tracker'].js.filter((f) => map.tags['dvc-feedback-form'].js.includes(f));
        const page = await openPage('blank', { rules: { fail: { match: exactly(shared), as } } });
        const main = page.doc.querySelector('main')!;
        const FORM = '<dvc-feedback-form><p class="fallback">Góp ý qua Cổng</p></dvc-feedback-form>';
        main.innerHTML = `${TRACKER}${FORM}`;
        for (const el of main.children) {
          await until(() => !!noteOf(el), 6000);
          expect(noteOf(el)).to.equal('Chưa tải được tiện ích này. Hãy tải lại trang sau ít phút.');
          expect(el.querySelector('.fallback')!.getClientRects().length, `${el.localName}'s fallback shown`).to.be.greaterThan(0);
        }
        expectClean(page.win.__dvc);
        expect(page.win.__dvc.warnings.filter((w) => w.includes('could not be loaded'))).to.have.length(2);

        // The connection is back. The shared code keeps its address (each tag's chunk imports it by name), so the
        // next tag of each kind comes from that tag's whole file, which imports nothing by name. (How often the
        // shared code was asked for while failing is the engine's: some ask again for each importer, or after a
        // dropped connection.)
        const before = (await page.requests()).length;
        await page.gate({});
        main.insertAdjacentHTML('beforeend', `${TRACKER}${FORM}`);
        const [tracker1, form1, tracker2, form2] = main.children;
        for (const tracker of [tracker1, tracker2]) {
          await until(() => expect(shadowText(tracker)).to.include('Mã hồ sơ'), 6000);
          expect(noteOf(tracker)).to.equal(undefined);
          expect(tracker.querySelector('.fallback a')!.getClientRects().length, 'fallback link hidden').to.equal(0);
        }
        for (const form of [form1, form2]) {
          await until(() => expect(shadowText(form)).to.include('Bạn có hài lòng với dịch vụ này không?'), 6000);
          expect(noteOf(form)).to.equal(undefined);
        }
        const after = files((await page.requests()).slice(before));
        expect(after.filter((f) => f === shared), 'the shared code, asked again').to.deep.equal([]);
        for (const tag of ['dvc-dossier-tracker', 'dvc-feedback-form']) {
          expect(after.filter((f) => f === alone(tag).js[0]), `${tag}'s whole file`).to.have.length(1);
        }
        expectClean(page.win.__dvc);
      });
    }

    it('a badge, inline in a line of text, gets a few words rather than a paragraph', async () => {
      const own = alone('dvc-service-level-badge').js[0];
      const page = await openPage('blank', { rules: { fail: { match: exactly(own), as: '404' } } });
      page.doc.querySelector('main')!.innerHTML = '<p>Đăng ký khai sinh <dvc-service-level-badge procedure="1.001193"></dvc-service-level-badge></p>';
      const badge = page.doc.querySelector('dvc-service-level-badge')!;
      await until(() => !!noteOf(badge), 6000);
      expect(noteOf(badge)).to.equal('Chưa tải được');
      expect(page.win.getComputedStyle(badge.shadowRoot!.querySelector('[part="load-failed"]')!).display).to.equal('inline');
      expectClean(page.win.__dvc);
    });
  });
});
