/**
 * Types of the provincial API contract (v1). The OpenAPI file beside this module describes the same shapes;
 * the mocks are checked against it in the tests.
 */

import type { Channel, DossierStatus, FeedbackKind, Rating, ServiceLevel, Tier } from './vocabulary.js';

// The contract's closed vocabularies: each type derives from its list in vocabulary.ts.
export type { Channel, DossierStatus, FeedbackKind, Rating, ServiceLevel, Tier };
export type Lang = 'vi' | 'en';

export interface CodeName {
  code: string;
  name: string;
}

export interface ProcedureSummary {
  code: string;
  name: string;
  domain: CodeName;
  agency: CodeName;
  tier: Tier;
  level: ServiceLevel;
  processingTime?: string;
  fee?: string;
  url?: string;
}

export interface ProcedureDocument {
  name: string;
  copies?: string;
  formUrl?: string;
}

export interface ProcedureChannel {
  channel: Channel;
  processingTime?: string;
  fee?: string;
}

export interface Procedure extends ProcedureSummary {
  steps?: string[];
  documents?: ProcedureDocument[];
  channels?: ProcedureChannel[];
  conditions?: string;
  result?: string;
  applicants?: string;
  legalBasis?: { number: string; title: string }[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Agency extends CodeName {
  tier: Tier;
}

export interface DossierHistoryEntry {
  at: string;
  action: string;
  unit?: string;
  note?: string;
}

export interface Dossier {
  code: string;
  procedure: CodeName;
  agency: CodeName;
  applicant?: string;
  status: DossierStatus;
  receivedAt: string;
  dueAt?: string;
  finishedAt?: string;
  returnedAt?: string;
  channel?: string;
  history: DossierHistoryEntry[];
  supplement?: { requestedAt: string; reason: string; documents?: string[] };
}

export interface FeedbackBody {
  kind: FeedbackKind;
  rating?: Rating;
  procedureCode?: string;
  dossierCode?: string;
  agencyCode?: string;
  message?: string;
  contact?: { name?: string; email?: string; phone?: string };
  consent: boolean;
  lang: Lang;
  page?: string;
}

export interface FeedbackReceipt {
  id: string;
  receivedAt: string;
}

export interface Stats {
  agency?: CodeName;
  period: { from: string; to: string };
  procedures: { total: number; full: number; partial: number; info: number };
  dossiers?: { total: number; onTime: number; late: number };
}

export interface ProcedureQuery {
  q?: string;
  domain?: string;
  agency?: string;
  tier?: Tier;
  level?: ServiceLevel;
  page?: number;
  pageSize?: number;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  verifierLabel?: string;
}
