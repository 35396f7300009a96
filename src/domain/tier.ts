/**
 * Government tiers, in the order citizens meet them. Districts were abolished on 1/7/2025; old data still names
 * them, so they stay accepted and shown. The list is the contract's own (src/api/vocabulary.ts).
 */
export { TIERS } from '../api/vocabulary.js';
