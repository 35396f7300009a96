import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectPageAccessible } from '../helpers/axe-page.js';
import { until } from '../helpers/mock-api.js';
import { VERSION } from '../../src/version.js';

/**
 * The embed builder (demo/builder.html) as a webmaster uses it: served with the mock API on another origin
 * (test/builder/server-plugin.js), the built library for the preview, the manifest for the tags.
 */

type FrameWindow = Window & typeof globalThis;

const HTML_SITE = '/__builder/html-site/api/v1';
const SLOW_API = '/__builder/slow/api/v1';
/** An address nothing answers: browsers refuse port 1 at once, as they do a server that is down. */
const UNREACHABLE = 'http://127.0.0.1:1/api/v1';

let frame: HTMLIFrameElement;
let doc: Document;
let win: FrameWindow;

let served = false;

async function openBuilder(width = 1200): Promise<void> {
  if (!served) {
    const lib = await fetch('/demo/builder-lib.js');
    expect(lib.ok, "the builder's server plugin (test/builder/server-plugin.js, builderServer()) is registered in the test runner's config").to.equal(true);
    served = true;
  }
  frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.src = '/demo/builder.html';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  doc = frame.contentDocument!;
  win = frame.contentWindow as FrameWindow;
  await until(() => doc.querySelector('#builder .settings'), 6000);
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element | null) => text(el?.shadowRoot as unknown as Element);
const mockApi = () => doc.querySelector<HTMLMetaElement>('meta[name="dvc-demo-api"]')!.content;

/** The control a visible label names (a <label for>), as a user finds it. */
function control<T extends HTMLElement = HTMLInputElement>(label: string): T {
  const found = [...doc.querySelectorAll('label')].filter((l) => text(l) === label && !l.closest('[hidden]'));
  expect(found.length, `one visible control labelled "${label}"`).to.equal(1);
  return doc.getElementById(found[0].htmlFor) as T;
}

/** Chooses a radio button by its label, as a click on it does. */
function choose(label: string): void {
  const radio = control(label);
  expect(radio.type).to.equal('radio');
  radio.click();
}

async function type(input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}

/** Sets a text field as typing does, then leaves it (a `change`). */
function fill(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new win.Event('input', { bubbles: true }));
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
}

const headCode = () => doc.querySelector<HTMLTextAreaElement>('#code-head')!;
const bodyCode = () => doc.querySelector<HTMLTextAreaElement>('#code-body')!;
const preview = () => doc.querySelector('#preview')!.firstElementChild;
const liveCheck = () => text(doc.querySelector('.check-live'));

const axeClean = (): Promise<void> => expectPageAccessible(win, doc);

