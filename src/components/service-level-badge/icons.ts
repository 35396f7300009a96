import type { ServiceLevel } from '../../api/types.js';
import type { IconShapes } from '../../base/icon.js';

/** A ring in the icon's colour, the frame of three of the level icons. */
const ring = ['circle', { cx: '8', cy: '8', r: '6.2', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6' }] as const;

/** Level icons, so a level never depends on colour alone: the shapes drawn in the shared frame (`iconElement` in src/base/icon.ts). */
export const levelIcons: Record<ServiceLevel | 'unknown', IconShapes> = {
  // A filled circle with a tick: the whole procedure is online.
  full: [
    ['circle', { cx: '8', cy: '8', r: '7', fill: 'currentColor' }],
    ['path', { d: 'M4.5 8.2l2.3 2.3 4.7-4.9', fill: 'none', stroke: 'var(--_surface)', 'stroke-width': '1.8', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }],
  ],
  // A half-filled circle: part of it is online.
  partial: [ring, ['path', { d: 'M8 1.8a6.2 6.2 0 0 1 0 12.4z', fill: 'currentColor' }]],
  // An "i": information only.
  info: [
    ring,
    ['rect', { x: '7.2', y: '7', width: '1.6', height: '4.6', fill: 'currentColor' }],
    ['circle', { cx: '8', cy: '4.9', r: '1', fill: 'currentColor' }],
  ],
  // A dashed ring: the level is not known.
  unknown: [['circle', { ...ring[1], 'stroke-dasharray': '2 2' }]],
};
