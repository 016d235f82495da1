/**
 * Reads a complete calendar date written in any of the usual ways: 2022年10月11日,
 * 二〇二二年十月十一日, 2022-10-31, 2022/10/31, 2022.10.31 (folded text expected).
 */
import { toIso, type YMD } from './calendar';
import { parseDatePart } from './date-part';

const CN = '[〇○零一二三四五六七八九十]';
// OCR splits digit runs with a stray space (2023年4月1 2曰): one space between digits is allowed.
const YEAR = '\\d[ \\t]?\\d[ \\t]?\\d[ \\t]?\\d';
const TWO = '\\d(?:[ \\t]?\\d)?';

/** Regex source for a complete date (year, month, day), bounded and without nested quantifiers. */
export const FULL_DATE_SOURCE =
  `(?:(?:${YEAR}|${CN}{4})[ \\t]{0,2}年[ \\t]{0,2}(?:${TWO}|${CN}{1,3})[ \\t]{0,2}月[ \\t]{0,2}(?:${TWO}|${CN}{1,3})[ \\t]{0,2}[日号]` +
  `|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})`;

const FULL_DATE = new RegExp(`^${FULL_DATE_SOURCE}`);

/** Parses a complete date at the start of `s`; null if there is none or it does not exist. */
export function parseFullDate(s: string): YMD | null {
  const m = FULL_DATE.exec(s.trim());
  if (!m) return null;
  const parts = m[0]
    .split(/[年月日号\-/.]/)
    .map((p) => p.replace(/[ \t]/g, ''))
    .filter((p) => p.length > 0);
  if (parts.length < 3) return null;
  const y = parseDatePart(parts[0] as string);
  const mo = parseDatePart(parts[1] as string);
  const d = parseDatePart(parts[2] as string);
  if (y === null || mo === null || d === null) return null;
  return toIso(y, mo, d) === null ? null : { y, m: mo, d };
}
