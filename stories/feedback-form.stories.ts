import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http } from 'msw';
import type { DvcFeedbackForm } from '../src/components/feedback-form/feedback-form.js';
import { clearFaults, setFault, type Fault } from '../src/mocks/faults.js';
import { createHandlers, problem } from '../src/mocks/handlers.js';
import '../src/components/feedback-form/feedback-form.js';
import { shown, waitFor } from './play-steps.js';

const API = 'https://dichvucong.quangngai.gov.vn/api/v1';

interface Args {
  kind?: 'satisfaction' | 'petition';
  procedure?: string;
  dossier?: string;
  agency?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Feedback form',
  component: 'dvc-feedback-form',
  render: (a) =>
    html`<dvc-feedback-form
      api-base=${API}
      kind=${a.kind ?? nothing}
      procedure=${a.procedure ?? nothing}
      dossier=${a.dossier ?? nothing}
      agency=${a.agency ?? nothing}
      lang=${a.lang ?? nothing}
    ></dvc-feedback-form>`,
  args: {},
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  // Drafts survive reloads by design; each story starts from an empty form.
  beforeEach: () => {
    for (const k of Object.keys(sessionStorage)) if (k.startsWith('dvc-feedback-draft:')) sessionStorage.removeItem(k);
  },
};
export default meta;
type Story = StoryObj<Args>;

// --- Steps a citizen takes, for the stories that show a state after an action ---

async function formIn(canvas: HTMLElement): Promise<DvcFeedbackForm> {
  const el = canvas.querySelector('dvc-feedback-form')!;
  await el.updateComplete;
  return el;
}

function fill(el: DvcFeedbackForm, selector: string, value: string): void {
  const control = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input'));
}

const click = (el: DvcFeedbackForm, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();

/** Presses "Gửi" and waits until the form answers it (its sending code is downloaded on the first press). */
async function send(el: DvcFeedbackForm): Promise<void> {
  const before = shown(el);
  click(el, '[part="submit-button"]');
  await waitFor(() => shown(el) !== before, 'an answer to the send button');
}

/** Fills a valid form of either kind and presses send. */
async function fillAndSend(canvas: HTMLElement): Promise<void> {
  const el = await formIn(canvas);
  if (el.kind === 'petition') {
    fill(el, '#message', 'Đường vào bộ phận một cửa của xã bị ngập sau mưa, người dân khó đi lại. Đề nghị xã sửa đường.');
  } else {
    click(el, '#rating-satisfied');
    fill(el, '#message', 'Cán bộ hướng dẫn tận tình.');
  }
  await el.updateComplete;
  await send(el);
}

const withFault = (fault: Fault): Pick<Story, 'beforeEach'> => ({
  beforeEach: () => {
    setFault('feedback', fault);
    return () => clearFaults();
  },
});

const petition: Args = { kind: 'petition' };

/** Satisfaction (the default): the three-level scale as a radio group, and an optional comment. */
export const Satisfaction: Story = {};

/** A petition (phản ánh, kiến nghị): a required message, optional contact details, and consent. */
export const Petition: Story = { args: petition };

/** About a given procedure and dossier: the codes are shown, and sent with the feedback. */
export const WithProcedureAndDossier: Story = {
  args: { procedure: '1.001193', dossier: '000.00.53.H48-220921-0099', agency: 'UBND-XA-TINH-KHE' },
};

/** Sent without a rating: the error summary takes focus and links to the radios. */
export const SatisfactionErrorsShown: Story = {
  play: async ({ canvasElement }) => send(await formIn(canvasElement)),
};

/** A petition with no message, a mistyped email and phone, and no consent: every problem, in form order. */
export const PetitionErrorsShown: Story = {
  args: petition,
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    fill(el, '#email', 'ten@example');
    fill(el, '#phone', '0912 345');
    await el.updateComplete;
    await send(el);
  },
};

/** A message over 2,000 characters: the count says by how much; nothing is cut off. */
export const MessageTooLong: Story = {
  args: petition,
  play: async ({ canvasElement }) => fill(await formIn(canvasElement), '#message', 'Thủ tục rườm rà. '.repeat(125)),
};

/** Sending (the API never answers): the button says so and cannot send twice. */
export const Sending: Story = { ...withFault({ kind: 'hang' }), play: async ({ canvasElement }) => fillAndSend(canvasElement) };

/** The server failed (500): a message and a retry; everything typed is kept. */
export const Failed: Story = {
  args: petition,
  ...withFault({ kind: 'server-error' }),
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/** The API is overloaded (503, Retry-After: 30): when to try again. */
export const Unavailable: Story = {
  ...withFault({ kind: 'unavailable', retryAfter: 30 }),
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/** The API refuses the feedback as invalid (422), with what `extra` adds to the problem (`errors`, `detail`). */
const refusedWith = (extra: Record<string, unknown>): Pick<Story, 'parameters'> => ({
  parameters: {
    msw: {
      handlers: [
        http.post('*/api/v1/feedback', () => problem(422, 'urn:dvc:problem:validation', 'Dữ liệu không hợp lệ', extra)),
        ...createHandlers({ latency: 400 }),
      ],
    },
  },
});

/** The server refuses some fields (422): its messages at the fields and in the summary. */
export const ServerValidation: Story = {
  args: petition,
  ...refusedWith({
    errors: [
      { field: 'message', message: 'Nội dung có từ ngữ không phù hợp.' },
      { field: 'phone', message: 'Số điện thoại không đúng định dạng.' },
    ],
  }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    fill(el, '#phone', '0912 345 678');
    click(el, '#consent');
    await fillAndSend(canvasElement);
  },
};

/** The server refuses the feedback (422) with a reason that names no field: its reason in the summary. */
export const ServerRefusalReason: Story = {
  args: petition,
  ...refusedWith({ detail: 'Nội dung góp ý có đường liên kết, hệ thống không nhận. Vui lòng bỏ đường liên kết rồi gửi lại.' }),
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/** Received: the reference number, announced and focused, and a way to send more. */
export const Sent: Story = { play: async ({ canvasElement }) => fillAndSend(canvasElement) };

/** A petition received. */
export const PetitionSent: Story = { args: petition, play: async ({ canvasElement }) => fillAndSend(canvasElement) };

/** English: the empty rating form. */
export const SatisfactionEnglish: Story = { args: { lang: 'en' } };

/** English: a petition with its consent statement. */
export const PetitionEnglish: Story = { args: { ...petition, lang: 'en' } };

/** English: the error summary. */
export const EnglishErrorsShown: Story = {
  args: { ...petition, lang: 'en' },
  play: async ({ canvasElement }) => send(await formIn(canvasElement)),
};

/** English: a failure, and when to try again. */
export const EnglishFailed: Story = {
  args: { lang: 'en' },
  ...withFault({ kind: 'rate-limited', retryAfter: 20 }),
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/** English: received. */
export const EnglishSent: Story = {
  args: { lang: 'en', procedure: '1.000894' },
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/** On a 320px screen. */
export const NarrowScreen: Story = {
  args: petition,
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
