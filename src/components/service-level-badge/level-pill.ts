import type { ServiceLevel } from '../../api/types.js';
import { h, type Children } from '../../base/dom.js';
import { iconElement, type IconShapes } from '../../base/icon.js';
import { levelIcons } from './icons.js';

/**
 * The look of an online-service level: a pill with the level's icon (a level never depends on colour alone) and
 * its text. Shared by `<dvc-service-level-badge>` and the results of `<dvc-procedure-search>`, which shows levels
 * without the badge element: a page of results needs neither the badge's requests nor its hover label. Built as
 * elements (src/base/dom.ts), so that the badge needs no template library; a template shows one as a child.
 *
 * Its look is in level-pill.styles.ts, apart: the search's styles include it, and its code comes with its results.
 *
 * `kind` is a level, or one of the badge's own states (`unknown`, `loading`, `error`, `stats`); it names the
 * pill's colour (class) and `data-level`.
 */
export const pill = (kind: string, content: Children, icon: IconShapes = levelIcons[kind as ServiceLevel] ?? levelIcons.unknown): HTMLElement =>
  h('span', { class: `badge ${kind}`, part: 'badge', 'data-level': kind }, iconElement(icon), ...content);

/**
 * A level: its short name on screen, and for screen readers the full official name instead, as text (a level is
 * not a control, so no Tab stop: in a list of 30 procedures it would add 30).
 */
export const levelPill = (kind: ServiceLevel | 'unknown', label: { short: string; full: string }): HTMLElement =>
  pill(kind, [h('span', { 'aria-hidden': 'true' }, label.short), h('span', { class: 'visually-hidden' }, label.full)]);
