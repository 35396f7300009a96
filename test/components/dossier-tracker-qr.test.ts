import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/dossier-tracker/dossier-tracker.js';
import { dossierCodeFor } from '../../src/mocks/data/dossiers.js';
import { API, requestUrls, requests, until, useMockApi } from '../helpers/mock-api.js';
import { pressOn } from '../helpers/keys.js';
import { pageUrl, restorePageUrl, setPageUrl } from '../helpers/page-url.js';
import { historyEntries } from './history-entries.js';
import { $, codeInput, focused, loadedCode, nameOf, text, type Tracker } from './dossier-tracker-helpers.js';

// The tracker's QR scan (SPEC 5.2). No engine here has a BarcodeDetector (headless Chromium on Linux has none,
// Firefox and WebKit none at all), so each test puts a stand-in on window that "sees" what the test shows it.
//
// The camera: Chromium can give a real camera stream from its fake device, but only when launched with
// `--use-fake-device-for-media-stream --use-fake-ui-for-media-stream`. `camera()` uses that device when the
// browser offers one, and elsewhere (Firefox, WebKit, Chromium without those flags) a real MediaStream drawn
// from a canvas (`captureStream()`). Every check below (constraints, the track ending, what is looked up) is
// the same for both.

const CODE = dossierCodeFor(4);
const TRACKER_LINK = `https://xa-tinh-khe.quangngai.gov.vn/tra-cuu-ho-so?nguon=giay-hen&ma-ho-so=${encodeURIComponent(CODE)}#ket-qua`;

/** The browser's BarcodeDetector, as far as the tracker uses it; `seen` is what the camera or photo shows. */
class FakeBarcodeDetector {
  static formats = ['qr_code', 'ean_13'];
  static camera: string[] = [];
  static photo: string[] = [];
  static created: unknown[] = [];
  static looked: string[] = [];
  static getSupportedFormats = async () => FakeBarcodeDetector.formats;
  constructor(options: unknown) {
    FakeBarcodeDetector.created.push(options);
  }
  async detect(source: unknown) {
    const fromVideo = source instanceof HTMLVideoElement;
    FakeBarcodeDetector.looked.push(fromVideo ? 'video' : 'image');
    return (fromVideo ? FakeBarcodeDetector.camera : FakeBarcodeDetector.photo).map((rawValue) => ({ rawValue, format: 'qr_code' }));
  }
}

type Global = { BarcodeDetector?: unknown };

/** Every resource the page fetches (an observer: the page's resource timing buffer is full long before). */
const fetched: { name: string; at: number }[] = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => fetched.push({ name: e.name, at: e.startTime }))).observe({ type: 'resource' });
const originalDetector = (window as Global).BarcodeDetector;

function installDetector(formats = ['qr_code', 'ean_13']) {
  FakeBarcodeDetector.formats = formats;
  FakeBarcodeDetector.camera = [];
  FakeBarcodeDetector.photo = [];
  FakeBarcodeDetector.created = [];
  FakeBarcodeDetector.looked = [];
  (window as Global).BarcodeDetector = FakeBarcodeDetector;
}

// ─── the camera ──────────────────────────────────────────────────────────────────────────────────────────

interface Camera {
  constraints: MediaStreamConstraints[];
  tracks: MediaStreamTrack[];
  /** Lets a held-back camera open (see `hold`). */
  open(): void;
  restore(): void;
}

const hadMediaDevices = 'mediaDevices' in navigator;

