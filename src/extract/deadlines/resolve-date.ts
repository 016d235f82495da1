/**
 * Turns the parts of a date expression (year, month, day, a period word) into the last day
 * of the named period, as ANNOTATION.md prescribes (中旬 → 20th, 底 → end of month …).
 */
import type { IsoDate } from '../../core/annotation';
import { endOfMonth, endOfYear, toIso } from '../dates/calendar';

/** Day of the month that ends a part of a month, or 'last'. */
function partDay(part: string | undefined): number | 'last' {
  if (part === '上旬' || part === '初') return 10;
  if (part === '中旬') return 20;
  return 'last';
}

/** Month that ends a part of a year (上半年 → 6, 第三季度 → 9). */
function partMonth(part: string | undefined): number {
  if (part === undefined) return 12;
  if (part === '上半年') return 6;
  const q = /([一二三四1-4])季度/.exec(part);
  if (q) return 3 * ({ 一: 1, 二: 2, 三: 3, 四: 4 }[q[1] as '一'] ?? Number(q[1]));
  return 12;
}

/**
 * The due date of `year [month [day]] [part]`; null when a number is out of range.
 * `part` is one of 上旬 中旬 下旬 底 末 初 上半年 下半年 第N季度 年底 年末 内.
 */
export function resolveDate(
  year: number,
  month: number | undefined,
  day: number | undefined,
  part: string | undefined,
): IsoDate | null {
  if (month === undefined) {
    const m = partMonth(part);
    return m === 12 ? endOfYear(year) : endOfMonth(year, m);
  }
  if (month < 1 || month > 12) return null;
  if (day !== undefined) return toIso(year, month, day);
  const d = partDay(part);
  return d === 'last' ? endOfMonth(year, month) : toIso(year, month, d);
}
