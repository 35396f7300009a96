import { build, type Attrs } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The shapes of an icon, drawn in a 16×16 box: each an SVG element's name and attributes. */
export type IconShapes = readonly (readonly [tag: string, attrs: Attrs])[];

/**
 * The frame of every widget's icons: a decorative 16×16 `<svg>` (the text beside each icon says the same thing),
 * drawn in `currentColor` by its shapes so that it follows the tokens, dark schemes and forced colours. Built as
 * elements (src/base/dom.ts), so the badge needs no template library; a template shows one as a child.
 */
export const iconElement = (shapes: IconShapes): SVGSVGElement =>
  build(
    document.createElementNS(SVG, 'svg'),
    { class: 'icon', part: 'icon', viewBox: '0 0 16 16', width: '16', height: '16', 'aria-hidden': 'true', focusable: 'false' },
    shapes.map(([tag, attrs]) => build(document.createElementNS(SVG, tag), attrs, [])),
  );