async function chromiumFakeDevice(): Promise<boolean> {
  if (!/Chrome\//.test(navigator.userAgent) || !navigator.mediaDevices?.enumerateDevices) return false;
  return (await navigator.mediaDevices.enumerateDevices()).some((d) => d.kind === 'videoinput');
}

function canvasStream(): MediaStream {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 240;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#777';
  g.fillRect(0, 0, 320, 240);
  return canvas.captureStream(5);
}

/** Replaces getUserMedia: a camera that opens (now, or when `open()` is called with `hold`), or fails with `deny`. */
async function camera(o: { deny?: string; hold?: boolean } = {}): Promise<Camera> {
  const cam: Camera = { constraints: [], tracks: [], open: () => undefined, restore: () => undefined };
  const gate = o.hold ? new Promise<void>((r) => (cam.open = r)) : Promise.resolve();
  const real = !o.deny && (await chromiumFakeDevice()) ? navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices) : undefined;
  const getUserMedia = async (constraints: MediaStreamConstraints) => {
    cam.constraints.push(constraints);
    await gate;
    if (o.deny) throw new DOMException('The camera is not available.', o.deny);
    const stream = real ? await real(constraints) : canvasStream();
    cam.tracks.push(...stream.getTracks());
    return stream;
  };
  if (!hadMediaDevices) Object.defineProperty(navigator, 'mediaDevices', { value: {}, configurable: true });
  // On MediaDevices.prototype where the browser has one, not on `navigator.mediaDevices` itself: late in a whole
  // run, WebKit's scanner once met no stand-in there (the stand-in never asked, the photo offered instead), as if
  // that object had been handed out anew without it. The prototype stays the same object for the page's life.
  const target = hadMediaDevices ? (Object.getPrototypeOf(navigator.mediaDevices) as object) : navigator.mediaDevices;
  const own = Object.getOwnPropertyDescriptor(target, 'getUserMedia');
  Object.defineProperty(target, 'getUserMedia', { value: getUserMedia, configurable: true, writable: true });
  cam.restore = () => {
    if (own) Object.defineProperty(target, 'getUserMedia', own);
    else delete (target as { getUserMedia?: unknown }).getUserMedia;
    if (!hadMediaDevices) delete (navigator as { mediaDevices?: unknown }).mediaDevices;
  };
  return cam;
}

// ─── the widget ──────────────────────────────────────────────────────────────────────────────────────────

async function mount(urlState = false): Promise<Tracker> {
  const wrap = await fixture<HTMLElement>(html`<div lang="vi"><dvc-dossier-tracker api-base=${API} ?url-state=${urlState}></dvc-dossier-tracker></div>`);
  const el = wrap.querySelector('dvc-dossier-tracker')!;
  await el.updateComplete;
  return el;
}

const scanButton = (el: Tracker) => $<HTMLButtonElement>(el, '[part="scan-button"]');
const dialog = (el: Tracker) => $<HTMLDialogElement>(el, 'dialog')!;
const dialogStatus = (el: Tracker) => text($(el, 'dialog [role="status"]'));
const cancelButton = (el: Tracker) => $<HTMLButtonElement>(el, 'dialog .actions button')!;
const live = (cam: Camera) => cam.tracks.map((t) => t.readyState);

async function openScanner(el: Tracker): Promise<void> {
  const button = await until(() => scanButton(el));
  button!.focus();
  button!.click();
  await until(() => dialog(el)?.open === true);
}

/** Records every text the dialog's live region shows from now on. */
function said(el: Tracker): string[] {
  const texts: string[] = [];
  const region = $(el, 'dialog [role="status"]')!;
  new MutationObserver(() => texts.push(region.textContent!)).observe(region, { childList: true, characterData: true, subtree: true });
  return texts;
}

/**
 * Waits for the camera to be on and the detector to look at it at least once. Longer than other waits, and a
 * failure says where the scanner stood: this wait ran out once in WebKit late in a whole run on two cores.
 */
async function scanning(el: Tracker, cam: Camera): Promise<void> {
  await until(() => {
    if (cam.tracks.length > 0 && FakeBarcodeDetector.looked.includes('video')) return true;
    const where = `dialog ${dialog(el)?.open ? 'open' : 'closed'}, camera asked ${cam.constraints.length}×, ${cam.tracks.length} track(s), looked at [${FakeBarcodeDetector.looked.join()}], status "${dialogStatus(el)}", photo offered because "${text($(el, '#qr-problem'))}"`;
    throw new Error(`the scanner is not looking at the camera: ${where}`);
  }, 10000);
  expect(live(cam)).to.deep.equal(cam.tracks.map(() => 'live'));
  expect(dialogStatus(el)).to.contain('Đang tìm mã QR');
}

