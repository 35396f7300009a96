// A host page's own web components (what a province's developers might write, not the library), each with a badge
// inside its shadow root, for the loader's shadow-root tests. Which ones exist depends on the page's `?case=`:
// - `open`: <agency-card> is defined before the library's script runs, so its open shadow root is there when
//   the loader looks;
// - `later`: <agency-card> is defined only by `defineAgencyCard()`, after the page has loaded (a component
//   library loaded after the loader);
// - `closed`: <agency-card> keeps its shadow root closed (`window.closedRoot`, for the test to look inside) and
//   hands it to the loader with `discover(root)` only when `handOver()` is called.
const params = new URLSearchParams(location.search);
const BADGE = '<dvc-service-level-badge level="full"></dvc-service-level-badge>';

class AgencyCard extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: params.get('case') === 'closed' ? 'closed' : 'open' });
    root.innerHTML = `<p>Sở Tư pháp: mức độ dịch vụ</p>${BADGE}`;
    if (root.mode === 'closed') window.closedRoot = root;
  }
}

window.defineAgencyCard = () => customElements.define('agency-card', AgencyCard);
window.handOver = async () => {
  const loader = document.querySelector('script[src*="dvc-elements"]').src;
  const { discover } = await import(loader);
  await discover(window.closedRoot);
};
if (params.get('case') !== 'later') window.defineAgencyCard();
