import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { UrlState, type UrlValues } from '../../src/base/url-state.js';
import { until } from '../helpers/mock-api.js';
import { pageUrl, restorePageUrl, setPageUrl, travel } from '../helpers/page-url.js';

/** A widget keeping `q` in the URL when its `url-state` attribute is set, as the search and the tracker do. */
class UrlProbe extends LitElement {
  static override properties = { urlState: { attribute: 'url-state', type: Boolean } };
  declare urlState: boolean;
  restored: UrlValues[] = [];
  readonly url = new UrlState(this, {
    keys: () => ['q'],
    enabled: () => !!this.urlState,
    restore: (values) => void this.restored.push(values),
    fallbackFocus: () => null,
  });
}
customElements.define('dvc-url-probe', UrlProbe);

describe('URL state', () => {
  afterEach(() => restorePageUrl());

  it('reads the parameters without url-state, and never writes them', async () => {
    setPageUrl('?q=abc&x=1');
    const el = await fixture<UrlProbe>(html`<dvc-url-probe></dvc-url-probe>`);
    expect(el.url.read()).to.deep.equal({ q: 'abc' });
    expect(el.url.on).to.equal(false);
    el.url.push({ q: 'def' });
    await new Promise((r) => setTimeout(r, 100));
    expect(pageUrl()).to.equal('?q=abc&x=1');
  });

  it('given url-state later, writes its steps once the writing has arrived, in order, keeping the page’s parameters', async () => {
    setPageUrl('?x=1', '#h');
    // An entry of the test's own below the widget's: Back never leaves the test page, even if a step were lost.
    history.pushState({ below: true }, '', location.href);
    const el = await fixture<UrlProbe>(html`<dvc-url-probe></dvc-url-probe>`);
    el.setAttribute('url-state', '');
    await el.updateComplete;
    el.url.push({ q: 'a' });
    el.url.replace({ q: 'ab' });
    el.url.push({ q: 'abc' });
    await until(() => pageUrl() === '?x=1&q=abc#h');
    // Two entries (history.length is capped by the browser, so Back tells them): the typing rewrote the first.
    await travel(-1);
    expect(pageUrl()).to.equal('?x=1&q=ab#h');
    await travel(-1);
    expect(pageUrl()).to.equal('?x=1#h');
    expect((history.state as { below?: boolean } | null)?.below, 'the entry below the widget’s two').to.equal(true);
  });

  it('Back brings the earlier state to the widget that owns the URL', async () => {
    setPageUrl('?x=1');
    const el = await fixture<UrlProbe>(html`<dvc-url-probe url-state></dvc-url-probe>`);
    el.url.push({ q: 'one' });
    el.url.push({ q: 'two' });
    await until(() => pageUrl() === '?x=1&q=two');
    await travel(-1);
    await until(() => el.restored.length === 1);
    expect(el.restored[0]).to.deep.equal({ q: 'one' });
  });
});
