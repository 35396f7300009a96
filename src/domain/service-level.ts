import type { ServiceLevel } from '../api/types.js';

/**
 * Accepts the current levels (Decree 42/2022) and the legacy numbers 1–4 (Decree 43/2011) that portals and old
 * data still use: 4 → full (toàn trình), 3 → partial (một phần), 1–2 → info (information only).
 * Anything else is null.
 */
export function normalizeLevel(input: string | null | undefined): ServiceLevel | null {
  const v = (input ?? '').trim().toLowerCase().replace(/^(mức|muc|level)\s*(độ|do)?\s*/u, '');
  switch (v) {
    case 'full':
    case '4':
      return 'full';
    case 'partial':
    case '3':
      return 'partial';
    case 'info':
    case '1':
    case '2':
      return 'info';
    default:
      return null;
  }
}

/** The levels themselves are the contract's list (src/api/vocabulary.ts). */
export { SERVICE_LEVELS } from '../api/vocabulary.js';

/** Online services are the full and partial ones; information-only procedures are not. */
export const isOnline = (level: ServiceLevel): boolean => level !== 'info';
