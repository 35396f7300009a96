import { expect, fixture, html } from '@open-wc/testing';
import { delay } from 'msw';
import '../../src/components/feedback-form/feedback-form.js';
import { API, holdModule, useMockApi, until } from '../helpers/mock-api.js';
import { $, SUBMISSION_MODULE } from './feedback-form-helpers.js';

/**
 * A phone's tap focuses no radio or button in Safari: the code that sends is asked for at the touch, not only at
 * a focus, so it is on its way before the citizen presses "Gửi". A file of its own: the code is fetched once per
 * page, and this page has not fetched it yet.
 */
describe('<dvc-feedback-form>: a tap that focuses nothing', () => {
  it('touching a rating fetches the code that sends, once', async () => {
    const worker = await useMockApi();
    const { asked, release } = holdModule(worker, SUBMISSION_MODULE);
    const el = await fixture(html`<dvc-feedback-form api-base=${API} procedure="1.001193"></dvc-feedback-form>`);
    await delay(50);
    expect(asked, 'nothing fetched with the page').to.deep.equal([]);
    // What a tap on a phone delivers to a radio in Safari: the pointer's events, and no focus.
    const radio = $(el as never, '#rating-satisfied');
    for (const type of ['pointerdown', 'pointerup']) radio.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType: 'touch' }));
    expect(el.shadowRoot!.activeElement === null, 'nothing focused').to.equal(true);
    await until(() => asked.length === 1);
    // A second touch asks for nothing more.
    $(el as never, '#rating-dissatisfied').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
    release();
    await delay(100);
    expect(asked).to.have.length(1);
  });
});
