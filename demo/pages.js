// How a demo page is served, by the demo server and by the tests alike: the API address of this run filled in
// (%API_BASE%), the sample dossiers listed where a page asks for them (<!-- %SAMPLE_DOSSIERS% -->), and the
// sample receipt filled in (giay-hen.html). A new demo page needs nothing here unless it uses one of these
// placeholders; it is linked from index.html and links back to it (a test checks both).
import { fillReceipt } from './receipt.js';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * Table rows for the sample dossiers (as `startMockApiServer` lists them): the code as a link that opens the
 * page with it (`?ma-ho-so=…`, as a receipt's QR code does), the status and time limit in the tracker's words, and
 * the verifier where one is needed.
 */
export function sampleDossierRows(dossiers) {
  return dossiers
    .map(
      (d) => `<tr>
  <td><a class="try" href="?ma-ho-so=${encodeURIComponent(d.code)}"><code>${escape(d.code)}</code></a></td>
  <td>${escape(d.statusLabel)}</td>
  <td>${d.timeLimit ? escape(d.timeLimit) : '—'}</td>
  <td>${d.verifier ? `${escape(d.verifierLabel ?? 'Thông tin xác minh')}: <kbd>${escape(d.verifier)}</kbd>` : '—'}</td>
</tr>`,
    )
    .join('\n');
}

/**
 * The page `name` (e.g. "so-tu-phap.html") as a visitor gets it. `api` is what `startMockApiServer` resolved to;
 * `origin` is where the visitor reached the demo (the receipt's QR code points there).
 */
export async function renderDemoPage(name, html, api, origin) {
  const page = html.replaceAll('%API_BASE%', api.url).replace('<!-- %SAMPLE_DOSSIERS% -->', sampleDossierRows(api.dossiers));
  // The sample receipt: a current dossier, and a QR code to the tracker page on the address the visitor used.
  return name === 'giay-hen.html' ? fillReceipt(page, origin) : page;
}
