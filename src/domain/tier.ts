import type { Tier } from '../api/types.js';

/**
 * Government tiers, in the order citizens meet them. Districts were abolished on 1/7/2025; old data still names
 * them, so they stay accepted and shown.
 */
export const TIERS: readonly Tier[] = ['province', 'commune', 'district'];
