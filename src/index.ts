/**
 * dvc-elements: every tag, plus the shared core for pages and provinces that extend it.
 * Importing this module defines all tags (a tag already defined is left alone).
 */
export { DvcServiceLevelBadge } from './components/service-level-badge/service-level-badge.js';
export { DvcProcedureSearch } from './components/procedure-search/procedure-search.js';
export { DvcDossierTracker } from './components/dossier-tracker/dossier-tracker.js';
export { DvcFeedbackForm } from './components/feedback-form/feedback-form.js';
export { ApiClient, setApiClientFactory, type DvcApi, type ApiRequest, type CallOptions, type ClientOptions } from './api/client.js';
export { ApiError, type ApiErrorKind } from './api/errors.js';
export type * from './api/types.js';
export { VERSION } from './version.js';
