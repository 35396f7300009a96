import type { DossierStatus } from '../api/types.js';
import { timeliness } from '../domain/timeliness.js';
import { dossierViewMessages } from '../i18n/messages/dossier-view.js';
import type { MockDossier } from './data/dossiers.js';

/** One sample dossier as the demo lists it, in the tracker's own Vietnamese words. */
export interface SampleDossierEntry {
  code: string;
  status: DossierStatus;
  /** The status as the tracker names it, e.g. "Đang xử lý". */
  statusLabel: string;
  /** The time limit as the tracker states it ("Còn 3 ngày", "Quá hạn 2 ngày", "Trước hạn 1 ngày"…), if any. */
  timeLimit?: string;
  /** For the dossier that asks for one: what the tracker asks for, and the value that opens it. */
  verifierLabel?: string;
  verifier?: string;
}

/**
 * The sample dossiers with what a visitor of the demo needs to try each state of the tracker: every status,
 * the overdue and the late ones, and the dossier that asks for a verifier, with that verifier.
 */
export function sampleDossierGuide(list: MockDossier[], now = Date.now()): SampleDossierEntry[] {
  const m = dossierViewMessages.vi;
  return list.map((d) => {
    const t = timeliness(d, now);
    return {
      code: d.code,
      status: d.status,
      statusLabel: m.statuses[d.status],
      timeLimit: t ? m.timeliness(t) : undefined,
      verifierLabel: d.verifier ? d.verifierLabel : undefined,
      verifier: d.verifier,
    };
  });
}
