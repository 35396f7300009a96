import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { getDossier } from '../../api/dossiers.js';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import type { Dossier } from '../../api/types.js';
import { apiErrorMessage } from '../../base/api-error-message.js';
import { defineElement } from '../../base/define.js';
import { TaskLifecycle } from '../../base/task-lifecycle.js';
import { DvcElement } from '../../base/dvc-element.js';
import { dossierMessages } from '../../i18n/messages/dossier.js';
import { checkDossierCode, showChar } from './dossier-code.js';
import { RESULT_HEADING_ID, loadedAnnouncement, renderDossier } from './dossier-view.js';
import { trackerStyles } from './dossier-tracker.styles.js';

/** What went wrong with the code field before any request: nothing is sent. */
type CodeError = { kind: 'empty' } | { kind: 'characters'; bad: string[]; hasSpace: boolean };

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
 * @csspart field-error - The message under a field whose value cannot be sent.
 * @csspart loading - The message shown while a lookup runs.
 * @csspart error - An API failure, with its retry button.
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

  static override properties: PropertyDeclarations = {
    code: {},
    codeError: { state: true, attribute: false },
    verifierPrompt: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** A dossier code to fill in and look up at once (e.g. from the page's own URL). */
  declare code?: string;

  private codeError?: CodeError;
  private verifierPrompt?: VerifierPrompt;
  private announcement = '';

  // What the fields hold. Plain fields, not attributes: the verifier must never be reflected anywhere.
  private codeDraft = '';
  private verifierDraft = '';

  private current?: Lookup;
  private byCitizen = false;
  private loadedEvent?: { code: string; status: Dossier['status'] };
  private relocalizing = false;

  private readonly lookupTask = new Task(this, {
    autoRun: false,
    task: ([lookup]: readonly [Lookup], { signal }) => getDossier(this.client!, lookup.code, lookup.verifier, { signal }),
    onComplete: (d) => this.onLoaded(d),
    onError: (e) => this.onFailed(e),
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The `code` attribute fills the field and looks the dossier up at once. Done here rather than in updated(),
    // so that the pending state is part of this same render.
    if (changed.has('code') && this.code != null) this.codeDraft = this.code;
    const apiBaseArrived = changed.has('apiBase') && !this.current;
    if ((changed.has('code') || apiBaseArrived) && this.code?.trim() && this.resolvedApiBase) this.submit(false);
  }

  // Removed while a lookup runs: nobody will see the answer, so the request stops. Put back (a CMS moving the
  // widget between tabs): the same lookup runs again.
  protected readonly lifecycle = new TaskLifecycle(this, () => [this.lookupTask], () => {
    if (this.current) this.run(this.current, false);
  });

  // Procedure and agency names and the history come from the server in the language asked for.
  // A dossier on screen is asked for again for the language only: not a new lookup, so no second
  // dvc-dossier-load, and it stays on screen until the new answer arrives. A lookup still on its way is
  // replaced by the same lookup in the new language, as the citizen asked for it.
  protected override languageChanged(): void {
    if (!this.current || !this.resolvedApiBase) return;
    if (this.lookupTask.status === TaskStatus.COMPLETE) {
      this.relocalizing = true;
      this.run(this.current, false);
    } else if (this.lookupTask.status === TaskStatus.PENDING) {
      this.run(this.current, this.byCitizen);
    }
  }

  override render(): TemplateResult {
    if (!this.resolvedApiBase) return this.renderConfigError();
    return html`${this.renderForm()}
      <p class="visually-hidden announcer" role="status">${this.announcement}</p>
      ${this.lookupTask.render({
        pending: () => (this.relocalizing && this.lookupTask.value ? renderDossier(this.lookupTask.value, this.language, Date.now()) : this.renderLoading()),
        complete: (d) => renderDossier(d, this.language, Date.now()),
        error: (e) => this.renderFailure(e),
      })}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.loadedEvent) {
      const detail = this.loadedEvent;
      this.loadedEvent = undefined;
      this.emit('dvc-dossier-load', detail);
    }
  }

  private renderForm(): TemplateResult {
    const m = dossierMessages[this.language];
    const e = this.codeError;
    const notFound = this.lookupTask.status === TaskStatus.ERROR && toApiError(this.lookupTask.error).kind === 'not-found';
    const describedBy = ['code-hint', e ? 'code-error' : '', notFound ? 'not-found-title' : ''].filter(Boolean).join(' ');
    return html`<form part="form" role="search" aria-label=${m.formLabel} novalidate @submit=${this.onSubmit}>
      <div class="field">
        <label for="code" part="label">${m.codeLabel}</label>
        <p id="code-hint" class="hint">${m.codeHint}</p>
        ${e
          ? html`<p id="code-error" class="field-error" part="field-error">
              ${e.kind === 'empty' ? m.codeEmpty : m.codeChars(e.bad.map(showChar), e.hasSpace)}
            </p>`
          : nothing}
        <input
          id="code"
          part="input"
          type="text"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          aria-describedby=${describedBy}
          aria-invalid=${e ? 'true' : nothing}
          .value=${this.codeDraft}
          @input=${this.onCodeInput}
        />
      </div>
      ${this.verifierPrompt ? this.renderVerifierField(this.verifierPrompt) : nothing}
      <button type="submit" part="submit">${m.submit}</button>
    </form>`;
  }

  private renderVerifierField(p: VerifierPrompt): TemplateResult {
    const m = dossierMessages[this.language];
    const label = p.label || m.verifierFallbackLabel;
    return html`<div class="field verifier">
      <label for="verifier" part="label">${label}</label>
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

  /** Checks the fields, and looks the dossier up when they can be sent. */
  private submit(byCitizen: boolean): void {
    const m = dossierMessages[this.language];
    const check = checkDossierCode(this.codeDraft);
    if (!check.ok) {
      this.codeError = check.reason === 'empty' ? { kind: 'empty' } : { kind: 'characters', bad: check.bad, hasSpace: check.hasSpace };
      const text = check.reason === 'empty' ? m.codeEmpty : m.codeChars(check.bad.map(showChar), check.hasSpace);
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
    if (prompt && prompt.code === check.code) {
      verifier = this.verifierDraft.trim();
      if (!verifier) {
        this.verifierPrompt = { ...prompt, error: 'empty' };
        this.focusOrAnnounce('verifier', m.verifierEmpty(prompt.label || m.verifierFallbackLabel));
        return;
      }
    } else if (prompt) {
      // A verifier belongs to one dossier: never send it along with another code.
      this.verifierPrompt = undefined;
      this.verifierDraft = '';
    }
    this.run({ code: check.code, verifier }, byCitizen);
  }

  private run(lookup: Lookup, byCitizen: boolean): void {
    if (!this.client) return;
    this.current = lookup;
    this.byCitizen = byCitizen;
    this.announce(dossierMessages[this.language].loading(lookup.code));
    void this.lookupTask.run([lookup]);
  }

  private retry(): void {
    if (!this.current) return;
    // The retry button disappears with the message: keep keyboard focus in the form meanwhile.
    this.shadowRoot?.getElementById('code')?.focus();
    this.run(this.current, true);
  }

  private onLoaded(d: Dossier): void {
    this.verifierPrompt = undefined;
    this.verifierDraft = '';
    this.announce(loadedAnnouncement(d, this.language, Date.now()));
    if (!this.relocalizing) this.loadedEvent = { code: d.code, status: d.status };
    this.relocalizing = false;
    if (this.byCitizen) this.focusAfterRender(`#${RESULT_HEADING_ID}`);
  }

  private onFailed(e: unknown): void {
    this.relocalizing = false;
    const error: ApiError = toApiError(e);
    if (isAbort(error)) return;
    const m = dossierMessages[this.language];
    const lookup = this.current!;
    if (error.kind === 'verifier-required') {
      // A 403 after a verifier was sent means the verifier was wrong; what was typed stays for correction.
      const wrong = lookup.verifier !== undefined;
      const label = error.verifierLabel || this.verifierPrompt?.label;
      this.verifierPrompt = { code: lookup.code, label, error: wrong ? 'wrong' : undefined };
      const text = wrong ? m.verifierWrong : m.verifierNeeded(label || m.verifierFallbackLabel);
      if (this.byCitizen) this.focusOrAnnounce('verifier', text);
      else this.announce(text);
      return;
    }
    // Other failures are role="alert" messages, announced as they appear; the live region would repeat them.
    this.announce('');
    if (this.byCitizen && error.retryable) this.focusAfterRender('[part="retry-button"]');
  }

  /**
   * Moves focus to a field, whose label and linked message are then read out; when focus is already there
   * (the citizen pressed Enter in it), moving it again says nothing, so the message goes to the live region.
   */
  private focusOrAnnounce(target: 'code' | 'verifier', text: string): void {
    const field = this.shadowRoot?.getElementById(target);
    if (field && this.shadowRoot!.activeElement === field) this.announce(text);
    else {
      this.announce('');
      this.focusAfterRender(`#${target}`);
    }
  }

  // A live region only speaks when its text changes: the same message twice differs by a trailing no-break space.
  private announce(text: string): void {
    this.announcement = text && text === this.announcement.trimEnd() && !this.announcement.endsWith('\u00a0') ? `${text}\u00a0` : text;
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
