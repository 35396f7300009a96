import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { UrlState, type UrlValues } from '../../src/base/url-state.js';
import { until } from '../helpers/mock-api.js';
import { pageUrl, restorePageUrl, setPageUrl } from '../helpers/page-url.js';

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
    // The history calls as made (the session history itself is shared by every test file of this page and capped
    // by the browser, so its entries are not counted here; the widgets' link tests go Back and Forward for real).
    const calls: string[] = [];
    /** `push ?x=1&q=a#h`: the method and the test's own parameters of the URL written (the runner's left out). */
    const call = (method: string, url: string | URL | null | undefined) => {
      const u = new URL(String(url), location.href);
      const ours = new URLSearchParams([...u.searchParams].filter(([k]) => k === 'x' || k === 'q'));
      return `${method} ?${ours}${u.hash}`;
    };
    const { pushState, replaceState } = history;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      calls.push(call('push', args[2]));
      return pushState.apply(this, args);
    };
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      calls.push(call('replace', args[2]));
      return replaceState.apply(this, args);
    };
    try {
      const el = await fixture<UrlProbe>(html`<dvc-url-probe></dvc-url-probe>`);
      el.setAttribute('url-state', '');
      await el.updateComplete;
      el.url.push({ q: 'a' });
      el.url.replace({ q: 'ab' });
      el.url.push({ q: 'abc' });
      await until(() => pageUrl() === '?x=1&q=abc#h');
      expect(calls).to.deep.equal(['push ?x=1&q=a#h', 'replace ?x=1&q=ab#h', 'push ?x=1&q=abc#h']);
    } finally {
      history.pushState = pushState;
      history.replaceState = replaceState;
    }
  });

  it('Back brings the earlier state to the widget that owns the URL', async () => {
    setPageUrl('?x=1');
    const el = await fixture<UrlProbe>(html`<dvc-url-probe url-state></dvc-url-probe>`);
    el.url.push({ q: 'one' });
    el.url.push({ q: 'two' });
    await until(() => pageUrl() === '?x=1&q=two');
    // Back, as the browser does it: the entry's URL is in place when popstate fires.
    setPageUrl('?x=1&q=one');
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
    await until(() => el.restored.length === 1);
    expect(el.restored[0]).to.deep.equal({ q: 'one' });
  });
});
