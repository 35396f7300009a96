/**
 * The screenshots' clock: every story sees the same "now" (Monday 16 March 2026, 09:00 in Hà Nội), so dates, days
 * left and "late by" in the sample dossiers draw the same pixels on any day. Loaded before the stories and the mock
 * data, which date the sample dossiers from "now". The test framework keeps its own clock.
 */
const FIXED_NOW = Date.parse('2026-03-16T09:00:00+07:00');
const RealDate = Date;

class FixedDate extends RealDate {
  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    if (args.length === 0) super(FIXED_NOW);
    else super(...(args as ConstructorParameters<DateConstructor>));
  }

  static override now(): number {
    return FIXED_NOW;
  }
}

globalThis.Date = FixedDate as DateConstructor;
