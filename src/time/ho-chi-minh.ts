/**
 * Dates in Asia/Ho_Chi_Minh, whatever the browser's time zone. Vietnam keeps UTC+07:00 all year (no daylight
 * saving since 1975), so a fixed offset is exact and cheaper than Intl time-zone formatting.
 */

export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch, or null for a missing or unparsable timestamp. */
export function parseInstant(iso: string | undefined | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** The calendar day in Vietnam as a whole number (days since 1970-01-01 in UTC+7). */
export const vnDay = (ms: number): number => Math.floor((ms + VN_OFFSET_MS) / DAY_MS);

/** Whole calendar days from `from` to `to` in Vietnam (positive when `to` is later). */
export const vnDaysBetween = (fromMs: number, toMs: number): number => vnDay(toMs) - vnDay(fromMs);

/**
 * The wall clock in Vietnam at `iso`: year, month, day, hour and minute, two digits at least; null for a missing
 * or unparsable timestamp.
 */
function vnParts(iso: string | undefined | null): string[] | null {
  const ms = parseInstant(iso);
  if (ms === null) return null;
  const d = new Date(ms + VN_OFFSET_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()].map((n) => String(n).padStart(2, '0'));
}

/** "20/11/2026" — the order Vietnamese readers expect, in both languages. Empty for a bad timestamp. */
export function formatDate(iso: string | undefined | null): string {
  const p = vnParts(iso);
  return p ? `${p[2]}/${p[1]}/${p[0]}` : '';
}

/** "20/11/2026 08:30": date first, as on the receipt. */
export function formatDateTime(iso: string | undefined | null): string {
  const p = vnParts(iso);
  return p ? `${p[2]}/${p[1]}/${p[0]} ${p[3]}:${p[4]}` : '';
}

/** The machine-readable value for a `<time datetime>` attribute, in Vietnam's offset. */
export function isoInVietnam(iso: string | undefined | null): string {
  const p = vnParts(iso);
  return p ? `${p[0]}-${p[1]}-${p[2]}T${p[3]}:${p[4]}+07:00` : '';
}
