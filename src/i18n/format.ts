import type { Lang } from '../api/types.js';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

/** 1671 → "1.671" (vi) or "1,671" (en). */
export const formatNumber = (n: number, lang: Lang, digits = 0): string => numberFormat(lang, digits).format(n);

/**
 * 0.623 → "62,3%" (vi: decimal comma, the sign close up, as Vietnamese reports write it) or "62.3%" (en). Cut to
 * the tenth, not rounded: 2,999 dossiers on time out of 3,000 are "99,9%", never "100%", which would say that
 * none was late.
 */
export function formatPercent(ratio: number, lang: Lang): string {
  return `${formatNumber(Math.floor(ratio * 1000) / 10, lang, 1)}%`;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/**
 * Picks the plural form for a count. Vietnamese has one form ("other"); English has "one" and "other".
 */
export function plural(n: number, lang: Lang, forms: { one?: string; other: string }): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  const form = rules.select(n) === 'one' && forms.one !== undefined ? forms.one : forms.other;
  return form.replace('{n}', formatNumber(n, lang));
}
