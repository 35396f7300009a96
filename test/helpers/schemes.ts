import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { expectFocusRing, expectVisible, paintOf } from './visibility.js';

/**
 * The four ways a page and a citizen decide the widgets' colours, set up in this browser. Chromium emulates the
 * citizen's preference (`emulateMedia`) and forced colours (the `forced-colors` server command); where an engine
 * cannot, the scheme says so in its title and the test does the nearest check it can instead.
 */
export interface Scheme {
  /** For the test name: the situation, and how it is produced in this browser. */
  readonly title: string;
  /** Inline style of the container the widgets sit in: the webmaster's CSS. */
  readonly containerStyle: string;
  /** Whether the situation is really produced (false: a replacement check runs instead). */
  readonly emulated: boolean;
  enter(): Promise<void>;
  leave(): Promise<void>;
  /** Extra checks on a mounted widget in this scheme (the replacement check where the emulation is missing). */
  check(host: Element): void;
}

async function canEmulateColorScheme(): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: 'dark' });
  } catch {
    return false;
  }
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  await emulateMedia({ colorScheme: 'light' });
  return dark && matchMedia('(prefers-color-scheme: light)').matches;
}

async function canForceColors(): Promise<boolean> {
  try {
    await executeServerCommand('forced-colors', { active: true });
  } catch {
    return false;
  }
  const active = matchMedia('(forced-colors: active)').matches;
  await executeServerCommand('forced-colors', { active: false });
  return active;
}

/** A page with its own canvas and text colour, as `color-scheme` makes them (axe reads them from the body). */
function paintPage(scheme: string) {
  document.documentElement.style.colorScheme = scheme;
  document.body.style.background = 'Canvas';
  document.body.style.color = 'CanvasText';
}
function unpaintPage() {
  document.documentElement.style.colorScheme = '';
  document.body.style.background = '';
  document.body.style.color = '';
}

const SYSTEM_COLORS = /^(Canvas|CanvasText|LinkText|VisitedText|ActiveText|ButtonFace|ButtonText|ButtonBorder|Field|FieldText|Highlight|HighlightText|SelectedItem|SelectedItemText|Mark|MarkText|GrayText|AccentColor|AccentColorText)$/i;

/** Every sheet a widget's class adopts, tokens first. */
export function sheetsOf(tag: string): CSSStyleSheet[] {
  const cls = customElements.get(tag) as unknown as { elementStyles: (CSSStyleSheet | { styleSheet?: CSSStyleSheet })[] } | undefined;
  if (!cls) throw new Error(`<${tag}> is not defined`);
  return cls.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!)).filter(Boolean);
}

function* styleRules(rules: CSSRuleList): Generator<CSSStyleRule> {
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) yield rule;
    else if ('cssRules' in rule) yield* styleRules((rule as CSSGroupingRule).cssRules);
  }
}

/**
 * The replacement check for forced colours where the browser cannot be put in that mode: the widget's
 * forced-colours rules give every private colour token (`--_*` set to a colour) a system colour.
 */
export function expectForcedColorRules(host: Element): void {
  const sheets = sheetsOf(host.localName);
  const tokens = new Set<string>();
  const forced = new Map<string, string>();
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText)) {
        for (const r of styleRules(rule.cssRules)) for (const p of r.style) if (p.startsWith('--_')) forced.set(p, r.style.getPropertyValue(p).trim());
      } else if (rule instanceof CSSStyleRule || rule instanceof CSSSupportsRule) {
        const rules = rule instanceof CSSStyleRule ? [rule] : styleRules(rule.cssRules);
        for (const r of rules) for (const p of r.style) if (p.startsWith('--_') && /#[0-9a-f]{3,8}\b/i.test(r.style.getPropertyValue(p))) tokens.add(p);
      }
    }
  }
  expect(tokens.size, 'colour tokens found').to.be.greaterThan(0);
  const unmapped = [...tokens].filter((t) => !SYSTEM_COLORS.test(forced.get(t) ?? ''));
  expect(unmapped, 'colour tokens without a system colour in forced-colours mode').to.deep.equal([]);
}

