import type { DossierStatus } from '../api/types.js';

/** Status codes of a dossier (TrangThaiHoSo): the contract's list (src/api/vocabulary.ts), grouped below the way the rules need them. */
export { DOSSIER_STATUSES } from '../api/vocabulary.js';

/** Finished: handled (9) or result returned (10). Timeliness compares the finish day with the due day. */
export const isFinished = (s: DossierStatus): boolean => s === 9 || s === 10;

/** Still open at the office: the due day counts down and can pass. */
export const isOpen = (s: DossierStatus): boolean => [1, 2, 4, 5, 6].includes(s);

/**
 * Open, but paused until the applicant acts: documents requested (5), a fee, charge or tax to pay (6). The due day
 * can pass meanwhile; what the applicant can do about it is to act, not to wait for the office's apology.
 */
export const isPausedOnApplicant = (s: DossierStatus): s is 5 | 6 => s === 5 || s === 6;

/** Neither open nor finished: not accepted (3), withdrawn (7), stopped (8). No timeliness applies. */
export const isClosedWithoutResult = (s: DossierStatus): boolean => s === 3 || s === 7 || s === 8;
