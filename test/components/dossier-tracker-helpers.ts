import { fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/components/dossier-tracker/dossier-tracker.js';
import type { DvcDossierTracker } from '../../src/components/dossier-tracker/dossier-tracker.js';
import { API, until } from '../helpers/mock-api.js';

/** Shared helpers of the dossier-tracker tests (not a test file itself). */

export type Tracker = DvcDossierTracker;

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const codeInput = (el: Element) => $<HTMLInputElement>(el, 'input#code')!;
export const verifierInput = (el: Element) => $<HTMLInputElement>(el, 'input#verifier');
export const submitButton = (el: Element) => $<HTMLButtonElement>(el, 'button[type="submit"]')!;
export const liveRegion = (el: Element) => $(el, '[role="status"].announcer')!;
export const statusOf = (el: Element) => text($(el, '[part="status"]'));
export const timelinessOf = (el: Element) => $(el, '[part="timeliness"]');
export const focused = (el: Element) => el.shadowRoot!.activeElement;

/** A tracker pointing at the mock API; `code` fills the field and looks up at once. */
export async function mount(opts: { code?: string; lang?: string } = {}): Promise<Tracker> {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${opts.lang ?? 'vi'}><dvc-dossier-tracker api-base=${API} code=${opts.code ?? nothing}></dvc-dossier-tracker></div>`,
  );
  const el = wrap.querySelector('dvc-dossier-tracker')!;
  await el.updateComplete;
  return el;
}

/** Puts `value` in the code field as a paste would (one input event) and submits with the button. */
export async function lookUp(el: Tracker, value: string): Promise<void> {
  const input = codeInput(el);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  submitButton(el).click();
  await el.updateComplete;
}

export async function enterVerifier(el: Tracker, value: string): Promise<void> {
  const input = verifierInput(el)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  submitButton(el).click();
  await el.updateComplete;
}

export const loaded = (el: Tracker) => until(() => $(el, '[part="result"]'));
/** Waits for the result of a specific code (a previous result may still be on screen). */
export const loadedCode = (el: Tracker, code: string) => until(() => text($(el, '[part="result-heading"]')).endsWith(code));
