import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/**
 * What a citizen can actually see, measured from computed styles: colours, the background behind them, WCAG
 * contrast ratios, borders and focus rings. axe checks text contrast; these checks add what it does not (buttons,
 * field borders and the focus ring, WCAG 1.4.11) and give the numbers a failure message can show.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`) as 0–255 channels and alpha 0–1. */
export function parseColor(value: string): Rgba {
  const rgb = value.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
  if (rgb) {
    const a = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : parseFloat(rgb[4]);
    return { r: +rgb[1], g: +rgb[2], b: +rgb[3], a };
  }
  const srgb = value.match(/^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)$/);
  if (srgb) return { r: +srgb[1] * 255, g: +srgb[2] * 255, b: +srgb[3] * 255, a: srgb[4] === undefined ? 1 : +srgb[4] };
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  throw new Error(`unexpected computed colour: ${value}`);
}

const over = (top: Rgba, below: Rgba): Rgba => ({
  r: top.r * top.a + below.r * (1 - top.a),
  g: top.g * top.a + below.g * (1 - top.a),
  b: top.b * top.a + below.b * (1 - top.a),
  a: 1,
});

function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG 2 contrast ratio of two opaque colours, rounded to two decimals. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
}

/** The parent in the flattened tree: out of a shadow root to its host. */
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** The page's own colour under everything (the canvas): the root's or the body's background, else white. */
function pageColor(): Rgba {
  for (const el of [document.documentElement, document.body]) {
    const c = parseColor(getComputedStyle(el).backgroundColor);
    if (c.a > 0) return over(c, { r: 255, g: 255, b: 255, a: 1 });
  }
  return { r: 255, g: 255, b: 255, a: 1 };
}

/** The opaque colour behind `el`'s content: its own background and its ancestors', composited onto the page. */
export function backgroundOf(el: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = el; node && node !== document.documentElement && node !== document.body; node = parentOf(node)) {
    const c = parseColor(getComputedStyle(node).backgroundColor);
    if (c.a > 0) layers.push(c);
    if (c.a === 1) break;
  }
  return layers.reduceRight((below, top) => over(top, below), pageColor());
}

export const colorOf = (el: Element, property = 'color') => parseColor(getComputedStyle(el).getPropertyValue(property));

/** Every element of `root`, and of the shadow roots inside it (a search's result badges). */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

const rendered = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
// Text meant for screen readers only, and texts the browser itself draws (a select's options).
const offScreen = (el: Element) => !!el.closest('.visually-hidden, option, select');

