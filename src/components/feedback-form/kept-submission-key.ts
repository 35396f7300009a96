import type { Lang } from '../../api/types.js';
import { safely } from './draft-store.js';

/*
 * How a send of a draft went out (idempotency.ts): its body's fingerprint, `Idempotency-Key` and language, kept
 * in the draft's own entry (draft-store.ts) so that a reload after a lost answer sends the same submission. The
 * caller keeps it only for a body without contact details. It goes with the draft: sent, changed (a change saves
 * the draft without it), or left untouched too long. Here, not in draft-store.ts, so that only a send downloads it.
 */

export interface SentAs {
  fingerprint: string;
  key: string;
  lang: Lang;
}

export const sentAs = (draftKey: string): SentAs | undefined =>
  safely((s) => {
    const sent = JSON.parse(s.getItem(draftKey)!)?.sent;
    return typeof sent?.key == 'string' ? sent : undefined;
  });

export function keepSentAs(draftKey: string, sent: SentAs): void {
  safely((s) => {
    const draft = JSON.parse(s.getItem(draftKey)!);
    if (draft) s.setItem(draftKey, JSON.stringify({ ...draft, sent }));
  });
}
