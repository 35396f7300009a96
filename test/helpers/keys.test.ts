import { expect, fixture, html } from '@open-wc/testing';
import { pressOn } from './keys.js';

// `pressOn` presses a key once more only when the first press never arrived (see keys.ts). Its own tests: a
// button whose effect comes late, the way the QR dialog opens once its part has downloaded on a loaded machine,
// and a key lost on its way.
describe('pressOn (a test helper)', () => {
  it('a key that arrived and whose effect is slow is not pressed a second time', async () => {
    let presses = 0;
    let done = false;
    const button = await fixture<HTMLButtonElement>(html`<button type="button">Quét mã QR</button>`);
    button.addEventListener('click', () => {
      presses++;
      setTimeout(() => (done = true), 2500);
    });
    await pressOn(button, 'Enter', () => done);
    expect(presses).to.equal(1);
  });

  it('a key that never arrived is pressed once more', async () => {
    let presses = 0;
    let enters = 0;
    const button = await fixture<HTMLButtonElement>(html`<button type="button">Quét mã QR</button>`);
    button.addEventListener('click', () => presses++);
    // The first Enter is lost on its way to the button, the way WebKitGTK's window now and then drops one.
    const drop = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || enters++ > 0) return;
      e.stopImmediatePropagation();
      e.preventDefault();
    };
    window.addEventListener('keydown', drop, { capture: true });
    try {
      await pressOn(button, 'Enter', () => presses > 0);
    } finally {
      window.removeEventListener('keydown', drop, { capture: true });
    }
    expect([enters, presses]).to.deep.equal([2, 1]);
  });

  it('a key with no effect still fails the wait, naming its condition', async () => {
    const button = await fixture<HTMLButtonElement>(html`<button type="button">Hủy</button>`);
    const failure = await pressOn(button, 'Enter', () => false).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(failure).to.contain('condition not met');
  });
});
