import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { h } from '../../src/base/dom.js';
import { iconElement } from '../../src/base/icon.js';
import { statusIcons } from '../../src/components/dossier-tracker/icons.js';
import { levelIcons } from '../../src/components/service-level-badge/icons.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The frame every widget's icons are drawn in (one helper for all widgets), and the element builder under it. */
describe('icons', () => {
  const all = { ...Object.fromEntries(Object.entries(statusIcons).map(([k, v]) => [`status ${k}`, v])), ...levelIcons };
  for (const [name, shapes] of Object.entries(all)) {
    it(`${name}: one decorative <svg> in the SVG namespace, 16×16, holding its shapes`, () => {
      const el = iconElement(shapes);
      expect(el.localName).to.equal('svg');
      expect(el.namespaceURI).to.equal(SVG_NS);
      expect(el.getAttribute('viewBox')).to.equal('0 0 16 16');
      expect(el.getAttribute('aria-hidden')).to.equal('true');
      expect(el.getAttribute('focusable')).to.equal('false');
      expect(el.getAttribute('part')).to.equal('icon');
      expect(el.children.length).to.equal(shapes.length);
      for (const shape of el.querySelectorAll('*')) expect(shape.namespaceURI, shape.localName).to.equal(SVG_NS);
      // Drawn: the browser gives its shapes a size (an element in the wrong namespace would have none).
      document.body.append(el);
      try {
        expect(el.getBBox().width, 'drawn width').to.be.greaterThan(0);
      } finally {
        el.remove();
      }
    });
  }

  it('a template shows an icon as a child, as the search and the tracker do', () => {
    const host = document.createElement('div');
    render(html`<span>${iconElement(levelIcons.full)}</span>`, host);
    const svgs = host.querySelectorAll('svg');
    expect(svgs.length).to.equal(1);
    expect(svgs[0].namespaceURI).to.equal(SVG_NS);
    expect(svgs[0].querySelector('circle')?.getAttribute('r')).to.equal('7');
  });

  it('text given to the builder stays text: markup in it is shown as written, never parsed', () => {
    const hostile = '<img src="x" onerror="window.__dvcPwned = 1">Sở Tư pháp';
    const el = h('span', { class: 'a', title: null, hidden: false }, hostile);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal(hostile);
    expect(el.getAttributeNames()).to.deep.equal(['class']);
  });
});
