import type { DossierStatus } from '../../api/types.js';
import type { IconShapes } from '../../base/icon.js';
import type { Timeliness } from '../../domain/timeliness.js';

/**
 * Status and time-limit icons, so that neither depends on colour alone: the shapes drawn inside the shared
 * frame (`iconElement` in src/base/icon.ts). 16×16 strokes in `currentColor`.
 */
const stroke = (d: string) =>
  ['path', { d, fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }] as const;
const ring = ['circle', { cx: '8', cy: '8', r: '6.2', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6' }] as const;

const ICONS = {
  // A paper sheet with an arrow: sent, waiting to be accepted.
  sent: [stroke('M4 1.8h5.5L12 4.3v9.9H4zM6.2 9.5h3.6M8 7.7l1.8 1.8L8 11.3')],
  // A tick in a ring: accepted.
  accepted: [ring, stroke('M5.2 8.2l2 2 3.7-4')],
  // A cross in a ring: not accepted.
  refused: [ring, stroke('M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4')],
  // A clock: being handled.
  progress: [ring, stroke('M8 4.5V8l2.4 1.6')],
  // A sheet with a plus: documents requested.
  documents: [stroke('M4 1.8h5.5L12 4.3v9.9H4zM8 6.6v4.4M5.8 8.8h4.4')],
  // A coin: payment requested.
  payment: [ring, stroke('M9.8 5.9C9.4 5.3 8.8 5 8 5c-1.1 0-1.9.6-1.9 1.5 0 2 3.9 1 3.9 3 0 .9-.8 1.5-2 1.5-.9 0-1.6-.4-2-1M8 3.8V5M8 11v1.2')],
  // An arrow turning back: withdrawn.
  withdrawn: [stroke('M5.5 3.5L2.8 6.2l2.7 2.7M2.8 6.2h6.7a3.7 3.7 0 0 1 0 7.4H6')],
  // A square in a ring: stopped.
  stopped: [ring, ['rect', { x: '5.6', y: '5.6', width: '4.8', height: '4.8', fill: 'currentColor' }]],
  // A filled ring with a tick: handled.
  done: [
    ['circle', { cx: '8', cy: '8', r: '7', fill: 'currentColor' }],
    ['path', { d: 'M4.6 8.2l2.3 2.3 4.6-4.8', fill: 'none', stroke: 'var(--_surface)', 'stroke-width': '1.8', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }],
  ],
  // A box with a tick: the result has been handed over.
  returned: [stroke('M2 5.2L8 2l6 3.2v6.6L8 15l-6-3.2zM2 5.2l6 3.2 6-3.2M8 8.4V15')],
  // A triangle with "!": overdue or late.
  warning: [
    stroke('M8 2L14.5 13.5h-13z'),
    ['rect', { x: '7.25', y: '6', width: '1.5', height: '4', fill: 'currentColor' }],
    ['circle', { cx: '8', cy: '11.6', r: '.9', fill: 'currentColor' }],
  ],
  // An hourglass: due today.
  hourglass: [stroke('M4.5 2h7M4.5 14h7M5.5 2v2.5L8 8l2.5-3.5V2M5.5 14v-2.5L8 8l2.5 3.5V14')],
} satisfies Record<string, IconShapes>;

export const statusIcons: Record<DossierStatus, IconShapes> = {
  1: ICONS.sent,
  2: ICONS.accepted,
  3: ICONS.refused,
  4: ICONS.progress,
  5: ICONS.documents,
  6: ICONS.payment,
  7: ICONS.withdrawn,
  8: ICONS.stopped,
  9: ICONS.done,
  10: ICONS.returned,
};

export function timelinessIcon(t: Timeliness): IconShapes {
  switch (t.kind) {
    case 'early':
    case 'on-time':
      return ICONS.accepted;
    case 'remaining':
      return t.days === 0 ? ICONS.hourglass : ICONS.progress;
    case 'late':
    case 'overdue':
      return ICONS.warning;
  }
}