/** Elements that show text of their own (a non-blank text node as a direct child). */
export function textElements(host: Element): Element[] {
  return [...deepElements(host.shadowRoot!)].filter(
    (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && rendered(el) && !offScreen(el),
  );
}

/** A short name for a node in failure messages (never the node itself: serialising it hangs the runner). */
export const describeNode = (el: Element) =>
  `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}${
    el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''
  } "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;

/** Visible text, buttons and field borders of a widget, with the contrast each has (for the checks and the report). */
export function measure(host: Element) {
  const text = textElements(host).map((el) => ({ el, ratio: contrast(over(colorOf(el), backgroundOf(el)), backgroundOf(el)), alpha: colorOf(el).a }));
  const buttons = [...deepElements(host.shadowRoot!)]
    .filter((el): el is HTMLButtonElement => el instanceof HTMLButtonElement && !el.disabled && rendered(el))
    .map((el) => {
      const around = backgroundOf(parentOf(el));
      const style = getComputedStyle(el);
      const fill = contrast(backgroundOf(el), around);
      const border = style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) === 0 ? 0 : contrast(over(colorOf(el, 'border-top-color'), around), around);
      return { el, shape: Math.max(fill, border), label: contrast(over(colorOf(el), backgroundOf(el)), backgroundOf(el)) };
    });
  const fields = [...deepElements(host.shadowRoot!)]
    .filter((el) => el.matches('input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]), select, textarea') && rendered(el) && !el.closest('[inert]'))
    .map((el) => {
      const style = getComputedStyle(el);
      const around = backgroundOf(parentOf(el));
      const border = style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) === 0 ? 0 : contrast(over(colorOf(el, 'border-top-color'), around), around);
      return { el, border };
    });
  return { text, buttons, fields };
}

/**
 * Text at 4.5:1 at least against what is behind it (never transparent), every button's label at 4.5:1 and its box
 * (fill or border, if it has one) at 3:1 against its surroundings, and every text field's border at 3:1.
 */
export function expectVisible(host: Element): void {
  const { text, buttons, fields } = measure(host);
  expect(text.length, 'some text is shown').to.be.greaterThan(0);
  const faint = text.filter((t) => t.alpha === 0 || t.ratio < 4.5).map((t) => `${describeNode(t.el)} ${t.ratio}:1`);
  expect(faint, 'text below 4.5:1').to.deep.equal([]);
  // A button is a box at 3:1 against its surroundings (fill or border), or plain text with no box at all (a
  // result's name): never a faint box. Its label reads at 4.5:1 either way.
  const lost = buttons
    .filter((b) => b.label < 4.5 || (b.shape < 3 && b.shape > 1.05))
    .map((b) => `${describeNode(b.el)} shape ${b.shape}:1, label ${b.label}:1`);
  expect(lost, 'buttons that cannot be seen').to.deep.equal([]);
  const borderless = fields.filter((f) => f.border < 3).map((f) => `${describeNode(f.el)} border ${f.border}:1`);
  expect(borderless, 'fields without a visible border').to.deep.equal([]);
}

/** The element with keyboard focus, looked up through shadow roots. */
export function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The colour of a box-shadow ring (`<color> 0px 0px 0px <spread>`) at least `width` px wide, if there is one. */
function shadowRing(el: Element, width: number): Rgba | null {
  const m = getComputedStyle(el).boxShadow.match(/^(rgba?\([^)]*\)|color\([^)]*\)) 0px 0px 0px ([\d.]+)px$/);
  return m && parseFloat(m[2]) >= width ? parseColor(m[1]) : null;
}

/**
 * Tabs from `start` (a control placed before the widget) to the widget's first control and measures the focus
 * ring there: its style, its width, and its contrast with the colours on either side of it: inside, the gap
 * between the control and the ring (a surface-coloured box-shadow, or what is behind the control), outside,
 * what is behind the control. A ring reads as long as one side contrasts along its whole length.
 */
export async function focusRingAfter(
  start: HTMLElement,
): Promise<{ target: string; style: string; width: number; inside: number; outside: number }> {
  start.focus();
  await sendKeys({ press: 'Tab' });
  const target = deepActiveElement();
  if (!target || target === start) throw new Error('Tab did not move focus into the widget');
  const style = getComputedStyle(target);
  const offset = parseFloat(style.outlineOffset);
  const around = backgroundOf(parentOf(target));
  const gap = offset > 0 ? shadowRing(target, offset) ?? around : backgroundOf(target);
  const ring = colorOf(target, 'outline-color');
  const ratio = (behind: Rgba) => (ring.a === 0 ? 0 : contrast(over(ring, behind), behind));
  return {
    target: describeNode(target),
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    inside: ratio(over(gap, around)),
    outside: ratio(around),
  };
}

export async function expectFocusRing(start: HTMLElement): Promise<void> {
  const ring = await focusRingAfter(start);
  expect(ring.style, `outline style of ${ring.target}`).not.to.equal('none');
  expect(ring.width, `outline width of ${ring.target}`).to.be.at.least(2);
  expect(Math.max(ring.inside, ring.outside), `focus ring contrast of ${ring.target} (inside ${ring.inside}:1, outside ${ring.outside}:1)`).to.be.at.least(3);
}

const PAINT = ['color', 'background-color', 'border-top-color', 'border-top-style', 'border-left-color', 'border-left-style', 'outline-color', 'fill', 'stroke'];

/** The colours and border styles of every element of a widget, one line each, to compare two renderings. */
export function paintOf(host: Element): string[] {
  return [...deepElements(host.shadowRoot!)].flatMap((el) => {
    const style = getComputedStyle(el);
    return PAINT.map((p) => `${describeNode(el)} ${p}: ${style.getPropertyValue(p)}`);
  });
}
