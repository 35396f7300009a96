/**
 * The API conformance check, for any environment with `fetch`: `runConformance` with the OpenAPI document and
 * an Environment. The `check-api` command (src/cli) runs it in Node with its own extra checks; a page can run
 * the portable ones for the API it can reach.
 */
export { runConformance, checksFor, STAND_IN_ORIGIN, type RunHooks } from './run.js';
export { PORTABLE_CHECKS } from './checks/index.js';
export { Contract, type OpenApiDocument } from './contract.js';
export * from './types.js';
