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
/**
 * Elements are compared by a short name, never as objects: a failed assertion on a DOM node makes the test runner
 * serialise the node's whole object graph, which can hang it.
 */
export const nameOf = (node: Element | null | undefined): string =>
  node ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}` : 'nothing';
export const focused = (el: Element): string => nameOf(el.shadowRoot!.activeElement);

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

/** The facts list as "label value" pairs, so that assertions read like the screen. */
export const factsText = (el: Element, selector = '[part="facts"]') =>
  [...(el.shadowRoot!.querySelector(selector)?.querySelectorAll(':scope > div') ?? [])]
    .map((div) => `${text(div.querySelector('dt'))} ${text(div.querySelector('dd'))}`)
    .join(' | ');

/** The request for the module that shows a dossier (fetched with the first lookup), as the test server names it. */
export const DOSSIER_VIEW = /\/dossier-tracker\/dossier-view\.(ts|js)(\?.*)?$/;