async function choosePhoto(el: Tracker): Promise<void> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 64;
  canvas.getContext('2d')!.fillRect(8, 8, 48, 48);
  const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
  const files = new DataTransfer();
  files.items.add(new File([blob], 'giay-hen.png', { type: 'image/png' }));
  const input = $<HTMLInputElement>(el, '#qr-photo')!;
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<dvc-dossier-tracker> QR scan', () => {
  let cam: Camera | undefined;
  beforeEach(async () => {
    await useMockApi();
  });
  afterEach(() => {
    cam?.restore();
    cam = undefined;
    (window as Global).BarcodeDetector = originalDetector;
    if (originalDetector === undefined) delete (window as Global).BarcodeDetector;
    restorePageUrl();
  });

  // First in this file on purpose: the scanner module must not have been loaded by anything before.
  it('downloads the scanner only when the button is pressed', async () => {
    installDetector();
    cam = await camera();
    const el = await mount();
    const scannerLoaded = () => fetched.some((e) => e.name.includes('/qr-scanner.'));
    await until(() => scanButton(el));
    await new Promise((r) => setTimeout(r, 100));
    expect(scannerLoaded()).to.equal(false);
    await openScanner(el);
    await until(() => scannerLoaded());
  });

  it('offers no button where the browser cannot read QR codes', async () => {
    delete (window as Global).BarcodeDetector;
    const without = await mount();
    installDetector(['ean_13', 'code_128']);
    const noQr = await mount();
    await new Promise((r) => setTimeout(r, 50));
    expect(scanButton(without) === null).to.equal(true);
    expect(scanButton(noQr) === null).to.equal(true);
    installDetector();
    const withQr = await mount();
    expect(text(await until(() => scanButton(withQr)))).to.equal('Quét mã QR trên giấy hẹn');
  });

  it('opens a labelled modal dialog with the rear camera; it passes axe and nothing leaves the device', async () => {
    installDetector();
    cam = await camera();
    const el = await mount();
    const since = performance.now();
    await openScanner(el);
    await scanning(el, cam);
    const d = dialog(el);
    expect(text($(el, `#${d.getAttribute('aria-labelledby')}`))).to.equal('Quét mã QR trên giấy hẹn');
    expect(text($(el, `#${d.getAttribute('aria-describedby')}`))).to.contain('không gửi đi đâu');
    expect(d.matches(':modal')).to.equal(true);
    expect(cam.constraints).to.deep.equal([{ video: { facingMode: { ideal: 'environment' } }, audio: false }]);
    expect(FakeBarcodeDetector.created).to.deep.equal([{ formats: ['qr_code'] }]);
    // Focus is inside the dialog.
    expect(focused(el)).to.equal(nameOf(cancelButton(el)));
    await expect(el).to.be.accessible();
    // Looking at pictures sends nothing: no API request, no other request but the scanner's own code.
    await new Promise((r) => setTimeout(r, 600));
    expect(requests.length).to.equal(0);
    const since_ = fetched.filter((e) => e.at >= since).map((e) => e.name);
    expect(since_.filter((url) => !url.startsWith(`${location.origin}/`) || !/\.(ts|js)(\?|$)/.test(url))).to.deep.equal([]);
  });

  it('a link to a tracker page in the QR code: looked up, the camera stops, the dialog closes, the lookup is a history step', async () => {
    setPageUrl('?p=1');
    installDetector();
    cam = await camera();
    const el = await mount(true);
    const entries = historyEntries();
    await openScanner(el);
    await scanning(el, cam);
    FakeBarcodeDetector.camera = [TRACKER_LINK];
    await loadedCode(el, CODE);
    expect(live(cam)).to.deep.equal(cam.tracks.map(() => 'ended'));
    expect(dialog(el).open).to.equal(false);
    expect(codeInput(el).value).to.equal(CODE);
    expect(requestUrls()).to.deep.equal([`/dossiers/${encodeURIComponent(CODE)}`]);
    // A lookup by the citizen: focus on the result, the code (only) in the URL.
    await until(() => focused(el) === nameOf($(el, '[part="result-heading"]')));
    expect(pageUrl()).to.equal(`?p=1&ma-ho-so=${CODE}`);
    expect(historyEntries()).to.equal(entries + 1);
  });

  it('a bare code in the QR code is looked up', async () => {
    installDetector();
    cam = await camera();
    const el = await mount();
    await openScanner(el);
    await scanning(el, cam);
    FakeBarcodeDetector.camera = [`  ${CODE}\n`];
    await loadedCode(el, CODE);
    expect(live(cam)).to.deep.equal(cam.tracks.map(() => 'ended'));
  });

  it('a portal link with the code in its path is looked up', async () => {
    installDetector();
    cam = await camera();
    const el = await mount();
    await openScanner(el);
    await scanning(el, cam);
    FakeBarcodeDetector.camera = [`https://dichvucong.quangngai.gov.vn/vi/ho-so/${encodeURIComponent(CODE)}/chi-tiet`];
    await loadedCode(el, CODE);
  });

  it('a QR code without a dossier code says so plainly, once, and the camera stays on for the right one', async () => {
    installDetector();
    cam = await camera();
    const el = await mount();
    await openScanner(el);
    await scanning(el, cam);
    FakeBarcodeDetector.camera = ['https://quangngai.gov.vn/tin-tuc/2025/lich-tiep-cong-dan'];
    await until(() => dialogStatus(el).startsWith('Mã QR này không chứa mã hồ sơ.'));
    const texts = said(el);
    const looks = FakeBarcodeDetector.looked.length;
    await until(() => FakeBarcodeDetector.looked.length > looks + 2);
    // The same QR code frame after frame: the live region does not repeat itself.
    expect(texts).to.deep.equal([]);
    expect(dialog(el).open).to.equal(true);
    expect(live(cam)).to.deep.equal(cam.tracks.map(() => 'live'));
    expect(requests.length).to.equal(0);
    await expect(el).to.be.accessible();
    FakeBarcodeDetector.camera = [CODE];
    await loadedCode(el, CODE);
    expect(live(cam)).to.deep.equal(cam.tracks.map(() => 'ended'));
  });

  it('Escape closes the dialog, stops the camera and returns focus to the button', async () => {
    installDetector();
    cam = await camera();
    const el = await mount();
    await openScanner(el);
    await scanning(el, cam);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open);
    expect(live(cam)).to.deep.equal(cam.tracks.map(() => 'ended'));
    await until(() => focused(el) === nameOf(scanButton(el)));
    const looks = FakeBarcodeDetector.looked.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(FakeBarcodeDetector.looked.length).to.equal(looks);
    expect(requests.length).to.equal(0);
  });

  it('the Cancel button ("Hủy") closes it likewise, from the keyboard', async () => {
    installDetector();
    cam = await camera();
    const el = await mount();
    await pressOn((await until(() => scanButton(el)))!, 'Enter', () => dialog(el)?.open === true);
    await scanning(el, cam);
    expect(text(cancelButton(el))).to.equal('Hủy');
    expect(focused(el)).to.equal(nameOf(cancelButton(el)));
    await pressOn(cancelButton(el), 'Enter', () => !dialog(el).open);
    expect(live(cam)).to.deep.equal(cam.tracks.map(() => 'ended'));
    expect(focused(el)).to.equal(nameOf(scanButton(el)));
  });

  it('keeps Tab inside the modal dialog', async () => {
    installDetector();
    cam = await camera({ deny: 'NotAllowedError' });
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const el = await mount();
      await openScanner(el);
      await until(() => $(el, '#qr-photo'));
      const outside: string[] = [];
      const record = (e: FocusEvent) => {
        const path = e.composedPath();
        if (!path.includes(dialog(el))) outside.push(nameOf(e.target as Element));
      };
      document.addEventListener('focusin', record, true);
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      document.removeEventListener('focusin', record, true);
      expect(outside).to.deep.equal([]);
      expect(dialog(el).open).to.equal(true);
    } finally {
      before.remove();
    }
  });

  it('camera denied: a photo of the receipt instead, read on the device; the field says why and has focus', async () => {
    installDetector();
    cam = await camera({ deny: 'NotAllowedError' });
    const el = await mount();
    await openScanner(el);
    const input = (await until(() => $<HTMLInputElement>(el, '#qr-photo')))!;
    await until(() => focused(el) === nameOf(input));
    expect(input.type).to.equal('file');
    expect(input.accept).to.equal('image/*');
    expect(text(input.labels![0])).to.equal('Chọn ảnh chụp giấy hẹn');
    const description = input.getAttribute('aria-describedby')!.split(' ').map((id) => text($(el, `#${id}`))).join(' ');
    expect(description).to.contain('Bạn chưa cho phép trang dùng camera.');
    expect($(el, 'dialog video') === null).to.equal(true);
    await expect(el).to.be.accessible();
    FakeBarcodeDetector.photo = [TRACKER_LINK];
    await choosePhoto(el);
    await loadedCode(el, CODE);
    expect(FakeBarcodeDetector.looked).to.deep.equal(['image']);
    expect(dialog(el).open).to.equal(false);
    expect(requestUrls()).to.deep.equal([`/dossiers/${encodeURIComponent(CODE)}`]);
  });

  it('no camera: a photo without a QR code, or with one holding no dossier code, each says so', async () => {
    installDetector();
    cam = await camera({ deny: 'NotFoundError' });
    const el = await mount();
    await openScanner(el);
    await until(() => $(el, '#qr-photo'));
    expect(text($(el, '#qr-problem'))).to.equal('Không tìm thấy camera trên thiết bị này.');
    FakeBarcodeDetector.photo = [];
    await choosePhoto(el);
    await until(() => dialogStatus(el).startsWith('Không thấy mã QR trong ảnh này.'));
    FakeBarcodeDetector.photo = ['WIFI:S:UBND-Xa;T:WPA;P:12345678;;'];
    await choosePhoto(el);
    await until(() => dialogStatus(el).startsWith('Mã QR này không chứa mã hồ sơ.'));
    // The same answer for a second photo is said again: the live region's text changes in between.
    const texts = said(el);
    await choosePhoto(el);
    await until(() => texts.length >= 2 && texts.at(-1)!.startsWith('Mã QR này không chứa mã hồ sơ.'));
    expect(texts[0]).to.equal('Đang đọc ảnh…');
    expect(requests.length).to.equal(0);
    cancelButton(el).click();
    await until(() => !dialog(el).open);
  });

  it('removing the widget while scanning stops the camera', async () => {
    installDetector();
    cam = await camera();
    const el = await mount();
    await openScanner(el);
    await scanning(el, cam);
    el.remove();
    expect(live(cam)).to.deep.equal(cam.tracks.map(() => 'ended'));
    const looks = FakeBarcodeDetector.looked.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(FakeBarcodeDetector.looked.length).to.equal(looks);
  });

  it('a camera that opens after a cancel, or after the widget was removed, is stopped at once', async () => {
    installDetector();
    cam = await camera({ hold: true });
    const el = await mount();
    await openScanner(el);
    expect(dialogStatus(el)).to.equal('Đang mở camera…');
    cancelButton(el).click();
    cam.open();
    await until(() => cam!.tracks.length === 1);
    await until(() => live(cam!).join() === 'ended');

    cam.restore();
    cam = await camera({ hold: true });
    const other = await mount();
    await openScanner(other);
    other.remove();
    cam.open();
    await until(() => cam!.tracks.length === 1);
    await until(() => live(cam!).join() === 'ended');
  });

  it('speaks English in an English page', async () => {
    installDetector();
    cam = await camera({ deny: 'NotAllowedError' });
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><dvc-dossier-tracker api-base=${API}></dvc-dossier-tracker></div>`);
    const el = wrap.querySelector('dvc-dossier-tracker')!;
    expect(text(await until(() => scanButton(el)))).to.equal('Scan the QR code on your receipt');
    await openScanner(el);
    await until(() => $(el, '#qr-photo'));
    expect(text($(el, '#qr-title'))).to.equal('Scan the QR code on your receipt');
    expect(text($(el, 'label[for="qr-photo"]'))).to.equal('Choose a photo of the receipt');
    expect(text(cancelButton(el))).to.equal('Cancel');
    // The receipt's Vietnamese title, quoted in the English, is read in Vietnamese (WCAG 3.1.2).
    const quoted = [...$(el, '#qr-intro')!.querySelectorAll('[lang]')].map((q) => [q.getAttribute('lang'), text(q)]);
    expect(quoted).to.deep.equal([['vi', 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả']]);
    await expect(el).to.be.accessible();
  });
});
