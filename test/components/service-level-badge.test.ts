import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit-html';
import { a11ySnapshot, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { SetupWorker } from 'msw/browser';
import '../../src/components/service-level-badge/service-level-badge.js';
import type { DvcServiceLevelBadge } from '../../src/components/service-level-badge/service-level-badge.js';
import { resetLevelBatchers } from '../../src/components/service-level-badge/level-batcher.js';
import { setFault } from '../../src/mocks/faults.js';
import { PROCEDURES } from '../../src/mocks/data/procedures.js';
import { engine } from '../helpers/engines.js';
import { API, requests, requestUrls, shadowText, until, useMockApi } from '../helpers/mock-api.js';
import { colourSchemes, expectFallbackLooksLight, expectReadableIn } from '../helpers/schemes.js';
import { deepActiveElement, describeNode, expectVisible } from '../helpers/visibility.js';

const badgeOf = (el: Element) => el.shadowRoot!.querySelector('[part="badge"]') as HTMLElement;
const levelOf = (el: Element) => badgeOf(el)?.dataset.level;
const settled = (el: DvcServiceLevelBadge) => until(() => !['loading', undefined].includes(levelOf(el)));
/** Whether this browser gives tests its accessibility tree (Chromium does, through the test runner). */
const A11Y_TREE = await a11ySnapshot({}).then(
  () => true,
  () => false,
);

/**
 * The text an element offers assistive technology, where no accessibility tree can be read: its rendered text,
 * into shadow roots, without what is aria-hidden or not displayed.
 */
function textForAssistiveTech(node: Node): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (!(n instanceof Element)) return '';
    if (n.getAttribute('aria-hidden') === 'true' || getComputedStyle(n).display === 'none') return '';
    const children = n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes;
    return [...children].map(walk).join(' ');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

/**
 * The accessible description of a control in a badge: Chromium's accessibility tree gives it; elsewhere, the text
 * of what its `aria-describedby` names (hidden text included, as for a description).
 */
async function descriptionOf(control: HTMLElement): Promise<string> {
  if (A11Y_TREE) {
    const node = (await a11ySnapshot({ selector: `dvc-service-level-badge >>> ${control.localName}` })) as unknown as { description?: string };
    return (node.description ?? '').replace(/\s+/g, ' ').trim();
  }
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
}

/** The text an element's shadow root shows the eye: without what is visually hidden, aria-hidden or not displayed. */
function visibleText(el: Element): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (!(n instanceof Element)) return '';
    const style = getComputedStyle(n);
    const clipped = style.position === 'absolute' && style.overflow === 'hidden' && parseFloat(style.width) <= 1;
    if (clipped || style.display === 'none') return '';
    return [...n.childNodes].map(walk).join(' ');
  };
  return [...el.shadowRoot!.childNodes].map(walk).join(' ').replace(/\s+/g, ' ').trim();
}

const tipOf = (el: Element) => el.shadowRoot!.querySelector('[part="tooltip"]') as HTMLElement;

