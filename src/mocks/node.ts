/**
 * What Node-side tools take from the mocks, compiled as one module: the mock API server (for the demo and the
 * embedding tests) and the demo server, which lists the sample dossiers on the tracker's demo page.
 */
export { createHandlers } from './handlers.js';
export { clearFaults, setFault } from './faults.js';
export { sampleDossiers } from './data/dossiers.js';
export { sampleDossierGuide } from './sample-guide.js';