/** Nothing wider than the frame: no horizontal scrolling. */
function noHorizontalScroll(): void {
  const { scrollWidth, clientWidth } = doc.documentElement;
  expect(scrollWidth, 'page width').to.be.at.most(clientWidth);
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('the embed builder', function () {
  // Each test loads a whole page (the library, the API checks, axe) and runs axe more than once.
  this.timeout(30_000);
  afterEach(() => frame?.remove());

  it('asks for each attribute of each tag in the manifest with Vietnamese words, never the attribute name', async () => {
    await openBuilder();
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const tags = (manifest.modules as { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[])
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName);
    expect(tags.length).to.equal(4);
    const widgetRadios = [...doc.querySelectorAll<HTMLInputElement>('input[name="widget"]')];
    expect(widgetRadios.map((r) => r.value).sort()).to.deep.equal(tags.map((d) => d.tagName).sort());
    for (const decl of tags) {
      doc.querySelector<HTMLInputElement>(`input[name="widget"][value="${decl.tagName}"]`)!.click();
      const label = text(doc.querySelector(`label[for="widget-${decl.tagName}"]`));
      expect(label, decl.tagName).to.match(VIETNAMESE);
      expect(label).not.to.contain('dvc-');
      const options = doc.querySelector('.options')!;
      // The page-wide attributes are asked for in "how it goes on your page".
      for (const attr of (decl.attributes ?? []).map((a) => a.name).filter((a) => !['api-base', 'catalog'].includes(a))) {
        const fieldEl = options.querySelector(`[data-attribute="${attr}"]`);
        expect(fieldEl, `${decl.tagName} ${attr} has a field`).not.to.equal(null);
        const labelText = text(fieldEl!.querySelector('label, legend'));
        expect(labelText, `${decl.tagName} ${attr}`).to.match(VIETNAMESE);
        expect(labelText.toLowerCase(), `${decl.tagName} ${attr}`).not.to.contain(attr);
        expect(text(fieldEl!.querySelector('.hint')), `${decl.tagName} ${attr} hint`).to.match(VIETNAMESE);
      }
      for (const l of options.querySelectorAll('label, legend')) expect(text(l)).to.match(VIETNAMESE);
      expect(doc.body.textContent, 'no literal backticks').not.to.contain('`');
    }
    // The badge's three ways (and the whole province) are one clear choice.
    doc.querySelector<HTMLInputElement>('input[name="widget"][value="dvc-service-level-badge"]')!.click();
    expect([...doc.querySelectorAll('input[name="badge-mode"]')].map((r) => text(doc.querySelector(`label[for="${r.id}"]`)))).to.deep.equal([
      'Mức độ trực tuyến của một thủ tục',
      'Tỉ lệ thủ tục trực tuyến của một cơ quan',
      'Tỉ lệ thủ tục trực tuyến của cả tỉnh',
      'Một mức độ cố định (không gọi API)',
    ]);
    await axeClean();
  });

  it('switches to English and back: the page, its labels and hints, the preview of a widget that follows the page', async () => {
    await openBuilder();
    const button = doc.getElementById('lang-switch')!;
    expect(text(button)).to.equal('English');
    expect(button.lang).to.equal('en');
    const vietnamesePreview = preview();
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.title).to.equal('Embed builder — dvc-elements');
    expect(text(doc.querySelector('h1'))).to.equal('Embed builder');
    expect(text(button)).to.equal('Tiếng Việt');
    expect(button.lang).to.equal('vi');
    expect(doc.activeElement === button, 'focus stays on the switch').to.equal(true);
    expect(control('Only procedures of the agency').getAttribute('role')).to.equal('combobox');
    expect(text(doc.getElementById(`${control('Only procedures of the agency').id}-hint`))).to.contain('Empty: every agency.');
    expect(text(doc.querySelector('#h-place'))).to.equal('4. How it goes on your page');
    expect(text(doc.querySelector('label[for="widget-dvc-dossier-tracker"]'))).to.equal('Dossier tracker');
    expect(text(doc.querySelector('#check-api'))).to.equal('Check the API');
    // The preview widget takes the page's language: English. (The one on screen shows English at once, and is
    // replaced a moment later by one made for the new settings: axe reads the new one.)
    await until(() => preview() !== vietnamesePreview && /Search/.test(shadowText(preview())), 6000);
    expect(doc.body.textContent).not.to.match(/Tùy chọn|Tiện ích|Xem trước/);
    // The API's names, Vietnamese under the English page, are marked so (a screen reader reads them in Vietnamese).
    const agency = control('Only procedures of the agency');
    await until(() => text(doc.getElementById(`${agency.id}-state`)) === '', 6000);
    await type(agency, 'tu phap');
    await until(() => doc.querySelectorAll(`#${agency.id}-list [role="option"]`).length === 1, 3000);
    const name = doc.querySelector(`#${agency.id}-list [role="option"] .pick-name`)!;
    expect(text(name)).to.equal('Sở Tư pháp tỉnh Quảng Ngãi');
    expect(name.getAttribute('lang')).to.equal('vi');
    expect(doc.querySelector(`#${agency.id}-list [role="option"] .pick-code`)!.hasAttribute('lang')).to.equal(false);
    await axeClean();
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(doc.documentElement.lang).to.equal('vi');
    expect(text(doc.querySelector('#h-place'))).to.equal('4. Cách gắn vào trang');
  });

  it('picks an agency with the keyboard alone (typed without diacritics): its code goes into the code and the preview', async () => {
    await openBuilder();
    const input = control('Chỉ tìm thủ tục của cơ quan');
    const state = doc.getElementById(`${input.id}-state`)!;
    await until(() => doc.querySelector(`#${input.id}-list`) && text(state) === '', 6000);
    await type(input, 'tu phap');
    const list = doc.getElementById(input.getAttribute('aria-controls')!)!;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hidden).to.equal(false);
    const options = [...list.querySelectorAll('[role="option"]')];
    expect(options.map(text)).to.deep.equal(['Sở Tư pháp tỉnh Quảng Ngãi STP']);
    // The number of results is told to screen readers once typing stops.
    await until(() => text(input.closest('.pick')!.querySelector('.visually-hidden[role="status"]')) === '1 kết quả. Dùng phím mũi tên để chọn.');
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0].id);
    expect(options[0].getAttribute('aria-selected')).to.equal('true');
    expect(doc.activeElement === input, 'focus stays in the field').to.equal(true);
    await axeClean();
    await sendKeys({ press: 'Enter' });
    expect(input.value).to.equal('Sở Tư pháp tỉnh Quảng Ngãi');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(list.hidden).to.equal(true);
    expect(text(state)).to.equal('Đã chọn: Sở Tư pháp tỉnh Quảng Ngãi (mã STP).');
    expect(bodyCode().value).to.equal('<dvc-procedure-search agency="STP"></dvc-procedure-search>');
    await until(() => preview()?.getAttribute('agency') === 'STP', 3000);
    await axeClean();

    // Escape closes an open list, then empties the field: no agency.
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('Sở Tư pháp tỉnh Quảng Ngãi');
    await sendKeys({ press: 'Escape' });
    expect(input.value).to.equal('');
    expect(bodyCode().value).to.equal('<dvc-procedure-search></dvc-procedure-search>');
  });

  it('a list says it is loading, and when the API cannot be reached lets a code be typed by hand', async () => {
    await openBuilder();
    fill(control('Địa chỉ API'), `${location.origin}${SLOW_API}`);
    const domain = control('Chỉ tìm trong lĩnh vực');
    const state = () => text(doc.getElementById(`${domain.id}-state`));
    expect(state()).to.equal('Đang tải danh sách từ API…');
    await type(domain, 'ho tich');
    // Nothing to choose from yet: the field says why, and is not "expanded" with an empty list.
    expect(text(domain.closest('.pick')!.querySelector('.pick-message'))).to.equal('Đang tải danh sách từ API…');
    expect(domain.getAttribute('aria-expanded')).to.equal('false');
    await axeClean();
    await until(() => state() === '' && doc.querySelectorAll(`#${domain.id}-list [role="option"]`).length > 0, 6000);
    expect(text(doc.querySelector(`#${domain.id}-list [role="option"]`))).to.contain('Hộ tịch');

    fill(control('Địa chỉ API'), UNREACHABLE);
    const agency = control('Chỉ tìm thủ tục của cơ quan');
    const agencyState = () => text(doc.getElementById(`${agency.id}-state`));
    await until(() => agencyState().startsWith('Không tải được danh sách từ API.'), 6000);
    const retry = agency.closest('.pick')!.querySelector('button')!;
    expect(retry.hidden).to.equal(false);
    expect(text(retry)).to.equal('Tải lại danh sách');
    await type(agency, 'XA-TK-2019');
    expect(agency.getAttribute('aria-expanded')).to.equal('false');
    expect(agencyState()).to.contain('Mã nhập tay: XA-TK-2019.');
    expect(bodyCode().value).to.contain('agency="XA-TK-2019"');
    await axeClean();

    // Back to an API that answers: its list has no such code. The code stays (the webmaster may know better), and
    // the field says, as an error, that a filter by it would find nothing here; never "chosen".
    agency.blur();
    fill(control('Địa chỉ API'), mockApi());
    await until(() => !agencyState().startsWith('Không tải được') && !agencyState().startsWith('Đang tải'), 6000);
    expect(agencyState()).to.equal(
      'Mã XA-TK-2019 không có trong danh sách của API này: tiện ích lọc theo mã này sẽ không tìm thấy gì. Chọn lại, hoặc xóa ô để bỏ chọn.',
    );
    expect(doc.getElementById(`${agency.id}-state`)!.classList.contains('error')).to.equal(true);
    expect(agency.value).to.equal('XA-TK-2019');
    expect(bodyCode().value).to.contain('agency="XA-TK-2019"');
    await axeClean();
    // Choosing from this list puts things right.
    await type(agency, 'tu phap');
    await until(() => doc.querySelectorAll(`#${agency.id}-list [role="option"]`).length === 1, 3000);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(agencyState()).to.equal('Đã chọn: Sở Tư pháp tỉnh Quảng Ngãi (mã STP).');
    expect(bodyCode().value).to.contain('agency="STP"');
  });

  it('text typed and left while a list loads is matched once it arrives: a name is chosen, anything else said not to be there', async () => {
    await openBuilder();
    fill(control('Địa chỉ API'), `${location.origin}${SLOW_API}`);
    const agency = control('Chỉ tìm thủ tục của cơ quan');
    const domain = control('Chỉ tìm trong lĩnh vực');
    const state = (input: HTMLInputElement) => text(doc.getElementById(`${input.id}-state`));
    expect(state(agency)).to.equal('Đang tải danh sách từ API…');
    await type(agency, 'so tu phap tinh quang ngai');
    await type(domain, 'linh vuc khong co');
    agency.focus();
    await sendKeys({ press: 'Tab' });
    expect(state(domain)).to.equal('Đang tải danh sách từ API…');
    expect(doc.getElementById(`${domain.id}-state`)!.classList.contains('error'), 'loading is not an error').to.equal(false);
    await until(() => !state(agency).startsWith('Đang tải') && !state(domain).startsWith('Đang tải'), 6000);
    expect(state(agency)).to.equal('Đã chọn: Sở Tư pháp tỉnh Quảng Ngãi (mã STP).');
    expect(agency.value).to.equal('Sở Tư pháp tỉnh Quảng Ngãi');
    expect(bodyCode().value).to.contain('agency="STP"');
    expect(state(domain)).to.equal('«linh vuc khong co» không có trong danh sách: chọn một mục, hoặc xóa ô để bỏ chọn.');
    expect(bodyCode().value).not.to.contain('domain=');
    await axeClean();
  });

  it('the badge: the whole province is a choice of its own (agency=""), and nothing chosen still previews something', async () => {
    await openBuilder();
    choose('Huy hiệu mức độ dịch vụ công trực tuyến');
    // The default: the whole province, which needs nothing else.
    expect(bodyCode().value).to.equal('<dvc-service-level-badge agency=""></dvc-service-level-badge>');
    await until(() => preview()?.shadowRoot?.querySelector('[part="badge"]')?.getAttribute('data-level') === 'stats', 6000);
    expect(shadowText(preview())).to.match(/thủ tục trực tuyến/);

    choose('Tỉ lệ thủ tục trực tuyến của một cơ quan');
    expect(bodyCode().value).to.equal('<dvc-service-level-badge agency=""></dvc-service-level-badge>');
    expect(text(doc.querySelector('#code-notes'))).to.contain('Chưa chọn cơ quan');
    const agency = control('Cơ quan');
    await until(() => text(doc.getElementById(`${agency.id}-state`)) === '', 6000);
    await type(agency, 'tinh khe');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(bodyCode().value).to.equal('<dvc-service-level-badge agency="XA-TINHKHE"></dvc-service-level-badge>');

    choose('Tỉ lệ thủ tục trực tuyến của cả tỉnh');
    expect(bodyCode().value).to.equal('<dvc-service-level-badge agency=""></dvc-service-level-badge>');
    await until(() => preview()?.getAttribute('agency') === '', 3000);

    choose('Mức độ trực tuyến của một thủ tục');
    expect(bodyCode().value).to.equal('<dvc-service-level-badge procedure="1.001193"></dvc-service-level-badge>');
    expect(text(doc.querySelector('#code-notes'))).to.contain('thủ tục ví dụ 1.001193 (Đăng ký khai sinh)');
    await until(() => preview()?.shadowRoot?.querySelector('[part="badge"]')?.getAttribute('data-level') === 'full', 6000);
    const procedure = control('Thủ tục');
    await type(procedure, 'ly lich tu phap');
    await until(() => doc.querySelectorAll(`#${procedure.id}-list [role="option"]`).length > 0, 6000);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(bodyCode().value).to.match(/^<dvc-service-level-badge procedure="[\d.]+"><\/dvc-service-level-badge>$/);
    expect(bodyCode().value).not.to.contain('1.001193');
    expect(text(doc.querySelector('#code-notes'))).not.to.contain('thủ tục ví dụ');

    choose('Một mức độ cố định (không gọi API)');
    expect(bodyCode().value).to.equal('<dvc-service-level-badge level="full"></dvc-service-level-badge>');
    await axeClean();
  });

  it('the tracker: the dossier code read from the page address unless unticked, and kept there when asked', async () => {
    await openBuilder();
    choose('Tra cứu hồ sơ');
    expect(bodyCode().value).to.equal('<dvc-dossier-tracker></dvc-dossier-tracker>');
    const fromAddress = control('Đọc mã hồ sơ từ địa chỉ trang (?ma-ho-so=…)');
    expect(fromAddress.checked).to.equal(true);
    fromAddress.click();
    expect(bodyCode().value).to.equal('<dvc-dossier-tracker code-param=""></dvc-dossier-tracker>');
    // Kept in the address only under the parameter it is read from: with none, the choice is not open.
    const keep = control('Ghi mã hồ sơ đã tra vào địa chỉ trang');
    expect(keep.disabled, 'nowhere to keep the code').to.equal(true);
    expect(text(doc.getElementById(`${keep.id}-hint`))).to.contain('Cần chọn ô “Đọc mã hồ sơ từ địa chỉ trang” ở trên.');
    fromAddress.click();
    expect(keep.disabled).to.equal(false);
    keep.click();
    expect(bodyCode().value).to.equal('<dvc-dossier-tracker url-state></dvc-dossier-tracker>');
    // Unticking the parameter takes url-state out of the code with it (never `code-param="" url-state`).
    fromAddress.click();
    expect(bodyCode().value).to.equal('<dvc-dossier-tracker code-param=""></dvc-dossier-tracker>');
    expect(keep.disabled).to.equal(true);
    expect(keep.checked, 'shown as the code has it').to.equal(false);
    await axeClean();
    fromAddress.click();
    expect(bodyCode().value).to.equal('<dvc-dossier-tracker url-state></dvc-dossier-tracker>');
    expect(keep.checked, 'the choice comes back with it').to.equal(true);
    // The preview never writes the builder's own address (its lang shows it took the latest options).
    const langSelect = control<HTMLSelectElement>('Ngôn ngữ của tiện ích');
    langSelect.value = 'en';
    langSelect.dispatchEvent(new win.Event('change', { bubbles: true }));
    expect(bodyCode().value).to.equal('<dvc-dossier-tracker url-state lang="en"></dvc-dossier-tracker>');
    await until(() => preview()?.localName === 'dvc-dossier-tracker' && preview()!.getAttribute('lang') === 'en', 3000);
    expect(preview()!.hasAttribute('url-state')).to.equal(false);
    await axeClean();
  });

  it('the API address in a <meta> in the <head>, or on the tag for a CMS without access to the <head>', async () => {
    await openBuilder();
    fill(control('Địa chỉ API'), 'https://dichvucong.quangngai.gov.vn/api/v1');
    expect(headCode().closest('[hidden]')).to.equal(null);
    expect(headCode().value).to.equal(
      [
        '<meta name="dvc-api-base" content="https://dichvucong.quangngai.gov.vn/api/v1">',
        `<script type="module" src="https://cdn.example/dvc-elements/${VERSION}/dvc-elements.js"></script>`,
      ].join('\n'),
    );
    expect(bodyCode().value).to.equal('<dvc-procedure-search></dvc-procedure-search>');
    expect(text(doc.querySelector('label[for="api-where-attr"] + p, #api-where-attr-hint'))).to.contain('Không sửa được phần <head>?');
    choose('Ghi trên từng thẻ tiện ích');
    expect(headCode().closest('[hidden]')).not.to.equal(null);
    expect(bodyCode().value).to.equal(
      [
        `<script type="module" src="https://cdn.example/dvc-elements/${VERSION}/dvc-elements.js"></script>`,
        '<dvc-procedure-search api-base="https://dichvucong.quangngai.gov.vn/api/v1"></dvc-procedure-search>',
      ].join('\n'),
    );
    expect(bodyCode().value).not.to.contain('<meta');
    await axeClean();
  });

  it('the loader or the single file, from the folder given', async () => {
    await openBuilder();
    const src = () => /src="([^"]+)"/.exec(headCode().value)?.[1];
    const notes = () => text(doc.querySelector('#code-notes'));
    // Nothing typed: an example address, which the notes say loads nothing, and where to type the real one.
    const folder = control('Địa chỉ thư mục chứa tệp thư viện');
    expect(folder.value).to.equal('');
    expect(folder.placeholder).to.equal(`https://cdn.example/dvc-elements/${VERSION}/`);
    expect(src()).to.equal(`https://cdn.example/dvc-elements/${VERSION}/dvc-elements.js`);
    expect(notes()).to.contain('Chưa nhập địa chỉ thư mục thư viện: đoạn mã dùng địa chỉ ví dụ, không tải được gì. Nhập địa chỉ thật ở mục 4');
    expect(text(doc.getElementById('library-file-bundle-hint'))).to.contain('CMS chỉ cho tải lên từng tệp một');
    choose('dvc-elements.bundle.js: một tệp duy nhất');
    expect(src()).to.equal(`https://cdn.example/dvc-elements/${VERSION}/dvc-elements.bundle.js`);
    fill(folder, 'https://xa-tinh-khe.example.gov.vn/uploads/dvc');
    expect(src()).to.equal('https://xa-tinh-khe.example.gov.vn/uploads/dvc/dvc-elements.bundle.js');
    expect(notes()).not.to.contain('thư mục thư viện');
    choose('dvc-elements.js: tải theo nhu cầu (nên dùng)');
    expect(src()).to.equal('https://xa-tinh-khe.example.gov.vn/uploads/dvc/dvc-elements.js');
    // The address of a file of the library, as copied from a CDN, stands for its folder.
    for (const file of ['dvc-elements.js', 'dvc-elements.bundle.js', 'dvc-elements.min.js']) {
      fill(folder, `https://cdn.quangngai.gov.vn/dvc-elements/1.1.0/${file}`);
      expect(src(), file).to.equal('https://cdn.quangngai.gov.vn/dvc-elements/1.1.0/dvc-elements.js');
    }
    // Only that file's name: a folder's own name that ends the same way stays.
    fill(folder, 'https://xa-tinh-khe.example.gov.vn/uploads/old-dvc-elements.js');
    expect(src()).to.equal('https://xa-tinh-khe.example.gov.vn/uploads/old-dvc-elements.js/dvc-elements.js');
    // A password or a query is refused next to the field, and never reaches the code; the note says why.
    const error = () => text(doc.getElementById(`${folder.id}-error`));
    for (const [address, secret, said] of [
      ['https://quantri:Mk-9xQ2@cdn.quangngai.gov.vn/dvc/', 'Mk-9xQ2', 'Địa chỉ không được chứa tên đăng nhập hay mật khẩu'],
      ['https://cdn.quangngai.gov.vn/dvc/?v=2', '?v=2', 'Địa chỉ không được có phần “?…” hay “#…”'],
    ]) {
      fill(folder, address);
      expect(folder.getAttribute('aria-invalid'), address).to.equal('true');
      expect(error(), address).to.contain(said);
      expect(headCode().value, address).not.to.contain(secret);
      expect(src(), address).to.equal(`https://cdn.example/dvc-elements/${VERSION}/dvc-elements.js`);
      expect(notes(), address).to.contain('Địa chỉ thư mục thư viện đã nhập chưa dùng được (lý do ghi ngay dưới ô ở mục 4)');
    }
    await axeClean();
    // Plain http: allowed (a test on the webmaster's own machine) but an https site cannot load it, and the notes say so.
    fill(folder, 'http://xa-tinh-khe.example.gov.vn/uploads/dvc/');
    expect(folder.hasAttribute('aria-invalid')).to.equal(false);
    expect(notes()).to.contain('http://xa-tinh-khe.example.gov.vn/uploads/dvc/ bắt đầu bằng http://: trình duyệt chặn địa chỉ này trên trang web dùng https://');
    fill(folder, 'http://localhost:8080/dist/cdn/');
    expect(notes()).not.to.contain('bắt đầu bằng http://');
    // In English too, the field's error kept through the switch.
    fill(folder, 'https://cdn.quangngai.gov.vn/dvc/#v2');
    doc.getElementById('lang-switch')!.click();
    const english = control('Address of the folder with the library files');
    expect(english.getAttribute('aria-invalid')).to.equal('true');
    expect(text(doc.getElementById(`${english.id}-error`))).to.contain('The address must not have a “?…” or “#…” part');
    expect(notes()).to.contain('The library folder typed cannot be used yet');
  });

  it('a static catalog for search and badges: in the <head> or on the tag, with or without an API', async () => {
    await openBuilder();
    choose('Tra cứu hồ sơ');
    expect(doc.body.textContent, 'the tracker takes no catalog').not.to.contain('Dùng danh mục thủ tục tĩnh');
    choose('Tra cứu thủ tục hành chính');
    const use = control('Dùng danh mục thủ tục tĩnh');
    expect(text(doc.getElementById(`${use.id}-hint`))).to.contain('npx dvc-elements catalog');
    use.click();
    // No API address yet: the catalog alone, and the code says so.
    expect(headCode().value).to.equal(
      [
        '<meta name="dvc-catalog" content="https://dichvucong.example.gov.vn/thu-tuc/">',
        `<script type="module" src="https://cdn.example/dvc-elements/${VERSION}/dvc-elements.js"></script>`,
      ].join('\n'),
    );
    expect(text(doc.querySelector('#code-notes'))).to.contain('tiện ích chỉ dùng danh mục tĩnh, không gọi API');
    // The preview searches the demo's catalog folder in the browser, with no API either.
    await until(() => !!preview()?.getAttribute('catalog')?.endsWith('/thu-tuc/'), 3000);
    expect(preview()!.hasAttribute('api-base')).to.equal(false);
    await type(control('Từ khóa tìm sẵn'), 'khai sinh');
    await until(() => /Đăng ký khai sinh/.test(shadowText(preview())), 6000);
    await axeClean();

    fill(control('Địa chỉ thư mục danh mục'), 'https://dichvucong.quangngai.gov.vn/thu-tuc/');
    fill(control('Địa chỉ API'), 'https://dichvucong.quangngai.gov.vn/api/v1');
    expect(headCode().value.split('\n').slice(0, 2)).to.deep.equal([
      '<meta name="dvc-api-base" content="https://dichvucong.quangngai.gov.vn/api/v1">',
      '<meta name="dvc-catalog" content="https://dichvucong.quangngai.gov.vn/thu-tuc/">',
    ]);
    choose('Ghi trên từng thẻ tiện ích');
    expect(bodyCode().value.split('\n')[1]).to.equal(
      '<dvc-procedure-search api-base="https://dichvucong.quangngai.gov.vn/api/v1" catalog="https://dichvucong.quangngai.gov.vn/thu-tuc/" query="khai sinh"></dvc-procedure-search>',
    );
    // The badge takes the catalog too.
    choose('Huy hiệu mức độ dịch vụ công trực tuyến');
    expect(control('Dùng danh mục thủ tục tĩnh').checked).to.equal(true);
    expect(bodyCode().value.split('\n')[1]).to.equal(
      '<dvc-service-level-badge api-base="https://dichvucong.quangngai.gov.vn/api/v1" catalog="https://dichvucong.quangngai.gov.vn/thu-tuc/" agency=""></dvc-service-level-badge>',
    );
  });

  it('the preview renders the widget with the API and language chosen', async () => {
    await openBuilder();
    await until(() => /Tìm thủ tục hành chính/.test(shadowText(preview())), 6000);
    expect(preview()!.getAttribute('api-base')).to.equal(mockApi());
    await type(control('Từ khóa tìm sẵn'), 'khai sinh');
    expect(bodyCode().value).to.equal('<dvc-procedure-search query="khai sinh"></dvc-procedure-search>');
    await until(() => /Đăng ký khai sinh/.test(shadowText(preview())), 6000);
    const langSelect = control<HTMLSelectElement>('Ngôn ngữ của tiện ích');
    langSelect.value = 'en';
    langSelect.dispatchEvent(new win.Event('change', { bubbles: true }));
    expect(bodyCode().value).to.equal('<dvc-procedure-search query="khai sinh" lang="en"></dvc-procedure-search>');
    await until(() => preview()?.getAttribute('lang') === 'en' && /Search/.test(shadowText(preview())), 6000);
    // The address typed is the preview's.
    fill(control('Địa chỉ API'), `${location.origin}${SLOW_API}`);
    await until(() => preview()?.getAttribute('api-base') === `${location.origin}${SLOW_API}`, 3000);
    choose('Tra cứu hồ sơ');
    await until(() => preview()?.localName === 'dvc-dossier-tracker' && /hồ sơ|dossier/i.test(shadowText(preview())), 6000);
    await axeClean();
    // The form's preview sends for real to the API typed, and says so beside it; with the demo's mock it need not.
    const sends = 'Góp ý gửi từ bản xem trước là góp ý thật, đến đúng API này';
    expect(text(doc.querySelector('#preview-info'))).not.to.contain(sends);
    choose('Góp ý, phản ánh');
    await until(() => preview()?.localName === 'dvc-feedback-form', 3000);
    expect(text(doc.querySelector('#preview-info'))).to.contain(sends);
    fill(control('Địa chỉ API'), '');
    await until(() => preview()?.getAttribute('api-base') === mockApi(), 3000);
    expect(text(doc.querySelector('#preview-info'))).not.to.contain(sends);
  });

  it('the command to run the checks quotes an address so that every shell reads it whole, the Windows command prompt too', async () => {
    await openBuilder();
    const command = () => text(doc.getElementById('check-command'));
    fill(control('Địa chỉ API'), 'https://dichvucong.example.gov.vn/api/v1');
    expect(command()).to.equal('npx dvc-elements check-api https://dichvucong.example.gov.vn/api/v1');
    // An IPv6 host: its brackets are a pattern to Unix shells; the command prompt takes single quotes as part of it.
    fill(control('Địa chỉ API'), 'https://[2001:db8::1]/api/v1');
    expect(command()).to.equal('npx dvc-elements check-api "https://[2001:db8::1]/api/v1"');
    fill(control('Địa chỉ API'), 'https://dichvucong.example.gov.vn/api;v=1');
    expect(command()).to.equal('npx dvc-elements check-api "https://dichvucong.example.gov.vn/api;v=1"');
    // A `$` would be read as a variable inside double quotes.
    fill(control('Địa chỉ API'), 'https://dichvucong.example.gov.vn/$api');
    expect(command()).to.equal("npx dvc-elements check-api 'https://dichvucong.example.gov.vn/$api'");
  });

  it('"Kiểm tra API" against the mock API: a passing summary first, then each check, announced when done', async () => {
    await openBuilder();
    fill(control('Địa chỉ API'), mockApi());
    expect(text(doc.getElementById('check-command'))).to.equal(`npx dvc-elements check-api ${mockApi()}`);
    const button = doc.getElementById('check-api')!;
    // Everything the live region says, in order: against a fast API the run can end before the key press returns.
    const said: string[] = [];
    const live = doc.querySelector('.check-live')!;
    const listener = new win.MutationObserver(() => said.push(liveCheck()));
    listener.observe(live, { childList: true, subtree: true, characterData: true });
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => liveCheck().startsWith('Kiểm tra xong.'), 60_000);
    listener.disconnect();
    expect(said[0]).to.equal(`Đang kiểm tra ${mockApi()}…`);
    expect(liveCheck()).to.match(/^Kiểm tra xong\. API này dùng được\. \d+ đạt, 0 nên sửa, 0 cần sửa\.$/);
    const results = doc.getElementById('check-results')!;
    const summary = results.querySelector('.summary')!;
    expect(text(summary.querySelector('.verdict'))).to.equal('✓ API này dùng được.');
    expect(text(summary)).to.contain('Có thể tạo mã nhúng với địa chỉ này.');
    expect(results.querySelector('.group.fail')).to.equal(null);
    const passed = [...results.querySelectorAll('.group.pass li.check')];
    expect(passed.length).to.be.greaterThan(10);
    expect(text(passed[0].querySelector('.check-line'))).to.equal('✓ ĐẠT API trả lời');
    expect(text(passed[0].querySelector('.check-message'))).to.match(/^Trả lời HTTP 200 sau \d+ ms\.$/);
    // What a page cannot check is said, and who can.
    expect(text(results.querySelector('.group.skip'))).to.contain('CORS: yêu cầu kiểm tra trước (preflight) khi gửi góp ý');
    expect(text(doc.querySelector('.command'))).to.contain('CORS preflight');
    await axeClean();
  }).timeout(90_000);

  it('"Kiểm tra API" while it runs: the step shown, the button not pressed twice', async () => {
    await openBuilder();
    fill(control('Địa chỉ API'), `${location.origin}${SLOW_API}`);
    const button = doc.getElementById('check-api')!;
    button.click();
    const progress = doc.querySelector<HTMLProgressElement>('.check-progress progress')!;
    await until(() => text(doc.querySelector('.check-progress-text')).startsWith('Bước 1/'));
    expect(progress.closest('[hidden]')).to.equal(null);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(doc.getElementById('check-results')!.getAttribute('aria-busy')).to.equal('true');
    expect(liveCheck()).to.equal(`Đang kiểm tra ${location.origin}${SLOW_API}…`);
    // A second press starts no second run: no new first request (each answer is held back 1.5 s).
    const sent: string[] = [];
    const original = win.fetch;
    win.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(String(input));
      return original(input, init);
    }) as typeof fetch;
    button.click();
    await new Promise((r) => setTimeout(r, 300));
    expect(sent.filter((url) => url.endsWith('/procedures?page=1&pageSize=1'))).to.deep.equal([]);
    expect(liveCheck()).to.equal(`Đang kiểm tra ${location.origin}${SLOW_API}…`);
    await axeClean();
  });

  it('"Kiểm tra API" against an address that does not answer: says so, and what to do', async () => {
    await openBuilder();
    fill(control('Địa chỉ API'), UNREACHABLE);
    doc.getElementById('check-api')!.click();
    await until(() => liveCheck().startsWith('Kiểm tra xong.'), 20_000);
    expect(liveCheck()).to.contain('Không kết nối được với API này.');
    const summary = doc.querySelector('#check-results .summary')!;
    expect(summary.classList.contains('fail')).to.equal(true);
    expect(text(summary)).to.contain('Kiểm tra lại địa chỉ đã nhập');
    expect(text(summary)).to.contain('Vấn đề đầu tiên: GET /procedures: không nhận được câu trả lời (lỗi mạng');
    const failed = doc.querySelector('#check-results .group.fail li.check')!;
    expect(text(failed.querySelector('.check-line'))).to.equal('✗ LỖI API trả lời');
    const details = failed.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('dl'))).to.contain('Cách sửa');
    // The checks that could not run after that are one line, not one each.
    const notRun = [...doc.querySelectorAll('#check-results .group.skip .check-message')].map(text);
    expect(notRun).to.deep.equal(['Không chạy: API không trả lời.']);
    await axeClean();
  }).timeout(40_000);

  it('"Kiểm tra API" against a website that answers HTML: the API cannot be used yet, and why', async () => {
    await openBuilder();
    fill(control('Địa chỉ API'), `${location.origin}${HTML_SITE}`);
    doc.getElementById('check-api')!.click();
    await until(() => liveCheck().startsWith('Kiểm tra xong.'), 30_000);
    expect(liveCheck()).to.match(/^Kiểm tra xong\. API này chưa dùng được: các tiện ích sẽ báo lỗi cho người dân\. \d+ đạt, \d+ nên sửa, [1-9]\d* cần sửa\.$/);
    const summary = doc.querySelector('#check-results .summary')!;
    expect(text(summary)).to.contain('Gửi cho bộ phận công nghệ thông tin của tỉnh');
    // The first problem says what is wrong: a web page answers where the API should be.
    expect(text(summary)).to.match(/Vấn đề đầu tiên: http:\/\/[^ ]+\/__builder\/html-site\/api\/v1\/procedures trả lời một trang web \(HTML\), không phải API: địa chỉ gốc của API có đúng không\?/);
    await axeClean();
  }).timeout(60_000);

  it('an address that is not one is refused before any check, next to the field, and the refusal is announced', async () => {
    await openBuilder();
    const input = control('Địa chỉ API');
    const error = doc.getElementById(`${input.id}-error`)!;
    // A live region there before any error (one that appears with its text is often not read), empty until then.
    expect(error.getAttribute('aria-live')).to.equal('polite');
    expect(error.closest('[hidden]')).to.equal(null);
    expect(text(error)).to.equal('');
    fill(input, 'dichvucong.quangngai');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.getElementById(`${input.id}-error`) === error, 'the same region, its text changed').to.equal(true);
    expect(text(error)).to.equal('Địa chỉ chưa đúng: cần một địa chỉ đầy đủ, bắt đầu bằng https:// (hoặc http://).');
    expect(input.getAttribute('aria-describedby')).to.contain(error.id);
    // The notes of the code say the address was refused, not that none was typed.
    expect(text(doc.querySelector('#code-notes'))).to.contain('Địa chỉ API đã nhập chưa dùng được (lý do ghi ngay dưới ô ở mục 1): đoạn mã dùng địa chỉ ví dụ.');
    expect(text(doc.querySelector('#code-notes'))).not.to.contain('Chưa nhập địa chỉ API');
    doc.getElementById('check-api')!.click();
    expect(doc.activeElement === input).to.equal(true);
    expect(liveCheck()).to.equal('');
    await axeClean();
  });

  it('an address with a password or a key is refused next to the field, and never goes into the code', async () => {
    await openBuilder();
    const input = control('Địa chỉ API');
    const error = () => text(doc.getElementById(`${input.id}-error`));
    const cases = [
      ['https://admin:Mk-9xQ2@dichvucong.quangngai.gov.vn/api/v1', 'Mk-9xQ2', 'Địa chỉ không được chứa tên đăng nhập hay mật khẩu'],
      ['https://dichvucong.quangngai.gov.vn/api/v1?apikey=khoa-7Rt4', 'khoa-7Rt4', 'Địa chỉ không được có phần “?…” hay “#…”'],
      ['https://dichvucong.quangngai.gov.vn/api/v1#khoa-7Rt4', 'khoa-7Rt4', 'Địa chỉ không được có phần “?…” hay “#…”'],
    ];
    for (const [address, secret, said] of cases) {
      fill(input, address);
      expect(input.getAttribute('aria-invalid'), address).to.equal('true');
      expect(error(), address).to.contain(said);
      // The code keeps the example address, with its note, until the address can be used.
      expect(headCode().value + bodyCode().value, address).not.to.contain(secret);
      expect(headCode().value, address).to.contain('content="https://dichvucong.example.gov.vn/api/v1"');
      expect(doc.getElementById('check-command')!.textContent, address).not.to.contain(secret);
      doc.getElementById('check-api')!.click();
      expect(doc.activeElement === input, address).to.equal(true);
      expect(liveCheck(), address).to.equal('');
    }
    await axeClean();
    fill(input, 'https://dichvucong.quangngai.gov.vn/api/v1');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(headCode().value).to.contain('content="https://dichvucong.quangngai.gov.vn/api/v1"');
    // In English too.
    doc.getElementById('lang-switch')!.click();
    const english = control('API address');
    fill(english, 'https://dichvucong.quangngai.gov.vn/api/v1?apikey=khoa-7Rt4');
    expect(text(doc.getElementById(`${english.id}-error`))).to.contain('The address must not have a “?…” or “#…” part');
  });

  it('a catalog address that is not an address, or holds a password, is refused next to its field and never goes into the code', async () => {
    await openBuilder();
    choose('Tra cứu thủ tục hành chính');
    control('Dùng danh mục thủ tục tĩnh').click();
    const input = control('Địa chỉ thư mục danh mục');
    const error = () => text(doc.getElementById(`${input.id}-error`));
    const cases = [
      ['https://quantri:Mk-9xQ2@dichvucong.quangngai.gov.vn/thu-tuc/', 'Mk-9xQ2', 'Địa chỉ không được chứa tên đăng nhập hay mật khẩu'],
      ['dichvucong.quangngai.gov.vn/thu-tuc', 'quangngai', 'Địa chỉ chưa đúng: cần một địa chỉ đầy đủ, bắt đầu bằng https://'],
    ];
    const usable = 'https://dichvucong.quangngai.gov.vn/thu-tuc/';
    const demoCatalog = new URL('/thu-tuc/', mockApi()).href;
    for (const [address, secret, said] of cases) {
      // From a usable address, so that the preview is seen to be rebuilt (after its pause) without the refused one.
      fill(input, usable);
      await until(() => preview()?.getAttribute('catalog') === usable, 3000);
      fill(input, address);
      expect(input.getAttribute('aria-invalid'), address).to.equal('true');
      expect(error(), address).to.contain(said);
      expect(input.getAttribute('aria-describedby'), address).to.contain(`${input.id}-error`);
      // The code keeps the example address, with its note, until the address can be used.
      expect(headCode().value + bodyCode().value, address).not.to.contain(secret);
      expect(headCode().value, address).to.contain('<meta name="dvc-catalog" content="https://dichvucong.example.gov.vn/thu-tuc/">');
      expect(text(doc.querySelector('#code-notes')), address).to.contain('Địa chỉ danh mục đã nhập chưa dùng được (lý do ghi ngay dưới ô): đoạn mã dùng địa chỉ ví dụ.');
      await until(() => preview()?.getAttribute('catalog') === demoCatalog, 3000);
      expect(preview()?.getAttribute('catalog') ?? '', address).not.to.contain(secret);
      expect(text(doc.querySelector('#preview-info')), address).not.to.contain(secret);
    }
    await axeClean();
    // A query is allowed: a new publication's cache-buster.
    fill(input, 'https://dichvucong.quangngai.gov.vn/thu-tuc/?v=2');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(error()).to.equal('');
    expect(headCode().value).to.contain('<meta name="dvc-catalog" content="https://dichvucong.quangngai.gov.vn/thu-tuc/?v=2">');
    // In English too.
    doc.getElementById('lang-switch')!.click();
    const english = control('Address of the catalog folder');
    fill(english, 'https://quantri:Mk-9xQ2@dichvucong.quangngai.gov.vn/thu-tuc/');
    expect(text(doc.getElementById(`${english.id}-error`))).to.contain('The address must not contain a user name or password');
    expect(headCode().value + bodyCode().value).not.to.contain('Mk-9xQ2');
  });

  it('copies the code and says so; where the clipboard is refused, selects it and says to press Ctrl+C', async () => {
    await openBuilder();
    const written: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void written.push(s) } });
    const copyBody = doc.getElementById('code-body-copy')!;
    expect(text(copyBody)).to.equal('Sao chép mã tiện ích');
    copyBody.focus();
    await sendKeys({ press: 'Enter' });
    const live = doc.querySelector('.copy-live')!;
    expect(live.getAttribute('role')).to.equal('status');
    await until(() => text(live) === 'Đã sao chép vào bộ nhớ tạm. Dán vào trang bằng Ctrl+V.');
    expect(written).to.deep.equal([bodyCode().value]);
    doc.getElementById('code-head-copy')!.click();
    await until(() => written.length === 2);
    expect(written[1]).to.equal(headCode().value);

    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) } });
    copyBody.click();
    await until(() => text(live).startsWith('Trình duyệt không cho sao chép tự động.'));
    expect(text(live)).to.contain('nhấn Ctrl+C');
    const area = bodyCode();
    expect(doc.activeElement === area).to.equal(true);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    await axeClean();
  });

  it('at 360 px: nothing scrolls sideways, with the list open, the results of a check and every widget', async () => {
    await openBuilder(360);
    noHorizontalScroll();
    const agency = control('Chỉ tìm thủ tục của cơ quan');
    await until(() => text(doc.getElementById(`${agency.id}-state`)) === '', 6000);
    await type(agency, 'so');
    expect(agency.getAttribute('aria-expanded')).to.equal('true');
    noHorizontalScroll();
    await sendKeys({ press: 'Escape' });
    fill(control('Địa chỉ API'), UNREACHABLE);
    doc.getElementById('check-api')!.click();
    await until(() => liveCheck().startsWith('Kiểm tra xong.'), 20_000);
    noHorizontalScroll();
    fill(control('Địa chỉ API'), '');
    const widgets = {
      'Tra cứu hồ sơ': 'dvc-dossier-tracker',
      'Huy hiệu mức độ dịch vụ công trực tuyến': 'dvc-service-level-badge',
      'Góp ý, phản ánh': 'dvc-feedback-form',
      'Tra cứu thủ tục hành chính': 'dvc-procedure-search',
    };
    for (const [label, name] of Object.entries(widgets)) {
      choose(label);
      await until(() => preview()?.localName === name && (preview()!.shadowRoot?.childElementCount ?? 0) > 0, 6000);
      noHorizontalScroll();
    }
    choose('Ghi trên từng thẻ tiện ích');
    noHorizontalScroll();
    await axeClean();
  }).timeout(40_000);

  it('the keyboard reaches every control in order, and the page links back to the demo index', async () => {
    await openBuilder();
    const back = doc.getElementById('back') as HTMLAnchorElement;
    expect(new URL(back.href).pathname).to.equal('/demo/index.html');
    await until(() => !!preview()?.shadowRoot?.querySelector('input'), 6000);
    const skip = doc.querySelector<HTMLElement>('.skip')!;
    skip.focus();
    /** The focused element, inside the shadow roots of the preview's widgets too. */
    const deepActive = () => {
      let el = doc.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el;
    };
    const reached: Element[] = [];
    for (let i = 0; i < 120; i++) {
      await sendKeys({ press: 'Tab' });
      const el = deepActive();
      // The end: focus leaves the page, or comes round to the start again.
      if (!el || el === doc.body || el === skip || reached.includes(el)) break;
      reached.push(el);
    }
    // Every control outside the preview (whose widgets are tested on their own): links, buttons, fields, the
    // chosen radio button of each group, the code boxes.
    const expected = [...doc.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, pre[tabindex]')].filter(
      (el) => el !== skip && !el.closest('#preview, [hidden]') && !(el.localName === 'input' && (el as HTMLInputElement).type === 'radio' && !(el as HTMLInputElement).checked),
    );
    const name = (el: Element) => el.id || el.getAttribute('href') || el.localName;
    expect(reached.filter((el) => el.getRootNode() === doc && !el.closest('#preview')).map(name)).to.deep.equal(expected.map(name));
    // The preview's widget is on the way too, between the options and the code.
    const firstInPreview = reached.findIndex((el) => el.getRootNode() !== doc);
    expect(firstInPreview).to.be.greaterThan(reached.findIndex((el) => el.id === 'library-file-loader'));
    expect(firstInPreview).to.be.lessThan(reached.findIndex((el) => el.id === 'code-head'));
  }).timeout(30_000);
});
