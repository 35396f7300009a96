import type { Check } from '../types.js';
import { dossierLookup, dossierNotFound, dossierVerifier } from './dossier.js';
import { feedbackIdempotency, feedbackValidation } from './feedback.js';
import { cachingCatalog, cachingDossier, language, rateLimit, timing } from './headers.js';
import { agencies, domains, stats, validation } from './lists.js';
import { codes, codesLimit, detail, filters, notFound, paging, search, unaccented } from './procedures.js';
import { reachable } from './reachable.js';

/**
 * The checks any environment can make with plain `fetch`, in the order they run. The ones that read the whole
 * run (caching, rate limits, timing) come last.
 */
export const PORTABLE_CHECKS: readonly Check[] = [
  reachable,
  search,
  paging,
  filters,
  unaccented,
  codes,
  codesLimit,
  detail,
  notFound,
  domains,
  agencies,
  stats,
  validation,
  dossierNotFound,
  dossierLookup,
  dossierVerifier,
  feedbackIdempotency,
  feedbackValidation,
  language,
  cachingCatalog,
  cachingDossier,
  rateLimit,
  timing,
];
