import { html, nothing, type TemplateResult } from 'lit-html';
import { type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { ApiError, isAbort, toApiError } from '../../api/errors.js';
import type { FeedbackKind, Rating } from '../../api/types.js';
import { RATINGS } from '../../api/vocabulary.js';
import { apiErrorMessage } from '../../base/api-error-message.js';
import { BUILD } from '../../base/build.js';
import { defineElement } from '../../base/define.js';
import { DvcElement } from '../../base/dvc-element.js';
import { lazyModule } from '../../base/lazy-module.js';
import { feedbackMessages, type FeedbackMessages } from '../../i18n/messages/feedback.js';
import type { FeedbackContext } from './body.js';
import { clearDraft, draftKey, loadDraft, saveDraft, type Draft } from './draft-store.js';
import { feedbackStyles } from './feedback-form.styles.js';
import { MESSAGE_MAX, charCount, emptyValues, type FieldName, type FieldProblem, type FormValues } from './form-values.js';
import type { SubmissionKey } from './idempotency.js';

/**
 * What only sending needs (checks, body, key, request): fetched when the citizen first focuses a control of the
 * form or touches it (a tap on a phone focuses no radio or button in Safari), well before they send, and awaited
 * by the first submission if still on its way. Shared by every form on the page.
 */
const submission = lazyModule(() => import('./submission.js'));
const prefetchSubmission = (): void => void submission.load().catch(() => {});

// The error summary and the messages at fields come with that part too: problems exist only once a submission
// has been checked by it, so a form that is never refused never downloads how they are shown.
const fieldError = (id: string, problems: FieldProblem[], m: FeedbackMessages) => submission.module?.fieldError(id, problems, m) ?? nothing;

/** `aria-describedby` from the ids that apply now. */
const describedBy = (...ids: (string | false | undefined)[]): string => ids.filter(Boolean).join(' ');

/**
 * The honeypot. Bots fill every field; people never see this one (off-screen class), and assistive technology
 * and the Tab key never reach it (aria-hidden, inert, tabindex -1). Its label is meant for bots, so not translated.
 */
const honeypot = html`<div class="trap" aria-hidden="true" inert>
  <label for="website">Website</label>
  <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
</div>`;

/** A page-supplied anti-spam hook: returns a token (e.g. from a captcha) sent as `X-Challenge-Token`. */
export type FeedbackChallenge = () => Promise<string> | string;

/** `checking`: waiting for the page's check (`challenge`); the form stays editable, and a press asks it again. */
type Phase = 'editing' | 'checking' | 'sending' | 'sent';
type TextField = 'message' | 'name' | 'email' | 'phone';

/**
 * A citizen rates a service (`kind="satisfaction"`, the default) or sends a petition, a "phản ánh, kiến nghị"
 * (`kind="petition"`), about the procedure, dossier or agency named by the page.
 *
 * Nothing the citizen writes is lost: a failed send keeps every field, the rating and message survive a reload of
 * the page (session storage, until sent, or until left untouched for 30 minutes on a shared kiosk), and every
 * retry of one submission carries the same `Idempotency-Key`, so it is filed once. When the page changes the
 * `procedure`, `dossier` or `kind` of a live form, what was written stays with the old one and the form takes the
 * new one's own draft. Contact details are optional, sent only with explicit consent, and never stored.
 *
 * A page may set the `challenge` property to a function returning an anti-spam token (sent as
 * `X-Challenge-Token`); it is called before every attempt. While it has not answered (a captcha on screen, or
 * closed without calling back), the form stays editable and its button works: a press asks the check again, and
 * what is on screen when the check answers is what goes.
 *
 * @tagname dvc-feedback-form
 * @summary Satisfaction rating or petition form, with error summary, drafts, and send-once retries.
 *
 * @fires dvc-feedback-submit - The feedback was received: `detail: { id }`, its reference number. Bubbles, composed.
 *
 * @csspart form - The form.
 * @csspart context - The procedure, dossier and agency the feedback is about.
 * @csspart error-summary - The list of problems shown at the top after a failed check.
 * @csspart field-error - The message shown at a field with a problem.
 * @csspart character-count - The visible count of characters left.
 * @csspart submit-button - The send button.
 * @csspart error - The message shown when sending failed.
 * @csspart retry-button - The "Thử lại" button in that message.
 * @csspart status - The live region holding the sending notice and the confirmation.
 * @csspart success - The confirmation shown once the feedback is received.
 * @csspart reference - The reference number in the confirmation.
 * @csspart start-again-button - The "Gửi góp ý khác" button.
 * @csspart config-error - The notice shown to the webmaster when no API address is configured.
 *
 * @cssproperty [--dvc-feedback-max-width=40rem] - Widest the form grows.
 */
export class DvcFeedbackForm extends DvcElement {
  static override styles = [...DvcElement.styles, feedbackStyles];
  static override catalogs = [...DvcElement.catalogs, feedbackMessages];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    procedure: { reflect: true },
    dossier: { reflect: true },
    agency: { reflect: true },
    challenge: { attribute: false },
    // Internal state. `attribute: false` is what Lit's `state` implies; spelled out so the manifest analyser,
    // which does not read `state`, does not list these as attributes.
    values: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    phase: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    challengeFailed: { state: true, attribute: false },
    receiptId: { state: true, attribute: false },
    sentKind: { state: true, attribute: false },
    countAnnouncement: { state: true, attribute: false },
  };

  /**
   * `satisfaction`: a rating and an optional comment. `petition`: a message and optional contact details.
   * @default 'satisfaction'
   */
  declare kind?: string;

  /** Code of the procedure the feedback is about (sent as `procedureCode`). */
  declare procedure?: string;

  /** Code of the dossier the feedback is about (sent as `dossierCode`). */
  declare dossier?: string;

  /** Code of the agency the feedback is about (sent as `agencyCode`). */
  declare agency?: string;

  /**
   * Optional anti-spam hook; its result is sent as `X-Challenge-Token`. If it throws, nothing is sent. One that
   * never settles holds nothing up: the next press asks it again.
   */
  declare challenge?: FeedbackChallenge;

  private values: FormValues = emptyValues();
  private problems: FieldProblem[] = [];
  private phase: Phase = 'editing';
  private failure?: ApiError;
  private challengeFailed = false;
  /** The reference number of the feedback just sent; null after a honeypot "success". */
  private receiptId: string | null = null;
  /** What was sent, for the confirmation's words (the page may change `kind` meanwhile). */
  private sentKind: FeedbackKind = 'satisfaction';
  /** The citizen was elsewhere on the page when it was received: the confirmation is said, not focused. */
  private sentAside = false;
  /** What the polite live region says about the count; changes only once typing pauses (see onMessageInput). */
  private countAnnouncement = '';
  private countTimer?: ReturnType<typeof setTimeout>;

  private submissionKey?: SubmissionKey;
  private loadedDraftKey?: string;
  /** What was written for each context this form has shown, should session storage be unavailable. */
  private readonly written = new Map<string, Draft>();
  /** The attempt under way (its check, then its request); a removal abandons it, and a new press its check. */
  private sending?: AbortController;
  /** The context (draft key) of the attempt under way: the page may have given the form another one since. */
  private sendingFor?: string;
  /** Removed mid-send: the context (draft key) whose send goes again when the form is put back, still on it. */
  private resendOnReturn?: string;
  /**
   * The page the drafts belong to, taken when the form is first put on it: a single-page site that changes the
   * address under a live form (another tab of its own), or moves the form there, leaves what is written on it.
   * Set in connectedCallback, before anything reads it.
   */
  private page!: string;

  private get feedbackKind(): FeedbackKind {
    return this.kind === 'petition' ? 'petition' : 'satisfaction';
  }

  private get context(): FeedbackContext {
    return { procedure: this.procedure, dossier: this.dossier, agency: this.agency };
  }

  private get draftKey(): string {
    return draftKey(this.page, this.feedbackKind, this.context);
  }

  constructor() {
    super();
    // On the widget itself: a focus or a touch anywhere in the form reaches it. The single file has that code in it.
    if (BUILD !== 'bundle') for (const type of ['focusin', 'pointerdown']) this.addEventListener(type, prefetchSubmission);
  }

  override connectedCallback(): void {
    this.page ||= location.pathname;
    super.connectedCallback();
    // Put back after a removal mid-send (a CMS moving the form between tabs): send again. The content and so the
    // Idempotency-Key are unchanged, so the server files it once even if the first attempt had reached it. Not when
    // the page gave the form another procedure, dossier or agency meanwhile: the words wait with their own context.
    const resend = this.resendOnReturn === this.draftKey;
    this.resendOnReturn = undefined;
    if (resend) void this.submit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.countTimer);
    // Nothing to show the answer in any more: stop waiting for it, and send again if the form comes back.
    if (this.sending) {
      this.resendOnReturn = this.sendingFor;
      this.abandonAttempt();
    }
  }

  // The count the live region said is in the old language: read later (a screen reader moving through the page),
  // it would be read in the new language's voice. Emptied; the next pause in typing says it in the new one.
  protected override languageChanged(): void {
    this.countAnnouncement = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A draft belongs to a page and a context (kind, procedure, dossier, agency). On first render the form takes
    // its draft. When the context changes on a live form, what was written stays with the old context (saved under
    // its key as it was typed) and the form takes the new context's own draft, or starts without one: the old
    // words are never saved under, or sent with, the new context. Contact details belong to the person: kept; their
    // consent was to answer the old feedback: asked anew (unticked).
    const key = this.draftKey;
    if (key === this.loadedDraftKey) return;
    const previous = this.loadedDraftKey;
    this.loadedDraftKey = key;
    if (previous !== undefined) {
      this.written.set(previous, { rating: this.values.rating, message: this.values.message });
      // A check still open was for the other context: its answer sends nothing.
      if (this.phase === 'checking') this.abandonAttempt();
      this.problems = [];
      this.failure = undefined;
      this.challengeFailed = false;
    }
    const draft = loadDraft(key) ?? this.written.get(key);
    if (draft || previous !== undefined) {
      const consent = previous === undefined && this.values.consent;
      this.values = { ...this.values, rating: draft?.rating ?? '', message: draft?.message ?? '', consent };
    }
  }

  override render(): TemplateResult {
    if (!this.resolvedApiBase) return this.renderConfigError();
    const m = feedbackMessages[this.language];
    // The live region says "sending"; the confirmation is announced by moving focus to it (inside a live region
    // as well, screen readers would read it twice), or here when the citizen went elsewhere meanwhile: its title
    // and the reference number, which they need and should not have to come back for.
    const kind = this.sentKind;
    const said =
      this.phase === 'sending'
        ? m.sendingStatus
        : this.phase === 'checking'
          ? m.checkingStatus
          : this.phase === 'sent' && this.sentAside
          ? m.sentTitle[kind] + (this.receiptId ? `. ${m.reference[kind]} ${this.receiptId}` : '')
          : '';
    return html`<div class="status" part="status" role="status">
        ${said ? html`<p class="visually-hidden">${said}</p>` : nothing}
      </div>
      ${this.phase === 'sent' ? this.renderSent(m) : this.renderForm(m)}`;
  }

  private renderForm(m: FeedbackMessages): TemplateResult {
    const kind = this.feedbackKind;
    const sending = this.phase === 'sending';
    // aria-disabled, not disabled, while sending: a disabled button would drop keyboard focus to the page; the
    // phase check in submit() is what refuses a second send.
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${this.renderContext(m)}
      ${submission.module?.errorSummary(this.problems, m, (f) => this.targetOf(f), (e, f) => this.onSummaryLink(e, f))}
      ${kind === 'satisfaction' ? this.renderRating(m) : nothing} ${this.renderMessage(m, kind)}
      ${kind === 'petition' ? this.renderContact(m) : nothing} ${honeypot} ${this.renderFailure(m)}
      <div class="actions">
        <button type="submit" part="submit-button" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? m.sending : m.submit[kind]}
        </button>
      </div>
    </form>`;
  }

  private renderContext(m: FeedbackMessages): TemplateResult | typeof nothing {
    // The codes a citizen can match with their receipt; an agency's internal code means nothing to them (it is
    // still sent with the feedback).
    const rows = (['procedure', 'dossier'] as const).filter((k) => this[k]?.trim());
    if (!rows.length) return nothing;
    return html`<dl class="context" part="context">
      ${rows.map((k) => html`<dt>${m.context[k]}</dt><dd>${this[k]!.trim()}</dd>`)}
    </dl>`;
  }

  /** The problems to show at a field, and whether there are any. */
  private problemsAt(field: FieldName): [FieldProblem[], boolean] {
    const found = this.problems.filter((p) => p.field === field);
    return [found, found.length > 0];
  }

  private renderRating(m: FeedbackMessages): TemplateResult {
    const [errs, bad] = this.problemsAt('rating');
    return html`<div class="field ${bad ? 'has-error' : ''}">
      <fieldset aria-describedby=${bad ? 'rating-error' : nothing}>
        <legend>${m.ratingLegend}</legend>
        ${fieldError('rating-error', errs, m)}
        <div class="choices">
          ${RATINGS.map((r) => html`<div class="choice">
            <input type="radio" id="rating-${r}" name="rating" value=${r} required .checked=${this.values.rating === r}
              aria-invalid=${bad || nothing} @click=${this.holdWhileSending} @change=${this.onRating}
            /><label for="rating-${r}">${m.ratings[r]}</label>
          </div>`)}
        </div>
      </fieldset>
    </div>`;
  }

  private renderMessage(m: FeedbackMessages, kind: FeedbackKind): TemplateResult {
    const [errs, bad] = this.problemsAt('message');
    const left = MESSAGE_MAX - charCount(this.values.message);
    const petition = kind === 'petition';
    // The count is seen at once (and hidden from screen readers); it is heard through the quieter live region.
    // While sending, this field and the contact fields are read-only, not disabled (which would drop focus): the
    // confirmation clears the form, and words added meanwhile would go with it, unsent.
    return html`<div class="field ${bad ? 'has-error' : ''}">
      <label class="block" for="message">${petition ? m.petitionLabel : m.commentLabel}</label>
      ${petition ? html`<p class="hint" id="message-hint">${m.petitionHint}</p>` : nothing}
      ${fieldError('message-error', errs, m)}
      <textarea id="message" name="message" rows="6" ?required=${petition} ?readonly=${this.phase === 'sending'} aria-invalid=${bad || nothing}
        aria-describedby=${describedBy(petition && 'message-hint', 'message-limit', bad && 'message-error')}
        .value=${this.values.message} @input=${this.onMessageInput}></textarea>
      <p id="message-limit" class="visually-hidden">${m.limitHint(MESSAGE_MAX)}</p>
      <p class="count ${left < 0 ? 'over' : ''}" part="character-count" aria-hidden="true">${this.countText(m, left)}</p>
      <div class="visually-hidden" aria-live="polite">${this.countAnnouncement}</div>
    </div>`;
  }

  private countText(m: FeedbackMessages, left = MESSAGE_MAX - charCount(this.values.message)): string {
    return left < 0 ? m.tooMany(-left) : m.remaining(left);
  }

  private renderInput(m: FeedbackMessages, field: 'name' | 'email' | 'phone', label: string, type: string, hint?: string): TemplateResult {
    const [errs, bad] = this.problemsAt(field);
    return html`<div class="field ${bad ? 'has-error' : ''}">
      <label class="block" for=${field}>${label}</label>
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing} ${fieldError(`${field}-error`, errs, m)}
      <input id=${field} name=${field} type=${type} ?readonly=${this.phase === 'sending'} inputmode=${type === 'text' ? nothing : type}
        autocomplete=${type === 'text' ? 'name' : type} spellcheck="false" aria-invalid=${bad || nothing}
        aria-describedby=${describedBy('contact-hint', hint && `${field}-hint`, bad && `${field}-error`)}
        .value=${this.values[field]} @input=${(e: Event) => this.setText(field, (e.target as HTMLInputElement).value)} />
    </div>`;
  }

  private renderContact(m: FeedbackMessages): TemplateResult {
    const [errs, bad] = this.problemsAt('consent');
    return html`<fieldset class="contact" part="contact">
      <legend>${m.contactLegend}</legend>
      <p class="hint" id="contact-hint">${m.contactHint}</p>
      ${this.renderInput(m, 'name', m.nameLabel, 'text')} ${this.renderInput(m, 'email', m.emailLabel, 'email')}
      ${this.renderInput(m, 'phone', m.phoneLabel, 'tel', m.phoneHint)}
      <p class="message" id="consent-statement">${m.consentStatement}</p>
      <div class="field ${bad ? 'has-error' : ''}">
        ${fieldError('consent-error', errs, m)}
        <div class="choice">
          <input type="checkbox" id="consent" name="consent" .checked=${this.values.consent} aria-invalid=${bad || nothing}
            aria-describedby=${describedBy('consent-statement', 'consent-hint', bad && 'consent-error')}
            @click=${this.holdWhileSending} @change=${this.onConsent}
          /><label for="consent">${m.consentLabel}</label>
        </div>
        <p class="hint" id="consent-hint">${m.consentHint}</p>
      </div>
    </fieldset>`;
  }

  private renderFailure(m: FeedbackMessages): TemplateResult | typeof nothing {
    if (this.challengeFailed) {
      return html`<div class="message error" part="error" role="alert"><p>${m.challengeFailed}</p></div>`;
    }
    if (!this.failure) return nothing;
    return apiErrorMessage(this.failure, this.language, { title: m.sendFailed, onRetry: this.retry });
  }

  private renderSent(m: FeedbackMessages): TemplateResult {
    // Worded for what was sent: a petition is answered and followed up by its number; a rating gets no reply.
    const kind = this.sentKind;
    return html`<div class="sent" part="success" tabindex="-1">
      <h2 id="sent-title">${m.sentTitle[kind]}</h2>
      ${this.receiptId
        ? html`<p>${m.reference[kind]} <strong class="reference" part="reference">${this.receiptId}</strong></p>
            ${kind === 'petition' ? html`<p>${m.keepReference}</p>` : nothing}`
        : nothing}
      <p>${m.sentThanks[kind]}</p>
      <button type="button" class="secondary" part="start-again-button" @click=${this.startAgain}>${m.startAgain}</button>
    </div>`;
  }

  // --- What the citizen does ---

  /**
   * While sending, the rating and the consent stay as they went, as the text fields are read-only: the
   * confirmation clears the form, and a choice changed meanwhile would look sent. A cancelled click puts the
   * choice back; a key that changes a radio or the checkbox is a click too.
   */
  private holdWhileSending(e: Event): void {
    if (this.phase === 'sending') e.preventDefault();
  }

  private onRating(e: Event): void {
    this.values = { ...this.values, rating: (e.target as HTMLInputElement).value as Rating };
    this.saveDraft();
  }

  private onMessageInput(e: Event): void {
    this.setText('message', (e.target as HTMLTextAreaElement).value);
    // Announcing on every keystroke would talk over the echo of what is typed: as GOV.UK's character count does,
    // the live region speaks once typing has paused for a second (the visible count follows every keystroke).
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => (this.countAnnouncement = this.countText(feedbackMessages[this.language])), 1000);
  }

  private onConsent(e: Event): void {
    this.values = { ...this.values, consent: (e.target as HTMLInputElement).checked };
  }

  private setText(field: TextField, value: string): void {
    this.values = { ...this.values, [field]: value };
    if (field === 'message') this.saveDraft();
  }

  private saveDraft(): void {
    // Only the rating and the message: contact details never leave the page's memory.
    saveDraft(this.draftKey, { rating: this.values.rating, message: this.values.message });
  }

  /** Where a summary link leads: the control's id, or null when that field is not on this form. */
  private targetOf(field: FieldName): string | null {
    const kind = this.feedbackKind;
    if (field === 'rating') return kind === 'satisfaction' ? `rating-${this.values.rating || RATINGS[0]}` : null;
    if (field === 'message') return 'message';
    return kind === 'petition' ? field : null;
  }

  private onSummaryLink(e: Event, field: FieldName): void {
    // `#id` cannot reach into a shadow root (and would change the page's URL): move focus ourselves.
    e.preventDefault();
    const id = this.targetOf(field);
    const control = id ? this.query(`#${id}`) : null;
    if (!control) return;
    // As GOV.UK does: bring the question (label or legend) into view, not just the control.
    const caption = field === 'rating' ? control.closest('fieldset')?.querySelector('legend') : this.query(`label[for="${id}"]`);
    caption?.scrollIntoView?.();
    control.focus({ preventScroll: !!caption });
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    void this.submit();
  }

  private readonly retry = (): void => {
    // The retry button goes away while sending; keep keyboard focus on the form rather than losing it.
    this.query('[part="submit-button"]')?.focus();
    void this.submit();
  };

  private async submit(): Promise<void> {
    // Submit once: a second click, Enter, or a retry while a send is in flight does nothing. While only the page's
    // check is open, a press asks it again: a captcha closed without calling back never answers the first one.
    // (Once sent, the form and its buttons are gone.)
    if (this.phase === 'sending') return;
    this.abandonAttempt();
    this.failure = undefined;
    this.challengeFailed = false;
    if (!submission.module) {
      // Its code is still on its way (sent before any control was focused: a tap on a phone focuses no radio or
      // button): the form says it is sending from the press, as the send itself does, and what goes stays as it is.
      const pressedFor = this.draftKey;
      this.phase = 'sending';
      try {
        await submission.load();
      } catch (error) {
        // Said only on the form it was pressed for: moved to another context meanwhile, its "Thử lại" would send
        // that one's words, which nobody asked to send (as for a failed request, below).
        if (pressedFor === this.draftKey) this.failure = toApiError(error);
        return;
      } finally {
        this.phase = 'editing';
      }
      // The page moved the form to another context meanwhile: the press was for the other one, whose words wait
      // with it; this one's are not sent unasked.
      if (pressedFor !== this.draftKey) return;
      // Taken off the page meanwhile: sent once it is back, where its answer is seen, as a send cut short is.
      if (!this.isConnected) {
        this.resendOnReturn = pressedFor;
        return;
      }
    }
    const { buildBody, sendFeedback, serverProblems, SubmissionKey, validate } = submission.module!;
    const kind = this.feedbackKind;
    // `moveFocus` false: the summary, an alert, is said where the citizen is.
    const valid = (moveFocus = true): boolean => {
      this.problems = validate(this.values, kind);
      if (this.problems.length && moveFocus) this.focusAfterRender('[part="error-summary"]');
      return !this.problems.length;
    };
    if (!valid()) return;
    // The draft this submission clears once received, whatever the page does to the context meanwhile.
    const sentKey = this.draftKey;
    if (this.honeypotFilled()) {
      // A bot: send nothing, and give it no signal that it was caught.
      this.succeed(null, sentKey, kind);
      return;
    }
    const client = this.client;
    if (!client) return;

    const controller = (this.sending = new AbortController());
    this.sendingFor = sentKey;
    let challengeToken: string | undefined;
    if (this.challenge) {
      this.phase = 'checking';
      let failed = false;
      try {
        // After a render (`await 0`): a check that fails again at once then shows its alert anew, and it is said again.
        challengeToken = (await 0, await this.challenge()) || undefined;
      } catch {
        failed = true;
      }
      // Asked again, or the page moved the form to another context (the check was for this one), meanwhile.
      if (controller.signal.aborted) return;
      // The form stayed editable meanwhile: what is on screen now goes, if still complete. A citizen typing in a
      // field meanwhile stays in it: focus taken away would lose their next keys.
      if (failed || !valid(!this.query('textarea:focus,input:focus'))) {
        this.challengeFailed = failed;
        this.abandonAttempt();
        return;
      }
    }

    const body = buildBody(this.values, kind, this.context, this.language);
    const idempotencyKey = (this.submissionKey ??= new SubmissionKey()).for(body, sentKey);
    this.phase = 'sending';

    try {
      const receipt = await sendFeedback(client, body, { idempotencyKey, challengeToken }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.succeed(receipt.id, sentKey, kind);
    } catch (err) {
      if (controller.signal.aborted || isAbort(err)) return;
      const error = toApiError(err);
      this.phase = 'editing';
      // The page moved the form to another context meanwhile: the failure, and its retry, were about the other
      // one, whose words wait with it, unsent (as a failure shown before the move is cleared by it).
      if (sentKey !== this.draftKey) return;
      // What the server refused, and why, goes in the error summary; a refusal without a reason, and any other
      // failure, in the failure message.
      const problems = error.kind === 'validation' ? serverProblems(error) : [];
      if (problems.length) {
        this.problems = problems;
        this.focusAfterRender('[part="error-summary"]');
      } else {
        this.failure = error;
      }
    } finally {
      if (this.sending === controller) this.sending = undefined;
    }
  }

  /** Back to editing, leaving the attempt under way (a check not answered yet: its answer is then ignored). */
  private abandonAttempt(): void {
    this.sending?.abort();
    this.sending = undefined;
    this.phase = 'editing';
  }

  private honeypotFilled(): boolean {
    return !!(this.query('#website') as HTMLInputElement | null)?.value;
  }

  private succeed(id: string | null, sentKey: string, kind: FeedbackKind): void {
    // Received: no longer under way. A page that moves the form when it hears of it (the event below) cuts no
    // send short, and the confirmation stays.
    this.sending = undefined;
    clearDraft(sentKey);
    this.written.delete(sentKey);
    this.submissionKey?.reset();
    clearTimeout(this.countTimer);
    this.countAnnouncement = '';
    // The context changed while sending: the form keeps the new context's words for after the confirmation.
    const keep = sentKey === this.draftKey ? {} : { rating: this.values.rating, message: this.values.message };
    this.values = { ...emptyValues(), ...keep };
    this.sentKind = kind;
    this.problems = [];
    this.receiptId = id;
    this.phase = 'sent';
    this.sentAside = !this.focusAfterRender('[part="success"]');
    if (id) this.emit('dvc-feedback-submit', { id });
  }

  private startAgain(): void {
    this.receiptId = null;
    this.phase = 'editing';
    this.focusAfterRender(this.feedbackKind === 'satisfaction' ? 'input[name="rating"]' : '#message');
  }

  private query(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }
}

defineElement('dvc-feedback-form', DvcFeedbackForm);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-feedback-form': DvcFeedbackForm;
  }
}
