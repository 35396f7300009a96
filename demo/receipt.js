// The sample receipt (demo/giay-hen.html), filled in when the demo server serves it: one of the mock API's
// dossiers (dated relative to today, so it is always "in progress"), and a QR code pointing at the demo's tracker
// page on the address the visitor used, so a phone on the same network can scan the printed page.
// The QR code is made here, on the server, with the `qrcode` package: it never reaches the widgets' bundles.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import QRCode from 'qrcode';

const root = fileURLToPath(new URL('..', import.meta.url));

let samples;
/** The mock API's sample dossiers (compiled from TypeScript once, in memory). */
async function sampleDossiers() {
  if (!samples) {
    const out = await build({
      entryPoints: [`${root}src/mocks/data/dossiers.ts`],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
    });
    samples = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  }
  return samples.sampleDossiers();
}

const parts = (iso) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
/** "08 giờ 20 phút, ngày 28 tháng 11 năm 2026", as receipts write it. */
const longTime = (iso) => {
  const p = parts(iso);
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day} tháng ${p.month} năm ${p.year}`;
};
/** "ngày 28 tháng 11 năm 2026" */
const longDate = (iso) => {
  const p = parts(iso);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
};

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Fills the receipt page's %RECEIPT_…% placeholders; `origin` is where the visitor reached the demo. */
export async function fillReceipt(page, origin) {
  // The marriage registration received in person three days ago at the ward's one-stop desk, due in two days.
  const d = (await sampleDossiers()).find((x) => x.procedure.code === '1.000894' && x.status === 4);
  const trackerUrl = `${origin}/demo/tra-cuu-ho-so.html?ma-ho-so=${encodeURIComponent(d.code)}`;
  const svg = await QRCode.toString(trackerUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const counter = d.code.split('-').at(-1);
  const values = {
    CODE: d.code,
    COUNTER: counter,
    PROCEDURE: d.procedure.name,
    RECEIVED_AT: longTime(d.receivedAt),
    DUE_AT: longTime(d.dueAt),
    ISSUED_ON: longDate(d.receivedAt),
    TRACKER_URL: trackerUrl,
    TRACKER_PATH: `${origin}/demo/tra-cuu-ho-so.html`,
  };
  let html = page;
  for (const [key, value] of Object.entries(values)) html = html.replaceAll(`%RECEIPT_${key}%`, escape(value));
  // The SVG is the library's own markup: an image with a text alternative, no script, no style attribute.
  const qr = svg.replace('<svg ', `<svg role="img" aria-labelledby="qr-caption" class="qr" `);
  return html.replace('%RECEIPT_QR%', qr);
}
