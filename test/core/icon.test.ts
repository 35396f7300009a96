import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { TemplateResultType, isTemplateResult } from 'lit/directive-helpers.js';
import { iconSvg } from '../../src/base/icon.js';
import { statusIcons } from '../../src/components/dossier-tracker/icons.js';
import { levelIcons } from '../../src/components/service-level-badge/icons.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The frame every widget's icons are drawn in (one helper for all widgets). */
describe('icons', () => {
  it('the frame is an html template (it is itself the <svg> element); the shapes inside are svg templates', () => {
    const shapes = levelIcons.full;
    expect(isTemplateResult(iconSvg(shapes), TemplateResultType.HTML)).to.equal(true);
    expect(isTemplateResult(shapes, TemplateResultType.SVG)).to.equal(true);
  });

  const all = { ...Object.fromEntries(Object.entries(statusIcons).map(([k, v]) => [`status ${k}`, v])), ...levelIcons };
  for (const [name, shapes] of Object.entries(all)) {
    it(`${name}: one decorative <svg> in the SVG namespace, 16×16, holding its shapes`, () => {
      const host = document.createElement('div');
      render(iconSvg(shapes), host);
      const svgs = host.querySelectorAll('svg');
      expect(svgs.length).to.equal(1);
      const el = svgs[0];
      expect(host.firstElementChild === el).to.equal(true);
      expect(el.namespaceURI).to.equal(SVG_NS);
      expect(el.getAttribute('viewBox')).to.equal('0 0 16 16');
      expect(el.getAttribute('aria-hidden')).to.equal('true');
      expect(el.getAttribute('focusable')).to.equal('false');
      expect(el.getAttribute('part')).to.equal('icon');
      expect(el.children.length).to.be.greaterThan(0);
      for (const shape of el.querySelectorAll('*')) expect(shape.namespaceURI, shape.localName).to.equal(SVG_NS);
    });
  }
});
