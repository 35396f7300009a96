/** The id of the result heading (in dossier-view.ts), which receives focus after each lookup. */
export const RESULT_HEADING_ID = 'result-heading';
