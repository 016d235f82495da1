import type { IsoDate, Recurrence } from '../core/annotation';
import { addDays, daysInMonth, isoWeekday, parseIsoDate, toIsoDate } from './local-date';

function clampDay(year: number, month: number, day: number | 'last' | undefined): number {
  const last = daysInMonth(year, month);
  if (day === undefined || day === 'last') return last;
  return Math.min(Math.max(1, day), last);
}

function occurrenceIn(year: number, month: number, day: number | 'last' | undefined): IsoDate {
  // Months past December roll into the next year (quarter and month stepping below).
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return toIsoDate({ year: y, month: m, day: clampDay(y, m, day) });
}

/**
 * The first date on or after `from` that a recurring deadline falls on.
 * yearly: `month` + `day` (每年12月5日前; day defaults to the month's last day, 每年11月底前).
 * quarterly: `day` of the quarter's last month (每季度末), or of month `month` (1–3) of the quarter.
 * monthly: `day` of each month, clamped to short months (每月31日 → 2月28日).
 * weekly: ISO `weekday`, Sunday when absent.
 * Returns undefined for a rule that names no usable date (yearly without a month).
 */
export function nextOccurrence(rule: Recurrence, from: IsoDate): IsoDate | undefined {
  const start = parseIsoDate(from);
  if (!start) return undefined;
  switch (rule.freq) {
    case 'yearly': {
      if (!rule.month || rule.month < 1 || rule.month > 12) return undefined;
      const thisYear = occurrenceIn(start.year, rule.month, rule.day);
      return thisYear >= from ? thisYear : occurrenceIn(start.year + 1, rule.month, rule.day);
    }
    case 'quarterly': {
      const monthInQuarter = rule.month && rule.month >= 1 && rule.month <= 3 ? rule.month : 3;
      const quarterStart = Math.floor((start.month - 1) / 3) * 3 + 1;
      for (let q = 0; q < 2; q++) {
        const candidate = occurrenceIn(start.year, quarterStart + q * 3 + monthInQuarter - 1, rule.day);
        if (candidate >= from) return candidate;
      }
      return undefined;
    }
    case 'monthly': {
      const thisMonth = occurrenceIn(start.year, start.month, rule.day);
      return thisMonth >= from ? thisMonth : occurrenceIn(start.year, start.month + 1, rule.day);
    }
    case 'weekly': {
      const weekday = rule.weekday && rule.weekday >= 1 && rule.weekday <= 7 ? rule.weekday : 7;
      return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
    }
  }
}
