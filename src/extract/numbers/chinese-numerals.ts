/**
 * Chinese numerals → numbers: 一百一十六, 两, 十二, 二〇一七 (digit by digit), 三千五百万.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may appear in a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** True when every character of `s` is a Chinese numeral character. */
export function isChineseNumeral(s: string): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!CHINESE_NUMERAL_CHARS.includes(ch)) return false;
  return true;
}

/**
 * Parses a Chinese numeral. Positional digit strings (二〇一七) read digit by digit;
 * otherwise units combine as usual (一百一十六 = 116, 十二 = 12, 三千五百万 = 35,000,000).
 * Returns null for anything that is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!isChineseNumeral(s)) return null;
  const hasUnit = /[十百千万亿]/.test(s);
  if (!hasUnit) {
    if (s.length === 1) return DIGITS[s] ?? null;
    let v = 0;
    for (const ch of s) v = v * 10 + (DIGITS[ch] ?? 0);
    return v;
  }
  let total = 0; // finished 亿/万 groups
  let section = 0; // current group below 万
  let digit: number | null = null;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      const group = section + (digit ?? 0) || 1;
      // 一亿二千万: 亿 scales everything before it, 万 only its own group.
      total = big === 1e8 ? (total + group) * big : total + group * big;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}
