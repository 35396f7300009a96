// The build's squeezing of Lit templates (rollup.config.js): white space that renders the same goes, content a
// citizen sees or types into stays as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyLitHtml } from '../../rollup.config.js';

const squeeze = (code) => minifyLitHtml().transform(code, '/repo/src/components/x/x.ts')?.code ?? code;

test('indentation inside html templates becomes one space, in nested templates too', () => {
  const code = 'const t = html`<p>\n      ${a ? html`<b>\n   x\n  </b>` : nothing}\n    </p>`;';
  assert.equal(squeeze(code), 'const t = html`<p> ${a ? html`<b> x </b>` : nothing} </p>`;');
});

test('a template with text inside a <textarea> or a <pre> is left as written', () => {
  for (const code of [
    'const t = html`<label>\n  Ý kiến</label>\n  <textarea>\n  Nội dung có sẵn\n</textarea>`;',
    'const t = html`<div>\n  <pre>${code}\n    thụt lề\n  </pre>\n</div>`;',
  ]) {
    assert.equal(squeeze(code), code);
  }
});

test('an empty <textarea> whose value is bound (the form\'s message field) does not keep its template from being squeezed', () => {
  const code = 'const t = html`<div>\n  <textarea id="message"\n    .value=${v} @input=${f}></textarea>\n  <p>đếm</p>\n</div>`;';
  assert.equal(squeeze(code), 'const t = html`<div> <textarea id="message" .value=${v} @input=${f}></textarea> <p>đếm</p> </div>`;');
});