/** A click of the pointer in the middle of `target`, as a citizen's. */
async function clickMiddleOf(target: Element) {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/**
 * Runs `test` on a badge (`attrs`: its procedure or agency) inside a link of a list (`#hash`, the link's text), as
 * lists often make a name and its badge one link, once it has settled; then puts the page's address and the
 * pointer back. `before` is the page's address, which following the link would change.
 */
async function inLink(hash: string, text: string, attrs: { procedure?: string; agency?: string }, test: (el: DvcServiceLevelBadge, before: string) => Promise<void>) {
  const before = location.href;
  const list = await fixture<HTMLElement>(html`<ul>
    <li><a href="#${hash}">${text} <dvc-service-level-badge api-base=${API} procedure=${attrs.procedure ?? nothing} agency=${attrs.agency ?? nothing}></dvc-service-level-badge></a></li>
  </ul>`);
  const el = list.querySelector<DvcServiceLevelBadge>('dvc-service-level-badge')!;
  try {
    await settled(el);
    await test(el, before);
  } finally {
    history.replaceState(history.state, '', before);
    await resetMouse();
  }
}

/** Moves the pointer onto the badge (`dx` px from its left edge, half way down) and lets it render. */
async function hover(el: DvcServiceLevelBadge, dx = 4) {
  const box = badgeOf(el).getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.left + dx), Math.round(box.top + box.height / 2)] });
  await el.updateComplete;
}

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
      ['info', 'info', 'Chỉ cung cấp thông tin', 'Thủ tục chỉ cung cấp thông tin, chưa có dịch vụ công trực tuyến'],
      ['4', 'full', 'Toàn trình', 'Dịch vụ công trực tuyến toàn trình'],
      ['3', 'partial', 'Một phần', 'Dịch vụ công trực tuyến một phần'],
      ['2', 'info', 'Chỉ cung cấp thông tin', 'Thủ tục chỉ cung cấp thông tin'],
      ['1', 'info', 'Chỉ cung cấp thông tin', 'Thủ tục chỉ cung cấp thông tin'],
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
      // Its first render waits for English (fetched for the first widget that speaks it).
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Fully online');
      wrap.lang = 'vi';
      await until(() => shadowText(el).includes('Toàn trình'));
    });

    it('shows the full label while the pointer rests on it; Escape closes it until the pointer leaves', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge level="full"></dvc-service-level-badge>`);
      const tip = tipOf(el);
      expect(getComputedStyle(tip).display).to.equal('none');
      await hover(el);
      expect(getComputedStyle(tip).display).to.equal('block');
      expect(tip.textContent).to.contain('Dịch vụ công trực tuyến toàn trình');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(getComputedStyle(tip).display, 'closed by Escape').to.equal('none');
      await hover(el, 10);
      expect(getComputedStyle(tip).display, 'still closed while the pointer stays').to.equal('none');
      await sendMouse({ type: 'move', position: [0, 0] });
      await hover(el);
      expect(getComputedStyle(tip).display, 'open again after the pointer left and came back').to.equal('block');
    });

    it('has no tooltip when plain', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge plain level="full"></dvc-service-level-badge>`);
      expect(el.shadowRoot!.querySelector('[part="tooltip"]') === null, 'no tooltip').to.equal(true);
      expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.contain('Dịch vụ công trực tuyến toàn trình');
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
      await hover(el, 5);
      const tip = tipOf(el);
      expect(getComputedStyle(tip).display).to.equal('block');
      // Down through the gap between the badge and the tooltip, onto the tooltip's text.
      for (let y = Math.round(badge.bottom); y <= Math.round(tip.getBoundingClientRect().top + 10); y += 2) {
        await sendMouse({ type: 'move', position: [Math.round(badge.left + 5), y] });
        expect(getComputedStyle(tip).display, `at y=${y}`).to.equal('block');
      }
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  });

  describe('the hover label on a small screen and with large text', () => {
    afterEach(async () => {
      document.documentElement.style.fontSize = '';
      await resetMouse();
      await setViewport({ width: 800, height: 600 });
    });

    // The longest label ("information only"), at the left edge, mid-line, at the right edge, and at the bottom
    // of the viewport.
    const page = () =>
      fixture<HTMLElement>(html`<div>
        <p><dvc-service-level-badge level="info"></dvc-service-level-badge> Thủ tục đăng ký khai sinh</p>
        <p>Cấp bản sao trích lục <dvc-service-level-badge level="info"></dvc-service-level-badge> hộ tịch</p>
        <p style="text-align: right">Đăng ký kết hôn <dvc-service-level-badge level="info"></dvc-service-level-badge></p>
        <p style="margin-top: 100vh">Chứng thực <dvc-service-level-badge level="info"></dvc-service-level-badge></p>
      </div>`);

    for (const [textSize, fontSize] of [['100% text', ''], ['200% text', '200%']]) {
      it(`at 320 px and ${textSize}: no horizontal scroll, each label whole inside the viewport, near both edges and the bottom`, async () => {
        await setViewport({ width: 320, height: 640 });
        document.documentElement.style.fontSize = fontSize;
        const wrap = await page();
        const root = document.documentElement;
        expect(root.scrollWidth, 'no horizontal scroll before hovering').to.be.at.most(root.clientWidth);
        const badges = [...wrap.querySelectorAll('dvc-service-level-badge')] as DvcServiceLevelBadge[];
        for (const [i, el] of badges.entries()) {
          el.scrollIntoView({ block: i === badges.length - 1 ? 'end' : 'center' });
          await hover(el);
          const tip = tipOf(el);
          expect(getComputedStyle(tip).display, `label ${i} open`).to.equal('block');
          const box = tip.getBoundingClientRect();
          expect(root.scrollWidth, `page width with label ${i} open`).to.be.at.most(root.clientWidth);
          expect(box.left, `label ${i} left edge`).to.be.at.least(0);
          expect(box.right, `label ${i} right edge`).to.be.at.most(root.clientWidth);
          expect(box.top, `label ${i} top edge`).to.be.at.least(0);
          expect(box.bottom, `label ${i} bottom edge`).to.be.at.most(innerHeight);
          // The text wraps inside the label rather than being cut.
          expect(tip.scrollWidth, `label ${i} text not cut`).to.be.at.most(tip.clientWidth);
          await sendMouse({ type: 'move', position: [0, 0] });
        }
      });
    }
  });

  describe('the hover label of a level that arrives under the pointer', () => {
    afterEach(async () => {
      await resetMouse();
      await setViewport({ width: 800, height: 600 });
    });

    it('at the right edge of 320 px: kept inside the viewport, and Escape closes it', async () => {
      await setViewport({ width: 320, height: 640 });
      const code = PROCEDURES.find((p) => p.level === 'info')!.code;
      setFault('procedures', { kind: 'slow', ms: 800 }, 1);
      const wrap = await fixture<HTMLElement>(
        html`<p style="text-align: right">Đăng ký kết hôn <dvc-service-level-badge api-base=${API} procedure=${code}></dvc-service-level-badge></p>`,
      );
      const el = wrap.querySelector('dvc-service-level-badge') as DvcServiceLevelBadge;
      await until(() => levelOf(el) === 'loading');
      // The pointer rests on "Đang tải mức độ…" (or a phone's tap left it there) when the level comes.
      // Near its right end, which stays in place (the line is right-aligned) when the level's pill replaces it.
      await hover(el, badgeOf(el).getBoundingClientRect().width - 3);
      await until(() => levelOf(el) === 'info');
      await el.updateComplete;
      // The hand on the mouse moves a little, as it does: the browser then shows the label of what is under it.
      await hover(el, badgeOf(el).getBoundingClientRect().width - 4);
      const root = document.documentElement;
      await until(() => getComputedStyle(tipOf(el)).display === 'block');
      expect(root.scrollWidth, 'no horizontal scroll with the label open').to.be.at.most(root.clientWidth);
      expect(tipOf(el).getBoundingClientRect().right, 'label right edge').to.be.at.most(root.clientWidth);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(getComputedStyle(tipOf(el)).display, 'closed by Escape').to.equal('none');
    });
  });

  describe('for keyboard and screen-reader users', () => {
    it('a list of 30 badges adds no Tab stop: Tab goes from the control before it to the one after', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <button>Trước</button>
        <ul>
          ${PROCEDURES.slice(0, 30).map((p) => html`<li>${p.name} <dvc-service-level-badge level=${p.level}></dvc-service-level-badge></li>`)}
        </ul>
        <button>Sau</button>
      </div>`);
      const [before, after] = wrap.querySelectorAll('button');
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === after, `focus after one Tab: ${describeNode(deepActiveElement()!)}`).to.equal(true);
    });

    it(`the full label is part of the accessible name of what contains the badge${A11Y_TREE ? '' : " (no accessibility tree in this browser: checks the text left to assistive technology)"}`, async () => {
      const wrap = await fixture<HTMLElement>(html`<ul>
        <li><a id="p1" href="#p1">Đăng ký khai sinh <dvc-service-level-badge level="full"></dvc-service-level-badge></a></li>
        <li><a id="p2" href="#p2">Đăng ký kết hôn <dvc-service-level-badge level="3"></dvc-service-level-badge></a></li>
      </ul>`);
      const expected = ['Đăng ký khai sinh Dịch vụ công trực tuyến toàn trình', 'Đăng ký kết hôn Dịch vụ công trực tuyến một phần'];
      // The tree branches below must not go quiet again: Chromium's tree is expected to reach the tests.
      expect(A11Y_TREE, 'an accessibility tree exactly where Chromium runs').to.equal(engine === 'chromium');
      if (A11Y_TREE) {
        for (const [i, id] of ['p1', 'p2'].entries()) {
          const node = (await a11ySnapshot({ selector: `#${id}` })) as unknown as { role: string; name: string };
          expect(node.role).to.equal('link');
          expect(node.name.replace(/\s+/g, ' ').trim()).to.equal(expected[i]);
        }
      } else {
        const links = [...wrap.querySelectorAll('a')];
        expect(links.map((a) => textForAssistiveTech(a))).to.deep.equal(expected);
      }
      for (const el of wrap.querySelectorAll('dvc-service-level-badge')) await expect(el).to.be.accessible();
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

    it('a blank code from a page template (only spaces) is no code: nothing asked, nothing shown, the others unharmed', async () => {
      const wrap = await fixture<HTMLElement>(html`<p>
        <dvc-service-level-badge api-base=${API} procedure="  "></dvc-service-level-badge>
        <dvc-service-level-badge api-base=${API} procedure="1.000894"></dvc-service-level-badge>
      </p>`);
      const [blank, real] = wrap.querySelectorAll('dvc-service-level-badge');
      await settled(real);
      await new Promise((r) => setTimeout(r, 100));
      expect(requestUrls()).to.deep.equal(['/procedures?codes=1.000894']);
      expect(shadowText(blank).trim()).to.equal('');
      expect(levelOf(real)).not.to.equal('unknown');
      await expect(wrap).to.be.accessible();
    });

    it('a blank level from a page template is no level: the procedure code beside it is fetched, and nothing is logged', async () => {
      const errors: string[] = [];
      const orig = console.error;
      console.error = (m: string) => errors.push(m);
      try {
        // A template that writes every field it has: level="" where the record has none, the code beside it.
        const wrap = await fixture<HTMLElement>(html`<p>
          <dvc-service-level-badge level="" api-base=${API} procedure="1.001193"></dvc-service-level-badge>
          <dvc-service-level-badge level=" " api-base=${API} agency="STP"></dvc-service-level-badge>
          <dvc-service-level-badge level=""></dvc-service-level-badge>
        </p>`);
        const [withCode, withAgency, alone] = wrap.querySelectorAll<DvcServiceLevelBadge>('dvc-service-level-badge');
        await settled(withCode);
        await settled(withAgency);
        expect(levelOf(withCode)).to.equal('full');
        expect(shadowText(withCode)).to.contain('Toàn trình');
        expect(shadowText(withAgency)).to.contain('thủ tục trực tuyến');
        expect(requestUrls().sort()).to.deep.equal(['/procedures?codes=1.001193', '/stats?agency=STP']);
        // Alone, it shows nothing, as a blank code does: no "Chưa rõ mức độ" for a value the page never had.
        expect(shadowText(alone)).to.equal('');
        expect(errors.filter((e) => e.includes('dvc-service-level-badge'))).to.deep.equal([]);
        await expect(wrap).to.be.accessible();
      } finally {
        console.error = orig;
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
      // Reached by keyboard; an update that changes nothing it shows keeps the focus on it.
      const retry = el.shadowRoot!.querySelector('button') as HTMLButtonElement;
      // Themed as the other widgets' retry buttons are (before: no part, so `::part(retry-button)` missed it).
      expect(retry.getAttribute('part')).to.equal('retry-button');
      retry.focus();
      el.requestUpdate();
      await el.updateComplete;
      expect(deepActiveElement() === retry, `focus is on ${deepActiveElement()?.localName}`).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await until(() => levelOf(el) === PROCEDURES.find((p) => p.code === '1.001193')!.level);
      expect(requests.length).to.equal(2);
      // The button went with the failure; focus stays in the badge, on the level that replaced it, whose words a
      // screen reader then reads (before: focus fell to the page, and the next Tab started from its top).
      const now = deepActiveElement();
      expect(!!now && el.shadowRoot!.contains(now), `focus is on ${now?.localName}`).to.equal(true);
      expect(now!.textContent).to.contain('Toàn trình');
      await expect(el).to.be.accessible();
    });

    it('a badge inside a procedure link: its "Thử lại", pressed or clicked, brings the level back and does not follow the link', async () => {
      setFault('procedures', { kind: 'server-error' }, 2);
      await inLink('dang-ky-khai-sinh', 'Đăng ký khai sinh', { procedure: '1.001193' }, async (el, before) => {
        expect(levelOf(el)).to.equal('error');
        el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => requests.length === 2 && levelOf(el) === 'error');
        expect(location.href, 'the page after Enter on "Thử lại"').to.equal(before);
        await clickMiddleOf(el.shadowRoot!.querySelector('button')!);
        await until(() => levelOf(el) === 'full');
        expect(location.href, 'the page after a click on "Thử lại"').to.equal(before);
        expect(requests.length).to.equal(3);
      });
    });

    it('a retry that fails again puts focus on the new retry button', async () => {
      setFault('procedures', { kind: 'server-error' }, 2);
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} procedure="1.001193"></dvc-service-level-badge>`);
      await settled(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => requests.length === 2 && levelOf(el) === 'error');
      const retry = el.shadowRoot!.querySelector('button');
      expect(!!retry && deepActiveElement() === retry, `focus is on ${deepActiveElement()?.localName}`).to.equal(true);
      // What a screen reader says of the button it lands on: that the level failed again, and why (before: only
      // "Thử lại", as if nothing had happened; a procedure badge has no live region to say it).
      const said = await descriptionOf(retry!);
      expect(said).to.contain('Không tải được mức độ');
      expect(said).to.contain('Hệ thống dịch vụ công đang gặp sự cố. Vui lòng thử lại.');
      await expect(el).to.be.accessible();
    });

    it('in English, the retry button of a badge in a list says what failed and why', async () => {
      setFault('procedures', { kind: 'unavailable', retryAfter: 30 }, 1);
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge lang="en" api-base=${API} procedure="1.001193"></dvc-service-level-badge>`);
      await settled(el);
      const said = await descriptionOf(el.shadowRoot!.querySelector('button')!);
      expect(said).to.contain('Level could not be loaded');
      expect(said).to.contain('Please try again in 30 seconds.');
    });

    /** A list of procedures, each with its badge, on a link that drops the one request they share. */
    const codes = ['1.000656', '1.000894', '1.001193'];
    async function failedList() {
      setFault('procedures', { kind: 'network' }, 1);
      const list = await fixture<HTMLElement>(html`<ul>
        ${codes.map((c) => html`<li>Thủ tục ${c} <dvc-service-level-badge api-base=${API} procedure=${c}></dvc-service-level-badge></li>`)}
      </ul>`);
      const badges = [...list.querySelectorAll<DvcServiceLevelBadge>('dvc-service-level-badge')];
      for (const b of badges) await settled(b);
      expect(badges.map(levelOf)).to.deep.equal(['error', 'error', 'error']);
      return { list, badges };
    }

    it('one retry brings back every badge the same failure took: one request, not one press per badge', async () => {
      const { list, badges } = await failedList();
      expect(requestUrls()).to.deep.equal([`/procedures?codes=${codes.join('%2C')}`]);
      await expect(list).to.be.accessible();
      // The citizen presses the second badge's "Thử lại", from the keyboard.
      const retry = badges[1].shadowRoot!.querySelector('button')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => badges.every((b) => !['loading', 'error'].includes(levelOf(b)!)), 5000);
      expect(badges.map(levelOf)).to.deep.equal(codes.map((c) => PROCEDURES.find((p) => p.code === c)!.level));
      expect(requestUrls().slice(1)).to.deep.equal([`/procedures?codes=${codes.join('%2C')}`]);
      // Focus stays in the badge whose button was pressed.
      const now = deepActiveElement();
      expect(!!now && badges[1].shadowRoot!.contains(now), `focus is on ${now?.localName}`).to.equal(true);
      await expect(list).to.be.accessible();
    });

    it('a failed badge moved in the page (a list sorted again) still comes back with its retry', async () => {
      setFault('procedures', { kind: 'network' }, 1);
      const list = await fixture<HTMLElement>(html`<ul>
        <li><dvc-service-level-badge api-base=${API} procedure="1.000656"></dvc-service-level-badge></li>
        <li></li>
      </ul>`);
      const el = list.querySelector<DvcServiceLevelBadge>('dvc-service-level-badge')!;
      await settled(el);
      expect(levelOf(el)).to.equal('error');
      list.lastElementChild!.append(el);
      el.shadowRoot!.querySelector('button')!.click();
      await until(() => levelOf(el) === PROCEDURES.find((p) => p.code === '1.000656')!.level);
      expect(requestUrls()).to.deep.equal(['/procedures?codes=1.000656', '/procedures?codes=1.000656']);
    });

    it('failed badges all moved (a list sorted again): one retry still brings every one back, in one request', async () => {
      const { list, badges } = await failedList();
      // The page sorts the list the other way round: every item, with its badge, is moved.
      for (const li of [...list.children].reverse()) list.append(li);
      await Promise.all(badges.map((b) => b.updateComplete));
      badges[0].shadowRoot!.querySelector('button')!.click();
      await until(() => badges.every((b) => !['loading', 'error'].includes(levelOf(b)!)), 5000);
      expect(badges.map(levelOf)).to.deep.equal(codes.map((c) => PROCEDURES.find((p) => p.code === c)!.level));
      expect(requestUrls().length).to.equal(2);
      expect(new URL(requestUrls()[1], API).searchParams.get('codes')!.split(',').sort()).to.deep.equal(codes);
    });

    it('that retry also brings back failed badges that read another source, each source asked once', async () => {
      setFault('procedures', { kind: 'network' }, 2);
      const other = 'https://dichvucong-khac.test/api/v1';
      const list = await fixture<HTMLElement>(html`<div>
        <dvc-service-level-badge api-base=${API} procedure="1.000656"></dvc-service-level-badge>
        <dvc-service-level-badge api-base=${other} procedure="1.000894"></dvc-service-level-badge>
        <dvc-service-level-badge api-base=${API} procedure="1.001193"></dvc-service-level-badge>
      </div>`);
      const badges = [...list.querySelectorAll<DvcServiceLevelBadge>('dvc-service-level-badge')];
      for (const b of badges) await settled(b);
      expect(badges.map(levelOf)).to.deep.equal(['error', 'error', 'error']);
      const asked: string[] = [];
      const log = ({ request }: { request: Request }) => void asked.push(request.url);
      worker.events.on('request:start', log);
      badges[2].shadowRoot!.querySelector('button')!.click();
      await until(() => badges.every((b) => !['loading', 'error'].includes(levelOf(b)!))).finally(() => worker.events.removeListener('request:start', log));
      expect(asked.filter((u) => u.includes('/procedures')).sort()).to.deep.equal([
        `${other}/procedures?codes=1.000894`,
        `${API}/procedures?codes=1.000656%2C1.001193`,
      ]);
    });

    it("an item whose level is outside the contract costs only its own badge: the others of the request show theirs", async () => {
      // A list page asks up to 100 codes in one request; an old record's legacy "4", a level that is not text or
      // markup in one item must not take the level of every other procedure on the page.
      const good = PROCEDURES.filter((p) => p.level === 'full').slice(0, 2).map((p) => p.code);
      const bad = ['0.000004', '0.000005', '0.000006'];
      worker.use(
        http.get(
          `${API}/procedures`,
          () =>
            HttpResponse.json({
              items: [
                { code: good[0], level: 'full' },
                { code: bad[0], level: '4' },
                { code: bad[1], level: { full: true } },
                { code: bad[2], level: '<img src=x onerror=alert(1)>' },
                { code: good[1], level: 'full' },
              ],
              total: 5,
              page: 1,
              pageSize: 5,
            }),
          { once: true },
        ),
      );
      const wrap = await fixture<HTMLElement>(html`<ul>
        ${[...good, ...bad].map((c) => html`<li><dvc-service-level-badge plain api-base=${API} procedure=${c}></dvc-service-level-badge></li>`)}
      </ul>`);
      const badges = [...wrap.querySelectorAll('dvc-service-level-badge')] as DvcServiceLevelBadge[];
      await Promise.all(badges.map(settled));
      expect(requests.length).to.equal(1);
      expect(badges.map(levelOf)).to.deep.equal(['full', 'full', 'unknown', 'unknown', 'unknown']);
      expect(shadowText(badges[2])).to.contain('Chưa rõ mức độ');
      expect(badges.every((b) => b.shadowRoot!.querySelector('img, button') === null), 'no markup from the answer, no retry that would fail the same way').to.equal(true);
      await expect(wrap).to.be.accessible();
    });

    // The badge reads only each item's code and level: those are what it checks, and what it must refuse.
    const malformed: [string, JsonBodyType][] = [
      ['an item without a code', { items: [{ level: 'full' }], total: 1, page: 1, pageSize: 1 }],
      ['items that are not a list', { items: { '1.001193': 'full' }, total: 1, page: 1, pageSize: 1 }],
      ['no object at all', ['1.001193', 'full']],
    ];
    for (const [what, body] of malformed) {
      it(`refuses an answer with ${what}: the error and its retry, nothing of the answer shown`, async () => {
        worker.use(http.get(`${API}/procedures`, () => HttpResponse.json(body), { once: true }));
        const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} procedure="1.001193"></dvc-service-level-badge>`);
        await settled(el);
        expect(levelOf(el)).to.equal('error');
        expect(shadowText(el)).to.contain('Không tải được mức độ');
        expect(el.shadowRoot!.querySelector('img') === null, 'no markup from the answer').to.equal(true);
        await expect(el).to.be.accessible();
        (el.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
        await until(() => levelOf(el) === 'full');
      });
    }

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

    /** The agency's figures in a Vietnamese badge and in an English one, side by side, once both have settled. */
    const viAndEn = async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>
        <dvc-service-level-badge lang="en" api-base=${API} agency="STP"></dvc-service-level-badge>
      </div>`);
      const [vi, en] = wrap.querySelectorAll<DvcServiceLevelBadge>('dvc-service-level-badge');
      await settled(vi);
      await settled(en);
      return [vi, en, wrap] as const;
    };

    it('shows the share of online procedures, with the breakdown on request', async () => {
      figures({ code: 'STP', name: 'Sở Tư pháp tỉnh Quảng Ngãi' });
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>`);
      expect(shadowText(el)).to.contain('Đang tải số liệu');
      await settled(el);
      expect(requestUrls()).to.deep.equal(['/stats?agency=STP']);
      expect(el.shadowRoot!.textContent).to.contain('83,3% thủ tục trực tuyến');
      const details = el.shadowRoot!.querySelector('details')!;
      expect(details.open).to.equal(false);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(shadowText(el)).to.contain('Sở Tư pháp tỉnh Quảng Ngãi');
      expect(shadowText(el)).to.contain('Tổng số thủ tục');
      await expect(el).to.be.accessible();
      // An update that changes nothing it shows leaves the breakdown as the citizen left it: open, the same one.
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('details') === details, 'the same breakdown').to.equal(true);
      expect(details.open).to.equal(true);
    });

    it('never rounds up to 100 %: one late dossier, or one procedure not online, is not hidden (both languages)', async () => {
      worker.use(
        http.get(`${API}/stats`, () =>
          HttpResponse.json({
            agency: { code: 'STP', name: 'Sở Tư pháp tỉnh Quảng Ngãi' },
            period: { from: '2026-01-01T00:00:00+07:00', to: '2026-06-30T00:00:00+07:00' },
            procedures: { total: 2000, full: 1500, partial: 499, info: 1 },
            dossiers: { total: 3000, onTime: 2999, late: 1 },
          }),
        ),
      );
      const [vi, en, wrap] = await viAndEn();
      // Before: "100% thủ tục trực tuyến" and "100% hồ sơ giải quyết đúng hạn", with a dossier late.
      expect(shadowText(vi)).to.contain('99,9% thủ tục trực tuyến');
      expect(shadowText(vi)).to.contain('99,9% hồ sơ giải quyết đúng hạn (trên 3.000 hồ sơ)');
      expect(shadowText(en)).to.contain('99.9% of procedures online');
      expect(shadowText(en)).to.contain('99.9% of 3,000 dossiers handled on time');
      expect(shadowText(wrap.querySelector('dvc-service-level-badge')!)).not.to.contain('100%');
      await expect(wrap).to.be.accessible();
    });

    it("figures inside the agency's link: a click or Enter on them opens and closes the breakdown, and does not follow the link", async () => {
      figures({ code: 'STP', name: 'Sở Tư pháp tỉnh Quảng Ngãi' });
      await inLink('so-tu-phap', 'Sở Tư pháp', { agency: 'STP' }, async (el, before) => {
        const details = el.shadowRoot!.querySelector('details')!;
        const summary = el.shadowRoot!.querySelector('summary')!;
        await clickMiddleOf(summary);
        await until(() => details.open);
        expect(location.href, 'the page after a click on the figures').to.equal(before);
        summary.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => !details.open);
        expect(location.href, 'the page after Enter on the figures').to.equal(before);
        await sendKeys({ press: 'Enter' });
        await until(() => details.open);
        expect(shadowText(el)).to.contain('Tổng số thủ tục');
        await expect(el).to.be.accessible();
      });
    });

    describe('switched to English while the breakdown is open', () => {
      /** How many times the API below has failed (asked in English, `fail` set). */
      let failedAnswers = 0;
      /** The agency's name in the language asked, as an API that translates it answers. */
      const translated = (fail: boolean) =>
        worker.use(
          http.get(`${API}/stats`, ({ request }) => {
            const en = request.headers.get('Accept-Language')?.startsWith('en');
            if (en && fail) {
              failedAnswers++;
              return HttpResponse.json({ type: 'about:blank', title: 'Internal', status: 500 }, { status: 500 });
            }
            return HttpResponse.json({
              agency: { code: 'STP', name: en ? 'Department of Justice' : 'Sở Tư pháp tỉnh Quảng Ngãi' },
              period: { from: '2026-01-01T00:00:00+07:00', to: '2026-06-30T00:00:00+07:00' },
              procedures: { total: 120, full: 60, partial: 40, info: 20 },
            });
          }),
        );
      const openBreakdown = async () => {
        const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>`);
        await settled(el);
        el.shadowRoot!.querySelector('summary')!.click();
        await until(() => el.shadowRoot!.querySelector('details')!.open);
        return el;
      };
      const breakdown = (el: DvcServiceLevelBadge) => el.shadowRoot!.querySelector<HTMLDetailsElement>('details');

      it('keeps it open and the figures on screen, then shows them in English with the name the API gives', async () => {
        translated(false);
        const el = await openBreakdown();
        const seen: string[] = [];
        const watch = new MutationObserver(() => seen.push(shadowText(el)));
        watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
        el.lang = 'en';
        await until(() => shadowText(el).includes('Department of Justice'));
        watch.disconnect();
        expect(requests.length).to.equal(2);
        // Before: "Đang tải số liệu" in between, and the breakdown closed when the English figures came.
        expect(seen.filter((t) => !t.includes('83'))).to.deep.equal([]);
        expect(breakdown(el)?.open, 'the breakdown is still open').to.equal(true);
        expect(shadowText(el)).to.contain('Procedures in total');
        await expect(el).to.be.accessible();
      });

      it('a failure to fetch them again in English keeps the figures, in English, and the breakdown open', async () => {
        failedAnswers = 0;
        translated(true);
        const el = await openBreakdown();
        el.lang = 'en';
        // The English request's failure, answered, then given time to be handled: what it leaves on screen is
        // what is checked (a mocked answer is handled within milliseconds; this waits far longer).
        await until(() => failedAnswers === 1);
        await new Promise((r) => setTimeout(r, 300));
        await el.updateComplete;
        // Before: "Could not load the online-service figures" replaced the figures the citizen was reading.
        expect(shadowText(el)).to.contain('83.3% of procedures online');
        expect(shadowText(el)).not.to.match(/Could not|Không tải/);
        expect(breakdown(el)?.open, 'the breakdown is still open').to.equal(true);
        // The name the citizen has is the one shown, marked as Vietnamese for screen readers.
        expect(el.shadowRoot!.querySelector('h3 [lang="vi"]')?.textContent).to.equal('Sở Tư pháp tỉnh Quảng Ngãi');
        await expect(el).to.be.accessible();
      });
    });

    it('figures of one day say that day once, in both languages, however the API writes its times', async () => {
      // The API sends the period as date-times: from the start of today to the moment it counted.
      worker.use(
        http.get(`${API}/stats`, () =>
          HttpResponse.json({
            period: { from: '2026-12-06T00:00:00+07:00', to: '2026-12-06T09:41:00+07:00' },
            procedures: { total: 120, full: 60, partial: 40, info: 20 },
          }),
        ),
      );
      const [vi, en] = await viAndEn();
      const note = (el: DvcServiceLevelBadge) => el.shadowRoot!.querySelector('.breakdown p')!.textContent;
      // Before: "Từ 06/12/2026 đến 06/12/2026".
      expect(note(vi)).to.equal('Số liệu ngày 06/12/2026');
      expect(note(en)).to.equal('As of 06/12/2026');
    });

    it("the marker that says the figures open has empty alternative text: the summary's name is the figure alone", async () => {
      figures({ code: 'STP', name: 'Sở Tư pháp tỉnh Quảng Ngãi' });
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>`);
      await settled(el);
      const summary = el.shadowRoot!.querySelector('summary')!;
      // Generated content is part of an accessible name unless it has alternative text (`content: '▾' / ''`).
      const marker = () => getComputedStyle(summary.querySelector('.badge')!, '::after').content.replace(/\s+/g, ' ');
      // What the marker adds to the name: its alternative text when it has one, else the marker itself.
      const markerInName = () => /\/ "(.*)"$/.exec(marker())?.[1] ?? marker().replace(/^"|"$/g, '');
      for (const shown of ['▾', '▴']) {
        expect(marker()).to.equal(`"${shown}" / ""`);
        expect(`${textForAssistiveTech(summary)}${markerInName()}`).to.equal('83,3% thủ tục trực tuyến');
        if (A11Y_TREE) {
          // Chromium: the name and state its accessibility tree gives the summary, marker and all.
          const node = (await a11ySnapshot({ selector: 'dvc-service-level-badge >>> summary' })) as unknown as { name: string; expanded: boolean };
          expect([node.name, node.expanded]).to.deep.equal(['83,3% thủ tục trực tuyến', shown === '▴']);
        }
        summary.click();
        await el.updateComplete;
      }
      await expect(el).to.be.accessible();
    });

    it('an empty agency means the whole province; English figures', async () => {
      figures();
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge lang="en" api-base=${API} agency=""></dvc-service-level-badge>`);
      await settled(el);
      expect(requestUrls()).to.deep.equal(['/stats']);
      expect(shadowText(el)).to.contain('83.3% of procedures online');
    });

    it('an agency the API does not know: says so, with no retry button (a retry would fail the same way)', async () => {
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} agency="KHONG-CO"></dvc-service-level-badge>`);
      await settled(el);
      expect(levelOf(el)).to.equal('error');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('Không tìm thấy thông tin yêu cầu.');
      // Said on screen too, not to screen readers only (before: the eye read "Không tải được số liệu dịch vụ công"
      // and nothing else, a failure with no retry and no reason).
      expect(visibleText(el)).to.equal('Không tải được số liệu dịch vụ công Không tìm thấy thông tin yêu cầu.');
      expect(el.shadowRoot!.querySelectorAll('button, [part="retry-button"]').length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('a failure of the figures shows when to try again on screen, in English too; a list of procedure badges stays short', async () => {
      setFault('stats', { kind: 'unavailable', retryAfter: 120 }, 1);
      setFault('procedures', { kind: 'server-error' }, 1);
      const wrap = await fixture<HTMLElement>(html`<div lang="en">
        <dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>
        <dvc-service-level-badge api-base=${API} procedure="1.001193"></dvc-service-level-badge>
      </div>`);
      const [figures, level] = wrap.querySelectorAll<DvcServiceLevelBadge>('dvc-service-level-badge');
      await settled(figures);
      await settled(level);
      expect(visibleText(figures)).to.equal(
        'Service figures could not be loaded The public-service system is temporarily unavailable or overloaded. Please try again in about 2 minutes. Try again',
      );
      // Its button is still described by all of it.
      expect(await descriptionOf(figures.shadowRoot!.querySelector('button')!)).to.contain('Please try again in about 2 minutes.');
      // In a list, the eye gets the short failure and the button; the reason goes to screen readers (the button's description).
      expect(visibleText(level)).to.equal('Level could not be loaded Try again');
      await expect(wrap).to.be.accessible();
    });

    it('announces a failure with when to try again, and retries', async () => {
      setFault('stats', { kind: 'rate-limited', retryAfter: 20 }, 1);
      const el = await fixture<DvcServiceLevelBadge>(html`<dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>`);
      await settled(el);
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('Không tải được số liệu dịch vụ công');
      // The page's badges sent the requests, or others behind the same address (a commune office, a mobile network):
      // not the citizen, who is not told they sent too many (before: "Bạn đã gửi quá nhiều yêu cầu…").
      expect(status.textContent).to.contain('Có quá nhiều yêu cầu gửi đến trong thời gian ngắn. Vui lòng thử lại sau 20 giây.');
      expect(status.textContent).not.to.contain('Bạn');
      await expect(el).to.be.accessible();
      (el.shadowRoot!.querySelector('button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => levelOf(el) === 'stats');
      // Focus goes from the retry button to the figures' summary, which stays in the Tab order.
      const now = deepActiveElement();
      expect(now?.localName).to.equal('summary');
      expect((now as HTMLElement).tabIndex).to.equal(0);
    });
  });

  describe('without an API address', () => {
    it('tells the webmaster what to add, and logs one console error; a list of procedure badges raises no alert per badge', async () => {
      const errors: string[] = [];
      const orig = console.error;
      console.error = (m: string) => errors.push(m);
      try {
        const wrap = await fixture<HTMLElement>(html`<div>
          <ul>
            ${PROCEDURES.slice(0, 5).map((p) => html`<li>${p.name} <dvc-service-level-badge procedure=${p.code}></dvc-service-level-badge></li>`)}
          </ul>
          <dvc-service-level-badge agency="STP"></dvc-service-level-badge>
        </div>`);
        const badges = [...wrap.querySelectorAll('dvc-service-level-badge')];
        await Promise.all(badges.map((b) => b.updateComplete));
        for (const b of badges) {
          const notice = b.shadowRoot!.querySelector('[part="config-error"]')!;
          expect(notice.textContent).to.contain('api-base');
          expect(notice.textContent).to.contain('dvc-api-base');
        }
        // The same notice said by dozens of badges at once would flood a screen reader, as their failures would
        // (the badge's failure stays quiet in a list too); the agency's figures, a region of their own, say it.
        const alerts = badges.filter((b) => b.shadowRoot!.querySelector('[role="alert"]'));
        expect(alerts.map((b) => b.getAttribute('agency') ?? 'procedure')).to.deep.equal(['STP']);
        expect(errors.filter((e) => e.includes('dvc-service-level-badge'))).to.have.length(1);
        expect(requests.length).to.equal(0);
        await expect(wrap).to.be.accessible();
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
    // Removed once the test server has the request (and its one slow answer), so that the one put back is not slow.
    await until(() => signals.length === 1 && requests.length === 1);
    el.remove();
    expect(signals[0].aborted).to.equal(true);
    wrap.append(el);
    await until(() => levelOf(el) === 'stats');
    expect(signals.length).to.equal(2);
    expect(signals[1].aborted).to.equal(false);
  });
});

// ─── colour schemes and older browsers ────────────────────────────────────────────────────────────────────

const SCHEMES = await colourSchemes();

/**
 * Every kind of badge after a control to Tab from: each level, an unknown level, a failed load with its retry
 * button, and an agency's figures opened; the pointer rests on the first badge, so its full label shows.
 */
async function everyBadge(containerStyle = '') {
  setFault('procedures', { kind: 'server-error' }, 1);
  const errors = console.error;
  console.error = () => {}; // the unknown level tells the webmaster in the console
  try {
    const wrap = await fixture<HTMLElement>(html`<div style=${containerStyle}>
      <button>Trước</button>
      <p>
        <dvc-service-level-badge level="full"></dvc-service-level-badge>
        <dvc-service-level-badge level="partial"></dvc-service-level-badge>
        <dvc-service-level-badge level="info"></dvc-service-level-badge>
        <dvc-service-level-badge level="x"></dvc-service-level-badge>
        <dvc-service-level-badge api-base=${API} procedure="1.001193"></dvc-service-level-badge>
      </p>
      <dvc-service-level-badge api-base=${API} agency="STP"></dvc-service-level-badge>
    </div>`);
    const badges = [...wrap.querySelectorAll('dvc-service-level-badge')] as DvcServiceLevelBadge[];
    await Promise.all(badges.map(settled));
    expect(badges.map(levelOf)).to.deep.equal(['full', 'partial', 'info', 'unknown', 'error', 'stats']);
    const agency = badges[5];
    agency.shadowRoot!.querySelector('details')!.open = true;
    const box = badgeOf(badges[0]).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
    return { badges, before: wrap.querySelector('button')! };
  } finally {
    console.error = errors;
  }
}

describe('<dvc-service-level-badge> in each colour scheme', () => {
  beforeEach(async () => {
    await useMockApi();
    resetLevelBatchers();
  });
  afterEach(() => resetMouse());

  for (const scheme of SCHEMES) {
    it(`${scheme.title}: every level, a failure, the agency figures opened and the hover label are readable, axe-clean`, async () => {
      await scheme.enter();
      try {
        const { badges, before } = await everyBadge(scheme.containerStyle);
        // The Tab goes to the first control among the badges: the retry button.
        await expectReadableIn(scheme, badges[4], before);
        for (const el of badges) {
          expectVisible(el);
          await expect(el).to.be.accessible();
        }
      } finally {
        await scheme.leave();
      }
    });
  }

  it('without light-dark() (Safari 16.4–17.4, Chrome 111–122, Firefox 115–119): the light colours, text, buttons, borders and the focus ring stay visible', async () => {
    let all: DvcServiceLevelBadge[] = [];
    await expectFallbackLooksLight(
      ['dvc-service-level-badge'],
      async () => {
        const { badges, before } = await everyBadge();
        all = badges;
        return { el: badges[4], before };
      },
      SCHEMES[0],
    );
    for (const el of all) expectVisible(el);
  });
});
