/**
 * Checks that an answer has the shape the contract promises before a widget touches it. A backend that drifts
 * from the contract then produces one clear `bad-answer` error instead of a crash deep inside a template.
 * Only what the widgets rely on is checked; unknown extra fields pass through.
 *
 * The checks live per endpoint group in shape/ (a widget's code imports only those it calls); this module gathers
 * them for code that uses many (the static catalog, the conformance checks, the commands).
 */
export { ShapeError } from './shape/base.js';
export * from './shape/procedures.js';
export * from './shape/procedure-details.js';
export * from './shape/dossiers.js';
export * from './shape/feedback.js';
export * from './shape/stats.js';