/** The four schemes, each set up as well as this browser allows. Call once per test file (top-level await). */
export async function colourSchemes(): Promise<Scheme[]> {
  const media = await canEmulateColorScheme();
  const forced = await canForceColors();
  const none = () => {};
  return [
    {
      title: media ? 'light page, citizen prefers light' : 'light page (prefers-color-scheme left as the browser has it)',
      containerStyle: '',
      emulated: true,
      enter: async () => {
        if (media) await emulateMedia({ colorScheme: 'light' });
        paintPage('');
      },
      leave: async () => unpaintPage(),
      check: none,
    },
    media
      ? {
          title: 'light page with --dvc-color-scheme: light dark, citizen prefers dark',
          containerStyle: '--dvc-color-scheme: light dark',
          emulated: true,
          enter: async () => {
            await emulateMedia({ colorScheme: 'dark' });
            paintPage('');
          },
          leave: async () => {
            await emulateMedia({ colorScheme: 'light' });
            unpaintPage();
          },
          check: none,
        }
      : {
          // What `light dark` gives a citizen who prefers dark, without the emulation: the widgets in their dark
          // scheme on a light page.
          title: 'light page with --dvc-color-scheme: dark (no prefers-color-scheme emulation in this browser: replaces light dark + prefers dark)',
          containerStyle: '--dvc-color-scheme: dark',
          emulated: false,
          enter: async () => paintPage(''),
          leave: async () => unpaintPage(),
          check: none,
        },
    {
      title: 'dark page (color-scheme: dark)',
      containerStyle: '',
      emulated: true,
      enter: async () => paintPage('dark'),
      leave: async () => unpaintPage(),
      check: none,
    },
    forced
      ? {
          title: 'forced colours (Windows high contrast)',
          containerStyle: '',
          emulated: true,
          enter: async () => {
            await executeServerCommand('forced-colors', { active: true });
            paintPage('');
          },
          leave: async () => {
            await executeServerCommand('forced-colors', { active: false });
            unpaintPage();
          },
          check: (host) => expect(matchMedia('(forced-colors: active)').matches, `forced colours on for <${host.localName}>`).to.equal(true),
        }
      : {
          title: 'forced colours (not emulated in this browser: checks that every colour token has a system colour there)',
          containerStyle: '',
          emulated: false,
          enter: async () => paintPage(''),
          leave: async () => unpaintPage(),
          check: expectForcedColorRules,
        },
  ];
}

const LIGHT_DARK = /light-dark\(/;

/**
 * Makes every widget on the page render as in a browser without `light-dark()` (Safari 16.4–17.4, Chrome
 * 111–122, Firefox 115–119): `@supports` blocks that test for it are skipped, a declaration that uses it is
 * dropped, and a custom property holding it becomes a value that fails where it is used. Returns the undo.
 * The sheets are the classes' shared constructed sheets, so this applies to every instance until undone.
 */
export function withoutLightDark(tags: string[]): () => void {
  const sheets = [...new Set(tags.flatMap(sheetsOf))];
  const saved = sheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n'));
  const strip = (rules: CSSRuleList, owner: { deleteRule(i: number): void }) => {
    for (let i = rules.length - 1; i >= 0; i--) {
      const rule = rules[i];
      if (rule instanceof CSSSupportsRule && LIGHT_DARK.test(rule.conditionText)) owner.deleteRule(i);
      else if (rule instanceof CSSStyleRule) {
        for (const p of [...rule.style]) {
          const value = rule.style.getPropertyValue(p);
          if (!LIGHT_DARK.test(value)) continue;
          if (p.startsWith('--')) rule.style.setProperty(p, value.replace(/light-dark\(/g, 'unsupported-light-dark('));
          else rule.style.removeProperty(p);
        }
      } else if ('cssRules' in rule) strip((rule as CSSGroupingRule).cssRules, rule as CSSGroupingRule);
    }
  };
  for (const sheet of sheets) strip(sheet.cssRules, sheet);
  return () => sheets.forEach((s, i) => s.replaceSync(saved[i]));
}

/** `light-dark()` used outside an `@supports` test for it: a colour with no fallback in older browsers. */
export function lightDarkWithoutFallback(tags: string[]): string[] {
  const found: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSSupportsRule && LIGHT_DARK.test(rule.conditionText)) continue;
      if (rule instanceof CSSStyleRule) {
        for (const p of rule.style) if (LIGHT_DARK.test(rule.style.getPropertyValue(p))) found.push(`${rule.selectorText} { ${p} }`);
      } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of new Set(tags.flatMap(sheetsOf))) walk(sheet.cssRules);
  return found;
}

/**
 * Everything a citizen needs to read and operate `host` in `scheme`: axe (colour contrast among its rules),
 * text, buttons and field borders at their contrast (`expectVisible`), and the focus ring reached with Tab from
 * `before`, a control placed just before the widget.
 */
export async function expectReadableIn(scheme: Scheme, host: Element, before: HTMLElement): Promise<void> {
  scheme.check(host);
  expectVisible(host);
  await expectFocusRing(before);
  await expect(host).to.be.accessible();
}

/**
 * The check of the fallback path for `tags` (the widget and the widgets inside it): no `light-dark()` outside its
 * `@supports` test; then, rendered as a browser without it renders them, every colour and border is the one a
 * current browser shows in the light scheme, and text, buttons, borders and the focus ring are visible.
 */
export async function expectFallbackLooksLight(
  tags: string[],
  mount: () => Promise<{ el: Element; before: HTMLElement }>,
  light: Scheme,
): Promise<void> {
  expect(lightDarkWithoutFallback(tags), 'light-dark() with no fallback').to.deep.equal([]);
  await light.enter();
  let undo = () => {};
  try {
    const { el, before } = await mount();
    const current = paintOf(el);
    undo = withoutLightDark(tags);
    const changed = paintOf(el).filter((line, i) => line !== current[i]);
    expect(changed, 'colours that differ without light-dark()').to.deep.equal([]);
    await expectReadableIn(light, el, before);
  } finally {
    undo();
    await light.leave();
  }
}
