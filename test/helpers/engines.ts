/**
 * The engine a test file runs in, and the few tests an engine's automation cannot run as written.
 *
 * Every test runs in Chromium, Firefox and WebKit. Where an engine lacks what a test needs (WebKitWebDriver has no
 * media emulation), the test is not skipped: `itNeeds` runs the closest check that engine allows instead, and the
 * test's title in that engine says what it cannot do and what runs in its place.
 */

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

const LABELS: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** What a test may need that not every engine offers, and why each engine that lacks it does. */
const LACKING = {
  /** `executeServerCommand('forced-colors', …)`. */
  'forced-colors': {
    webkit: 'no forced-colours mode exists in WebKit (Safari runs on no system with Windows high contrast)',
  },
  /** `emulateMedia({ media: 'print' })`. */
  'print-media': { webkit: 'WebKitWebDriver cannot emulate print media' },
  /** `emulateMedia({ colorScheme })`. */
  'color-scheme': { webkit: 'WebKitWebDriver cannot emulate prefers-color-scheme' },
} satisfies Record<string, Partial<Record<Engine, string>>>;

export type Capability = keyof typeof LACKING;

/** Why this engine cannot do `capability`, or undefined when it can. */
export const lacks = (capability: Capability): string | undefined => (LACKING[capability] as Partial<Record<Engine, string>>)[engine];

/**
 * `it(title, test)` where the engine can do `capability`; elsewhere `it` with `instead.run`, titled
 * "<title> [WebKit cannot …; instead: <instead.check>]".
 */
export function itNeeds(capability: Capability, title: string, test: Mocha.Func, instead: { check: string; run: Mocha.Func }): Mocha.Test {
  const reason = lacks(capability);
  if (!reason) return it(title, test);
  return it(`${title} [${LABELS[engine]}: ${reason}; instead: ${instead.check}]`, instead.run);
}
