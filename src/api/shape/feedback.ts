/** Answer check of `POST /feedback`. */
import type { FeedbackReceipt } from '../types.js';
import { obj, str } from './base.js';

export function feedbackReceipt(v: unknown): FeedbackReceipt {
  const o = obj(v, 'answer');
  str(o.id, 'id');
  str(o.receivedAt, 'receivedAt');
  return o as unknown as FeedbackReceipt;
}

