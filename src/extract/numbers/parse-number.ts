/**
 * Numbers as written in policy text: Arabic (with full-width digits already folded,
 * stray spaces, thousands separators), Chinese numerals, 万/亿 multipliers,
 * 百分之九十 and 千分之五.
 */
import { parseChineseNumeral } from './chinese-numerals';

/**
 * Regex source for a number token (Arabic or Chinese), bounded in length. OCR splits digits
 * with single spaces (6 000, 1 00, 9 7 .7): up to three such groups are read as one number,
 * and a number never starts inside another (the 000 of 6 000). A Chinese numeral may carry a
 * 点 decimal (四点五), never a clock time (九点三十分).
 */
export const NUMBER_SOURCE =
  '(?:(?<![\\d.]|\\d )\\d{1,9}(?: \\d{1,4}){0,3}(?:,\\d{3}){0,3}(?: ?\\.\\d{1,6})?|[零〇一二两三四五六七八九十百千]{1,8}(?:点[零〇一二三四五六七八九]{1,4}(?![十分钟时]))?)';

/** Regex source for a common fraction: 三分之一, 4分之1 (百分之/千分之 are read as % and ‰). */
export const FRACTION_SOURCE = '(?:[二两三四五六七八九十]|\\d{1,2})分之(?:[一二两三四五六七八九]|\\d{1,2})';

/** Regex source for a quantity: a number with an optional 万/亿 multiplier, or 百分之…/千分之…/百万分之…. */
export const QUANTITY_SOURCE = `(?:(?:百万|千万|十万|[百千万])分之${NUMBER_SOURCE}|${FRACTION_SOURCE}|${NUMBER_SOURCE}(?:[ \\t]{0,2}[万亿]){0,2})`;

/** Parses one number token (Arabic or Chinese, no multiplier). */
export function parseNumberToken(token: string): number | null {
  const t = token.replace(/[ \t,]/g, '');
  if (t.length === 0) return null;
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  const decimal = /^(.+)点(.+)$/.exec(t);
  if (decimal) {
    const whole = parseChineseNumeral(decimal[1] ?? '');
    const digits = [...(decimal[2] ?? '')].map((ch) => parseChineseNumeral(ch));
    if (whole === null || digits.some((d) => d === null || d > 9)) return null;
    return Number(`${whole}.${digits.join('')}`);
  }
  return parseChineseNumeral(t);
}

/** Units implied by a Chinese fraction's base: 百分之 → %, 千分之 → ‰, 十万分之 → /10万 …. */
const FRACTION_BASE_UNITS = {
  百: '%',
  千: '‰',
  万: '/万',
  十万: '/10万',
  百万: '/百万',
  千万: '/千万',
} as const;

/** A parsed quantity and the unit implied by how it was written (百分之 → %). */
export interface Quantity {
  value: number;
  /** The unit implied by 百分之/千分之/万分之/十万分之/百万分之/千万分之, else undefined. */
  impliedUnit?: (typeof FRACTION_BASE_UNITS)[keyof typeof FRACTION_BASE_UNITS];
}

/**
 * Parses a quantity such as `3 万`, `4.1万`, `6.5亿`, `一百一十六`, `百分之九十`, `千分之五`.
 * Returns null when it does not read as a number.
 */
export function parseQuantity(raw: string): Quantity | null {
  const s = raw.replace(/[ \t]/g, '');
  const fraction = /^([^百千万]{1,2})分之(.+)$/.exec(s);
  if (fraction) {
    // 三分之一 of a set of institutions: a share, given in per cent like the gold (33.33 %).
    const whole = parseNumberToken(fraction[1] ?? '');
    const part = parseNumberToken(fraction[2] ?? '');
    if (whole === null || part === null || whole === 0 || part > whole) return null;
    return { value: Math.round((part / whole) * 1e4) / 100, impliedUnit: '%' };
  }
  const pct = /^(百万|千万|十万|[百千万])分之(.+)$/.exec(s);
  if (pct) {
    const v = parseNumberToken(pct[2] ?? '');
    if (v === null) return null;
    return { value: v, impliedUnit: FRACTION_BASE_UNITS[pct[1] as keyof typeof FRACTION_BASE_UNITS] };
  }
  const m = /^(.*?)([万亿]{0,2})$/.exec(s);
  if (!m) return null;
  let body = m[1] ?? '';
  let mult = 1;
  for (const ch of m[2] ?? '') mult *= ch === '万' ? 1e4 : 1e8;
  // A Chinese numeral may carry 万/亿 itself (三千五百万); let the numeral parser take it.
  if (!/\d/.test(body) && body.includes('点')) {
    const v = parseNumberToken(body);
    return v === null ? null : { value: roundFloat(v * mult) };
  }
  if (!/\d/.test(body) && body.length > 0) {
    const whole = parseChineseNumeral(body + (m[2] ?? ''));
    return whole === null ? null : { value: whole };
  }
  if (body.length === 0) return null;
  body = body.replace(/,/g, '');
  const v = parseNumberToken(body);
  if (v === null) return null;
  return { value: roundFloat(v * mult) };
}

/** Removes binary floating-point noise (4.1 × 10000 = 41000.000000000004). */
export function roundFloat(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
