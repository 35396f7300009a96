// How a demo page is served, by the demo server and by the tests alike: the API address of this run filled in
// (%API_BASE%), and the sample dossiers listed where a page asks for them (<!-- %SAMPLE_DOSSIERS% -->).
// A new demo page needs nothing here unless it uses one of these placeholders; it is linked from index.html and
// links back to it (a test checks both).

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * Table rows for the sample dossiers (as `startMockApiServer` lists them): the code as a button that looks it
 * up in the page's tracker, the status and time limit in the tracker's words, and the verifier where one is needed.
 */
export function sampleDossierRows(dossiers) {
  return dossiers
    .map(
      (d) => `<tr>
  <td><button type="button" class="try" data-code="${escape(d.code)}"><code>${escape(d.code)}</code></button></td>
  <td>${escape(d.statusLabel)}</td>
  <td>${d.timeLimit ? escape(d.timeLimit) : '—'}</td>
  <td>${d.verifier ? `${escape(d.verifierLabel ?? 'Thông tin xác minh')}: <kbd>${escape(d.verifier)}</kbd>` : '—'}</td>
</tr>`,
    )
    .join('\n');
}

/** The page's HTML as a visitor gets it. `api` is what `startMockApiServer` resolved to. */
export function renderDemoPage(html, api) {
  return html.replaceAll('%API_BASE%', api.url).replace('<!-- %SAMPLE_DOSSIERS% -->', sampleDossierRows(api.dossiers));
}
