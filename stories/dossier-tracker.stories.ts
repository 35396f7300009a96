import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DossierStatus } from '../src/api/types.js';
import { dossierCodeFor, sampleDossiers } from '../src/mocks/data/dossiers.js';
import { clearFaults, setFault, type Fault } from '../src/mocks/faults.js';
import '../src/components/dossier-tracker/dossier-tracker.js';
import { installQrStandIn, pressScanButton } from './qr-stand-in.js';

const API = 'https://dichvucong.quangngai.gov.vn/api/v1';

interface Args {
  code?: string;
  'code-param'?: string;
  'url-state'?: boolean;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Dossier tracker',
  component: 'dvc-dossier-tracker',
  render: (a) =>
    html`<dvc-dossier-tracker
      api-base=${API}
      code=${a.code ?? nothing}
      code-param=${a['code-param'] ?? nothing}
      ?url-state=${a['url-state']}
      lang=${a.lang ?? nothing}
    ></dvc-dossier-tracker>`,
  args: {},
  argTypes: {
    code: { control: 'text', description: 'A dossier code, filled in and looked up at once.' },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

// The sample dossiers are dated relative to today, so "days left" and "late" stay true whenever Storybook runs.
const byStatus = (status: DossierStatus): Story => ({ args: { code: dossierCodeFor(status) } });
const PROTECTED = sampleDossiers().find((d) => d.verifier)!;

/** The empty form: the citizen types or pastes the code from their receipt. */
export const Empty: Story = {};

/** 1 — Mới đăng ký: submitted online, waiting to be accepted. */
export const Status1Submitted = byStatus(1);
/** 2 — Được tiếp nhận: accepted, three days left. */
export const Status2Accepted = byStatus(2);
/** 3 — Không được tiếp nhận: refused; the reason is in the history. */
export const Status3NotAccepted = byStatus(3);
/** 4 — Đang xử lý: in progress, two days left. */
export const Status4InProgress = byStatus(4);
/** 4 — Đang xử lý, past its due day: "Quá hạn 2 ngày" and the apology the office owes. */
export const Status4Overdue: Story = {
  args: { code: sampleDossiers().find((d) => d.status === 4 && Date.parse(d.dueAt!) < Date.now())!.code },
};
/** 5 — Yêu cầu bổ sung giấy tờ: the reason and the documents to send. */
export const Status5DocumentsRequested = byStatus(5);
/** 6 — Yêu cầu thực hiện nghĩa vụ tài chính: pay the fee. */
export const Status6PaymentRequested = byStatus(6);
/** 7 — Công dân yêu cầu rút hồ sơ: withdrawn. */
export const Status7Withdrawn = byStatus(7);
/** 8 — Dừng xử lý: stopped; the reason is in the history. */
export const Status8Stopped = byStatus(8);
/** 9 — Đã xử lý xong: finished early, come for the result. */
export const Status9Completed = byStatus(9);
/** 10 — Đã trả kết quả: returned on time; how to give feedback. */
export const Status10Returned = byStatus(10);
/** 10 — finished a day after the due day: "Trễ hạn 1 ngày". */
export const Status10Late: Story = {
  args: { code: sampleDossiers().filter((d) => d.status === 10 && d.dueAt! < d.finishedAt!)[0]!.code },
};
/** The canonical historical dossier from the receipt example. */
export const HistoricalDossier: Story = { args: { code: '000.00.53.H48-220921-0099' } };

/** The server asks for a verifier: a second field, labelled as the server says ("4 số cuối CCCD của người nộp"). Try 1234. */
export const VerifierPrompt: Story = { args: { code: PROTECTED.code } };

/** A wrong verifier: the message, and what was typed is kept. */
export const VerifierWrong: Story = {
  args: { code: PROTECTED.code },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dvc-dossier-tracker')!;
    const field = await waitFor(() => el.shadowRoot?.querySelector<HTMLInputElement>('#verifier'));
    field.value = '9999';
    field.dispatchEvent(new Event('input'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** A code no dossier has: "Không tìm thấy hồ sơ" and what to check (0 and O…). */
export const NotFound: Story = { args: { code: '000.00.53.H48-220921-0O99' } };

/** A code with a character no code has: the inline error, and nothing is sent. */
export const InvalidCode: Story = { args: { code: '000.00.53.H48#220921' } };

/** Waiting for the answer. */
export const Loading: Story = {
  args: { code: dossierCodeFor(4) },
  beforeEach: () => {
    setFault('dossier', { kind: 'hang' });
    return () => clearFaults();
  },
};

const failing = (fault: Fault): Story => ({
  args: { code: dossierCodeFor(4) },
  // Only the first request fails, so "Thử lại" shows the dossier.
  beforeEach: () => {
    setFault('dossier', fault, 1);
    return () => clearFaults();
  },
});

/** 500: the system has a problem; "Thử lại" works. */
export const ServerError = failing({ kind: 'server-error' });
/** 503 with Retry-After. */
export const Unavailable = failing({ kind: 'unavailable', retryAfter: 120 });
/** 429: when to try again. */
export const RateLimited = failing({ kind: 'rate-limited', retryAfter: 30 });
/** No answer at all (offline, DNS, CORS). */
export const NetworkError = failing({ kind: 'network' });
/** An answer that is not JSON. */
export const MalformedAnswer = failing({ kind: 'malformed' });
/** JSON, but not the contract's shape. */
export const WrongShape = failing({ kind: 'wrong-shape' });

/** English: a dossier in progress. */
export const English: Story = { args: { code: dossierCodeFor(5), lang: 'en' } };
export const EnglishVerifierPrompt: Story = { args: { code: PROTECTED.code, lang: 'en' } };
export const EnglishNotFound: Story = { args: { code: 'HS-0000', lang: 'en' } };
export const EnglishRateLimited: Story = { ...failing({ kind: 'rate-limited', retryAfter: 30 }), args: { code: dossierCodeFor(4), lang: 'en' } };

/** At 320 px, as on a small phone. */
export const NarrowPhone: Story = {
  args: { code: dossierCodeFor(5) },
  render: (a) => html`<div style="width: 320px; border: 1px dashed #888">
    <dvc-dossier-tracker api-base=${API} code=${a.code ?? nothing}></dvc-dossier-tracker>
  </div>`,
};

async function waitFor<T>(get: () => T | null | undefined, timeout = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() - start > timeout) throw new Error('Timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ─── deep links and the receipt's QR code (SPEC 5.2) ──────────────────────────────────────────────────────

/** Puts `?name=value` in the story frame's own URL for one story, as a link from a receipt would. */
const withPageParam = (name: string, value: string) => () => {
  const before = location.href;
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
  return () => history.replaceState(history.state, '', before);
};

/**
 * **A receipt's link.** On start the tracker reads a dossier code from the page URL's `ma-ho-so` parameter and
 * looks it up at once, like the `code` attribute (which wins when both are there). So the QR code printed on a
 * receipt can point at any agency page that has the tracker:
 * `https://xa-a.example.gov.vn/tra-cuu?ma-ho-so=000.00.53.H48-220921-0099`. The code is read as a typed one (spaces
 * around it dropped); an impossible one is shown with its message and nothing is sent. `code-param` names another
 * parameter; `code-param=""` reads none. This story's frame URL carries `?ma-ho-so=…`.
 */
export const FromReceiptLink: Story = { beforeEach: withPageParam('ma-ho-so', dossierCodeFor(9)) };

/**
 * **A protected dossier from a link.** The verifier is never read from or written to any URL: the link brings the
 * code, and the tracker asks for the verifier as usual (try 1234).
 */
export const FromReceiptLinkNeedsVerifier: Story = { beforeEach: withPageParam('ma-ho-so', PROTECTED.code) };

/**
 * **`url-state`: Back, Forward, reload and shared links.** Each lookup adds a history entry with its code
 * (`?ma-ho-so=…`); Back and Forward show that entry's dossier, or the empty form, without moving keyboard focus
 * (unless the focused element went away: then the result heading, or the field). A reload or a shared link shows
 * the same dossier. The page's other query parameters and its hash stay as they were, and `document.title` is not
 * touched. Without `url-state` the tracker never writes the URL. Only the first tracker with `url-state` on a page
 * keeps its state there; another one says so once in the console. Try it in the story's own tab ("Open canvas in
 * new tab"): look up two codes, then press the browser's Back button.
 */
export const UrlState: Story = { args: { 'url-state': true } };

/**
 * **Scanning the receipt's QR code.** Where the browser reads QR codes itself (`BarcodeDetector` with `qr_code`:
 * Chrome and Edge on Android and macOS, Samsung Internet, Cốc Cốc), the form offers "Quét mã QR trên giấy hẹn":
 * a modal dialog with the rear camera. A QR code holding a dossier code, or a link with one (in `ma-ho-so`,
 * another parameter or the path), closes it and looks the dossier up; a QR code without one is said plainly. The
 * camera stops when a code is read, on "Hủy" or Escape, and when the widget leaves the page. Pictures are read on
 * the device: nothing is sent. The scanner is downloaded only when the button is pressed; where the browser cannot
 * read QR codes there is no button. This story uses a stand-in camera that finds no QR code, so the dialog stays
 * open for theming through `::part(qr-dialog)` and `::part(qr-video)`.
 */
export const QrScan: Story = { beforeEach: () => installQrStandIn(), play: pressScanButton };

/** The stand-in camera sees a receipt whose QR code links to a tracker page: the dialog closes and the dossier shows. */
export const QrScanReadsReceipt: Story = {
  beforeEach: () =>
    installQrStandIn({ reads: [`https://xa-a.example.gov.vn/tra-cuu?ma-ho-so=${encodeURIComponent(dossierCodeFor(5))}`] }),
  play: pressScanButton,
};

/** The camera was refused (or there is none): a photo of the receipt instead, read on the device too. */
export const QrScanPhotoInstead: Story = { beforeEach: () => installQrStandIn({ cameraError: 'NotAllowedError' }), play: pressScanButton };
