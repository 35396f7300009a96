import { html, nothing, type TemplateResult } from 'lit-html';
import { type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { Task, TaskStatus } from '../../base/task.js';
import { getDossier } from '../../api/dossiers.js';
import { ApiError, isAbort, toApiError } from '../../api/errors.js';
import type { Dossier } from '../../api/types.js';
import { apiErrorMessage } from '../../base/api-error-message.js';
import { QR_SCANNER } from '../../base/build.js';
import { defineElement } from '../../base/define.js';
import { TaskLifecycle } from '../../base/task-lifecycle.js';
import { DvcElement, sayAgain } from '../../base/dvc-element.js';
import { addPartStyles, lazyModule } from '../../base/lazy-module.js';
import { langOf, type MarkedText } from '../../base/language-of-parts.js';
import { UrlState, type UrlValues } from '../../base/url-state.js';
import { dossierMessages } from '../../i18n/messages/dossier.js';
import { checkDossierCode, showChar, type CodeCheck } from './dossier-code.js';
import { trackerStyles } from './dossier-tracker.styles.js';
import { qrScanSupported } from './qr-support.js';
import type { QrScanner } from './qr-scanner.js';
import { RESULT_HEADING_ID } from './result-heading.js';
import { codeParamName } from './start-code.js';

/**
 * The code that shows a dossier (its view, its words, icons and time-limit rules): fetched with the first lookup,
 * in parallel with the API's answer, so a page pays for it only once a citizen looks something up, and the form
 * shows without waiting for it. A tracker that looks up on start (`code`, or a code in the page URL) finds it on its way
 * already: the CDN loader fetches it with the tracker's code (start-code.ts). Loaded once for every tracker on the
 * page; a failed fetch is asked for again with the next lookup.
 */
const view = lazyModule(
  () => import('./dossier-view.js'),
  (module) => module.dossierViewMessages,
);

export { DEFAULT_CODE_PARAM } from './start-code.js';

/** What went wrong with the code field before any request: nothing is sent. */
type CodeError = Exclude<CodeCheck, { ok: true }>;

/** The server asked for a verifier for `code`; `error` says why the last attempt did not pass. */
interface VerifierPrompt {
  code: string;
  label?: string;
  error?: 'empty' | 'wrong';
}

interface Lookup {
  code: string;
  /**
   * Kept in memory for the widget's life, so that a retry, a language switch or a second "Tra cứu" on the same
   * dossier does not ask again; dropped when another code is looked up. Never put in a URL, attribute, event or
   * storage.
   */
  verifier?: string;
}


/**
 * A citizen looks up a submitted dossier (hồ sơ) by the code on their receipt and sees where it stands: status,
 * time limit (early, on time, late, days left), dates, what the office asked for, what to do next, and the
 * history of steps. When the server asks for it, a second field takes a verifier (e.g. the last 4 digits of the
 * applicant's ID), which travels only in the `X-Dossier-Verifier` header.
 *
 * Deep links: on start the widget reads a dossier code from the page URL's `ma-ho-so` parameter (or the one
 * `code-param` names) and looks it up at once, so the QR code on a receipt can open any page that has the
 * tracker (`https://xa-a.example.gov.vn/tra-cuu?ma-ho-so=000.00.53.H48-220921-0099`). The `code` attribute wins
 * when both are present. With `url-state`, each lookup adds a history entry with its code, so Back, Forward,
 * reload and a shared link show the same dossier. The verifier is never read from or written to any URL.
 * Where the browser can read QR codes (`BarcodeDetector`), a button scans the receipt's QR code with the camera,
 * or from a photo; the picture never leaves the device.
 *
 * @tagname dvc-dossier-tracker
 * @summary Look up a dossier by its code: status, time limit, history and what to do next.
 *
 * @event dvc-dossier-load - A dossier was loaded. `detail: { code: string, status: 1–10 }`; no verifier and no
 * personal data. Bubbles and is composed.
 *
 * @csspart form - The lookup form.
 * @csspart label - The label of the code field.
 * @csspart input - The code field (and the verifier field when asked).
 * @csspart submit - The "Tra cứu" button.
 * @csspart scan-button - The "Quét mã QR trên giấy hẹn" button (only where the browser can read QR codes).
 * @csspart qr-dialog - The QR scanning dialog.
 * @csspart qr-video - The camera picture in the QR scanning dialog.
 * @csspart field-error - The message under a field whose value cannot be sent.
 * @csspart loading - The message shown while a lookup runs.
 * @csspart error - An API failure, with its retry button; also the note above a dossier that could not be asked again
 * in the page's new language (the dossier stays, in the texts it came with).
 * @csspart retry-button - The retry button of an API failure.
 * @csspart not-found - The "Không tìm thấy hồ sơ" message with what to check.
 * @csspart result - The looked-up dossier.
 * @csspart result-heading - Its heading (receives focus after a lookup).
 * @csspart status - The status label with its icon.
 * @csspart timeliness - The time limit: days left, overdue, early, on time or late.
 * @csspart icon - The status and time-limit icons.
 * @csspart facts - The list of code, procedure, agency, applicant and dates.
 * @csspart supplement - The documents the office asked for (status 5).
 * @csspart next - What to do next.
 * @csspart history - The history of steps.
 * @csspart config-error - The notice shown to the webmaster when no API address is configured.
 *
 * @cssproperty [--dvc-tracker-max-width=48rem] - Widest the widget grows.
 * @cssproperty [--dvc-tracker-color-open=var(--dvc-color-primary)] - Colour of open statuses (1, 2, 4) and of days left.
 * @cssproperty [--dvc-tracker-color-action=var(--dvc-color-warning)] - Colour of statuses that need the citizen (5, 6) and of "due today".
 * @cssproperty [--dvc-tracker-color-stopped=var(--dvc-color-danger)] - Colour of statuses 3 and 8 and of overdue or late.
 * @cssproperty [--dvc-tracker-color-closed=var(--dvc-color-text-muted)] - Colour of status 7 (withdrawn by the applicant).
 * @cssproperty [--dvc-tracker-color-done=var(--dvc-color-success)] - Colour of statuses 9, 10 and of early or on time.
 */
export class DvcDossierTracker extends DvcElement {
  static override styles = [...DvcElement.styles, trackerStyles];
  static override catalogs = [...DvcElement.catalogs, dossierMessages, view.words];

  static override properties: PropertyDeclarations = {
    // Set again to the code it holds, it looks that dossier up again: a page's "Xem hồ sơ" button after the citizen
    // looked up another one, or to refresh. Blank again changes nothing: the citizen's typing stays.
    code: { hasChanged: (value?: string, old?: string) => value !== old || !!value?.trim() },
    codeParam: { attribute: 'code-param' },
    urlState: { attribute: 'url-state', type: Boolean },
    scanAvailable: { state: true, attribute: false },
    codeError: { state: true, attribute: false },
    verifierPrompt: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /**
   * A dossier code to fill in and look up at once (e.g. from the page's own URL); set again, even to the code it
   * holds, it is looked up again.
   */
  declare code?: string;
  /**
   * The page URL's query parameter the dossier code is read from on start (and written to with `url-state`).
   * Default `ma-ho-so`; an empty value turns reading the URL off.
   */
  declare codeParam?: string;
  /** Keep the looked-up code in the page URL: Back, Forward, reload and shared links show the same dossier. */
  declare urlState?: boolean;

  private codeError?: CodeError;
  private verifierPrompt?: VerifierPrompt;
  private announcement: MarkedText = '';
  /** Flips with each announcement: see `announce`. */
  private announcedAgain = false;
  private scanAvailable = false;
  private scanner?: QrScanner;
  /** A code from the page URL waits here until the API address is known. */
  private startFromUrl = false;
  /** The `code` the tracker started with: what the page's own history entry (no code in its URL) shows. */
  private startCode?: string;

  // What the fields hold. Plain fields, not attributes: the verifier must never be reflected anywhere.
  private codeDraft = '';
  private verifierDraft = '';

  private current?: Lookup;
  private byCitizen = false;
  private loadedEvent?: { code: string; status: Dossier['status'] };
  /** The dossier on screen: kept there while it is asked again for another language, and when that fails. */
  private shown?: Dossier;
  /**
   * The dossier on screen is asked again for the page's new language: it stays there until the answer arrives,
   * and when the answer fails, with a note and a retry. Ends with that answer, or with another lookup.
   */
  private relocalizing = false;

  private readonly url = new UrlState(this, {
    keys: () => (this.paramName ? [this.paramName] : []),
    enabled: () => !!this.urlState,
    restore: (values) => this.restoreFromUrl(values),
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>(`#${RESULT_HEADING_ID}`) ?? this.renderRoot.querySelector('#code'),
  });

  private readonly lookupTask = new Task(this, {
    autoRun: false,
    task: async ([lookup]: readonly [Lookup], { signal }) =>
      (await Promise.all([getDossier(this.client!, lookup.code, lookup.verifier, { signal }), view.load(this.language)]))[0],
    onComplete: (d) => this.onLoaded(d),
    onError: (e) => this.onFailed(e),
  });

  private get paramName(): string {
    return codeParamName(this.codeParam);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A build without the scanner (the single file) carries neither this check nor the button.
    if (QR_SCANNER) void qrScanSupported().then((ok) => (this.scanAvailable = ok));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.startCode = this.code;
    // A receipt's link (`?ma-ho-so=…`) works like the `code` attribute, which wins when both are present.
    if (!this.hasUpdated && !this.code?.trim() && this.paramName) {
      const fromUrl = this.url.read()[this.paramName];
      if (fromUrl?.trim()) {
        this.codeDraft = fromUrl;
        this.startFromUrl = true;
      }
    }
    // The `code` attribute fills the field and looks the dossier up at once. Done here rather than in updated(),
    // so that the pending state is part of this same render. On start, an empty one (a page template with no code
    // to give, `code=""`) is no code: it leaves the link's code in the field.
    if (changed.has('code') && this.code != null && (this.hasUpdated || this.code.trim())) this.codeDraft = this.code;
    const apiBaseArrived = changed.has('apiBase') && !this.current;
    // A code the page sets after start (its own "Xem hồ sơ" button) is a lookup Back can undo, as the citizen's is;
    // the one it starts with is the page itself, and writes nothing.
    if ((changed.has('code') || apiBaseArrived) && this.code?.trim() && this.resolvedApiBase) this.submit(false, this.hasUpdated && changed.has('code'));
    else if (this.startFromUrl && this.resolvedApiBase) {
      this.startFromUrl = false;
      this.submit(false);
    } else if (changed.has('apiBase') && this.current && this.client) {
      // Another API (a page serving several provinces): the dossier on screen came from the old one; the same code
      // is looked up in the new one, as the search searches again. A verifier is for the API it was given to.
      this.relocalizing = false;
      this.run({ code: this.current.code }, false);
    }
  }

  // Removed while a lookup runs: nobody will see the answer, so the request stops. Put back (a CMS moving the
  // widget between tabs): the same lookup runs again.
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.lookupTask], () => {
    if (this.current) this.run(this.current, false);
  });

  // Procedure and agency names and the history come from the server in the language asked for.
  // A dossier on screen is asked for again for the language only: not a new lookup, so its loading is not said
  // and there is no second dvc-dossier-load, and it stays on screen, in the texts it came with, if the new answer
  // fails (with a quiet note and a retry). Its answer is said, as the dossier now reads, in the language chosen.
  // A lookup still on its way is replaced by the same lookup in the new language, as the citizen asked for it.
  protected override languageChanged(): void {
    // The live region's last sentence is in the old language: read later (a screen reader moving through the page),
    // it would be read in the new language's voice. Emptied, quietly: a dossier asked again is said again, and a
    // question or an error on screen is read, in the new language, where it stands.
    this.announce('');
    if (!this.current || !this.resolvedApiBase) return;
    if (this.relocalizing || this.lookupTask.status === TaskStatus.COMPLETE) {
      this.relocalizing = true;
      this.run(this.current, false);
    } else if (this.lookupTask.status === TaskStatus.PENDING) {
      this.run(this.current, this.byCitizen);
    }
  }

  override render(): TemplateResult {
    if (!this.resolvedApiBase) return this.renderConfigError();
    const { status, error } = this.lookupTask;
    // A failure goes above the dossier kept on screen (`relocalizing`), in a part of its own: the dossier's
    // elements stay the same ones, and so does focus in them.
    return html`${this.renderForm()}
      <p class="visually-hidden announcer" role="status">${sayAgain(this.announcement, this.announcedAgain)}</p>
      ${this.current && status === TaskStatus.ERROR ? this.renderFailure(error) : nothing}
      ${!this.current
        ? nothing
        : this.relocalizing || status === TaskStatus.COMPLETE
          ? // A dossier shown has the view (loaded with it).
            view.module!.renderDossier(this.shown!, this.language, Date.now())
          : status === TaskStatus.PENDING
            ? this.renderLoading()
            : nothing}
      ${this.scanner?.render() ?? nothing}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The field shows the code the widget holds, even where the citizen typed over it since the last render: a
    // page's code set again to the dossier on screen, the same code pasted again with spaces, Back. (A `.value`
    // binding would not: it compares with the value it rendered last, not with the field.)
    const field = this.renderRoot.querySelector<HTMLInputElement>('#code');
    if (field && field.value !== this.codeDraft) field.value = this.codeDraft;
    if (this.loadedEvent) {
      const detail = this.loadedEvent;
      this.loadedEvent = undefined;
      this.emit('dvc-dossier-load', detail);
    }
  }

  private renderForm(): TemplateResult {
    const m = dossierMessages[this.language];
    const e = this.codeError;
    const notFound = !!this.current && this.lookupTask.status === TaskStatus.ERROR && toApiError(this.lookupTask.error).kind === 'not-found';
    const describedBy = ['code-hint', e ? 'code-error' : '', notFound ? 'not-found-title' : ''].filter(Boolean).join(' ');
    return html`<form part="form" role="search" aria-label=${m.formLabel} novalidate @submit=${this.onSubmit}>
      <div class="field">
        <label for="code" part="label">${m.codeLabel}</label>
        <p id="code-hint" class="hint">${m.codeHint}</p>
        ${e ? html`<p id="code-error" class="field-error" part="field-error">${this.codeErrorText(e)}</p>` : nothing}
        <input
          id="code"
          part="input"
          type="text"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          aria-describedby=${describedBy}
          aria-invalid=${e ? 'true' : nothing}
          @input=${this.onCodeInput}
        />
      </div>
      ${this.verifierPrompt ? this.renderVerifierField(this.verifierPrompt) : nothing}
      <button type="submit" part="submit">${m.submit}</button>
      ${QR_SCANNER && this.scanAvailable
        ? html`<button type="button" class="secondary" part="scan-button" @click=${this.openScanner}>${m.scan}</button>`
        : nothing}
    </form>`;
  }

  private renderVerifierField(p: VerifierPrompt): TemplateResult {
    const m = dossierMessages[this.language];
    const label = p.label || m.verifierFallbackLabel;
    return html`<div class="field verifier">
      <label for="verifier" part="label" lang=${langOf(label)}>${label}</label>
      <p id="verifier-intro" class="hint">${m.verifierIntro(p.code)}</p>
      ${p.error
        ? html`<p id="verifier-error" class="field-error" part="field-error">
            ${p.error === 'empty' ? m.verifierEmpty(label) : m.verifierWrong}
          </p>`
        : nothing}
      <input
        id="verifier"
        part="input"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-describedby=${p.error ? 'verifier-intro verifier-error' : 'verifier-intro'}
        aria-invalid=${p.error ? 'true' : nothing}
        .value=${this.verifierDraft}
        @input=${this.onVerifierInput}
      />
    </div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<p class="loading" part="loading">
      <span class="spinner" aria-hidden="true"></span>${dossierMessages[this.language].loading(this.current?.code ?? '')}
    </p>`;
  }

  private renderFailure(e: unknown): TemplateResult | typeof nothing {
    const error = toApiError(e);
    // A cancelled lookup has been replaced by a newer one; a verifier request is answered in the form itself.
    if (isAbort(error) || error.kind === 'verifier-required') return nothing;
    const m = dossierMessages[this.language];
    // The dossier on screen could not be asked again in the new language: a note above it, quiet unless the
    // citizen pressed its retry.
    if (this.relocalizing) {
      return apiErrorMessage(error, this.language, { title: m.notRelocalized, role: this.byCitizen ? 'alert' : 'status', onRetry: () => this.retry() });
    }
    if (error.kind === 'not-found') {
      return html`<div class="message error" part="not-found" role="alert">
        <p id="not-found-title"><strong>${m.notFoundTitle}</strong></p>
        <p>${m.notFoundIntro(this.current?.code ?? '')}</p>
        <ul>
          ${m.notFoundChecks.map((c) => html`<li>${c}</li>`)}
        </ul>
        <p>${m.notFoundHelp}</p>
      </div>`;
    }
    return apiErrorMessage(error, this.language, { title: m.failedTitle, onRetry: () => this.retry() });
  }

  private codeErrorText(e: CodeError): string {
    const m = dossierMessages[this.language];
    return e.reason === 'empty' ? m.codeEmpty : m.codeChars(e.bad.map(showChar), e.hasSpace);
  }

  private onCodeInput(e: Event): void {
    this.codeDraft = (e.target as HTMLInputElement).value;
  }

  private onVerifierInput(e: Event): void {
    this.verifierDraft = (e.target as HTMLInputElement).value;
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.submit(true);
  }

  /**
   * Checks the fields, and looks the dossier up when they can be sent. `step`: a history entry with its code (with
   * `url-state`).
   */
  private submit(byCitizen: boolean, step = byCitizen): void {
    const m = dossierMessages[this.language];
    const check = checkDossierCode(this.codeDraft);
    if (!check.ok) {
      // This code replaces a lookup still on its way (not a dossier on screen asked again in another language):
      // its answer would show a dossier under a code nobody looks up, and take focus from the field being corrected.
      if (this.lookupTask.status === TaskStatus.PENDING && !this.relocalizing) {
        this.lookupTask.abort();
        this.current = undefined;
      }
      const text = this.codeErrorText((this.codeError = check));
      if (byCitizen) this.focusOrAnnounce('code', text);
      else this.announce(text);
      return;
    }
    this.codeError = undefined;
    // Show the code as it is looked up: without the spaces it was pasted with.
    this.codeDraft = check.code;

    // The same dossier again: the verifier it was opened with still holds.
    let verifier = this.current?.code === check.code ? this.current.verifier : undefined;
    const prompt = this.verifierPrompt;
    const typed = this.typedVerifier(check.code);
    if (typed != null) {
      if (!typed) {
        this.verifierPrompt = { ...prompt!, error: 'empty' };
        this.focusOrAnnounce('verifier', m.verifierEmpty(prompt!.label || m.verifierFallbackLabel));
        return;
      }
      verifier = typed;
    } else if (prompt) {
      // A verifier belongs to one dossier: never send it along with another code.
      this.verifierPrompt = undefined;
      this.verifierDraft = '';
    }
    // A lookup the citizen (or the page, after start) asked for is a step Back can undo (with `url-state`); the verifier
    // stays out of it.
    if (step) this.url.push({ [this.paramName]: check.code });
    this.relocalizing = false;
    this.run({ code: check.code, verifier }, byCitizen);
  }

  /**
   * Back or Forward: the dossier of that history entry, or the empty form; focus is not moved. An entry without a
   * code showed the dossier of the `code` the tracker started with, if there is one (not of one the page set since,
   * which has an entry of its own).
   */
  private restoreFromUrl(values: UrlValues): Promise<unknown> | void {
    const code = values[this.paramName]?.trim() || this.startCode?.trim() || '';
    if (code && code === this.current?.code) return;
    // The entry's state replaces what is on screen: another entry's dossier never stays under this code, even when
    // the code cannot be looked up (a mangled receipt link, corrected since).
    this.lookupTask.abort();
    this.current = undefined;
    this.codeError = undefined;
    this.verifierPrompt = undefined;
    this.verifierDraft = '';
    this.codeDraft = code;
    this.announce('');
    this.requestUpdate();
    if (code) {
      this.submit(false);
      return this.lookupTask.taskComplete;
    }
  }

  private async openScanner(e: Event): Promise<void> {
    // Never offered by a build without the scanner; the check lets that build leave the scanner's code out.
    if (!QR_SCANNER) return;
    const opener = e.currentTarget as HTMLElement;
    try {
      // Only citizens who press the button download the scanner.
      const { QrScanner } = await import('./qr-scanner.js');
      this.scanner ??= new QrScanner(this, {
        lang: () => this.language,
        codeParam: () => this.paramName,
        onCode: (code) => {
          this.codeDraft = code;
          this.submit(true);
        },
      });
      await this.scanner.open(opener);
    } catch {
      this.announce(dossierMessages[this.language].scanFailed);
    }
  }

  private run(lookup: Lookup, byCitizen: boolean): void {
    if (!this.client) return;
    this.current = lookup;
    this.byCitizen = byCitizen;
    // What the verifier field holds is checked anew: until the server answers, it carries no error ('empty' or
    // 'wrong' was about what it held before). A lookup that then fails for another reason (a timeout, the network)
    // leaves no "chưa đúng" beside a value the server never saw.
    if (this.verifierPrompt?.error) this.verifierPrompt = { ...this.verifierPrompt, error: undefined };
    // Asking again for another language shows nothing new: said only when the citizen pressed a retry.
    if (byCitizen || !this.relocalizing) this.announce(dossierMessages[this.language].loading(lookup.code));
    void this.lookupTask.run([lookup]);
  }

  private retry(): void {
    if (!this.current) return;
    // The retry button disappears with the message: keep keyboard focus in the form meanwhile, on its button (the
    // text field would open a phone's keyboard over the loading line).
    this.renderRoot.querySelector<HTMLElement>('[part="submit"]')?.focus();
    // A verifier corrected since the failure is the one sent: the old one would come back as wrong, beside a
    // field that holds the right one.
    this.run({ ...this.current, verifier: this.typedVerifier(this.current.code) || this.current.verifier }, true);
  }

  /** What the verifier field holds, when its prompt is for `code`: a verifier belongs to the one dossier it was asked for. */
  private typedVerifier(code: string): string | undefined {
    return this.verifierPrompt?.code === code ? this.verifierDraft.trim() : undefined;
  }

  private onLoaded(d: Dossier): void {
    // The dossier's styles come with its view: added to this shadow root before the dossier's first render.
    addPartStyles(this.shadowRoot, view.module!.viewStyles);
    this.shown = d;
    this.verifierPrompt = undefined;
    this.verifierDraft = '';
    // Asked again for the page's new language too: once the answer is in, the dossier is said in that language.
    this.announce(view.module!.loadedAnnouncement(d, this.language, Date.now()));
    if (!this.relocalizing) this.loadedEvent = { code: d.code, status: d.status };
    this.relocalizing = false;
    // The answer takes focus when the citizen asked for it, unless they went on meanwhile (focusAfterRender).
    if (this.byCitizen) this.focusAfterRender(`#${RESULT_HEADING_ID}`);
  }

  private onFailed(e: unknown): void {
    const error: ApiError = toApiError(e);
    if (isAbort(error)) return;
    const m = dossierMessages[this.language];
    const lookup = this.current!;
    if (error.kind === 'verifier-required') {
      // A 403 after a verifier was sent means the verifier was wrong; what was typed stays for correction.
      const wrong = lookup.verifier !== undefined;
      const label = error.verifierLabel || this.verifierPrompt?.label;
      this.verifierPrompt = { code: lookup.code, label, error: wrong ? 'wrong' : undefined };
      const text = wrong ? m.verifierWrong : m.verifierNeeded(label);
      if (this.byCitizen) this.focusOrAnnounce('verifier', text);
      else this.announce(text);
      return;
    }
    // Other failures are role="alert" messages, announced as they appear; the live region would repeat them.
    this.announce('');
    if (this.byCitizen && error.retryable) this.focusAfterRender('[part="retry-button"]');
  }

  /**
   * Moves focus to a field, whose label and linked message are then read out. When focus is already there (the
   * citizen pressed Enter in it), moving it again says nothing; when the citizen went on to another part of the
   * page, focus stays with them: either way the message goes to the live region.
   */
  private focusOrAnnounce(target: 'code' | 'verifier', text: MarkedText): void {
    const field = this.shadowRoot?.getElementById(target);
    this.announce((field && this.shadowRoot!.activeElement === field) || !this.focusAfterRender(`#${target}`) ? text : '');
  }

  /**
   * What the live region says; the same message twice is said twice (`sayAgain`). The message may be a template
   * that marks an API's Vietnamese words in English (the verifier's label).
   */
  private announce(text: MarkedText): void {
    this.announcement = text;
    this.announcedAgain = !this.announcedAgain;
  }
}

defineElement('dvc-dossier-tracker', DvcDossierTracker);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-tracker': DvcDossierTracker;
  }
  interface HTMLElementEventMap {
    'dvc-dossier-load': CustomEvent<{ code: string; status: Dossier['status'] }>;
  }
}
