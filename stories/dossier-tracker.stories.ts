import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DossierStatus } from '../src/api/types.js';
import { dossierCodeFor, sampleDossiers } from '../src/mocks/data/dossiers.js';
import { clearFaults, setFault, type Fault } from '../src/mocks/faults.js';
import '../src/components/dossier-tracker/dossier-tracker.js';

const API = 'https://dichvucong.quangngai.gov.vn/api/v1';

interface Args {
  code?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Dossier tracker',
  component: 'dvc-dossier-tracker',
  render: (a) =>
    html`<dvc-dossier-tracker api-base=${API} code=${a.code ?? nothing} lang=${a.lang ?? nothing}></dvc-dossier-tracker>`,
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
