/**
 * Elements built from code, without a template engine: the badge renders this way, so that a page of badges
 * downloads no template library (service-level-badge.ts), and so are every widget's icons (icon.ts). Text
 * children become text nodes, never HTML, so text from the API or an attribute is shown as written.
 */

/** Attributes; one that is null, undefined or false is left out. */
export type Attrs = Readonly<Record<string, string | false | null | undefined>>;

/** An element's children: elements, and strings that become text. */
export type Children = readonly (Node | string)[];

/** Sets `attrs` on `el` (an HTML or SVG element) and appends `children` to it. */
export function build<E extends Element>(el: E, attrs: Attrs, children: Children): E {
  for (const [name, value] of Object.entries(attrs)) if (value != null && value !== false) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** `h('span', { class: 'badge', part: 'badge' }, icon, 'text')`. */
export const h = (tag: string, attrs: Attrs = {}, ...children: Children): HTMLElement =>
  build(document.createElement(tag), attrs, children);
