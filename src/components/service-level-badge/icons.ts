import { svg, type SVGTemplateResult } from 'lit';
import type { ServiceLevel } from '../../api/types.js';

/** Level icons, so a level never depends on colour alone: the shapes drawn inside the shared frame (`iconSvg` in src/base/icon.ts). */
export const levelIcons: Record<ServiceLevel | 'unknown', SVGTemplateResult> = {
  // A filled circle with a tick: the whole procedure is online.
  full: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="var(--_surface)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A half-filled circle: part of it is online.
  partial: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z" fill="currentColor"/>`,
  // An "i": information only.
  info: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/><rect x="7.2" y="7" width="1.6" height="4.6" fill="currentColor"/><circle cx="8" cy="4.9" r="1" fill="currentColor"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2 2"/>`,
};
