/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so no time zone shifts a day.
 */
import type { IsoDate } from '../../core/annotation';

/** A calendar date as numbers. */
export interface YMD {
  y: number;
  m: number;
  d: number;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Formats a date as ISO `YYYY-MM-DD`; null when the date does not exist (2月30日). */
export function toIso(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses an ISO date (extra characters after the date, such as a time, are ignored). */
export function parseIso(s: string | undefined): YMD | null {
  if (s === undefined) return null;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return toIso(y, mo, d) === null ? null : { y, m: mo, d };
}

/** The last day of month `m` of year `y`. */
export function endOfMonth(y: number, m: number): IsoDate {
  return toIso(y, m, daysInMonth(y, m)) as IsoDate;
}

/** The last day of year `y`. */
export function endOfYear(y: number): IsoDate {
  return `${y}-12-31`;
}

/**
 * Calendar addition: a period counted from the day after `ref` ends on the same day of the
 * target month, clamped to its last day (民法典 art. 201–202; the gold's `add`).
 */
export function addPeriod(ref: YMD, years: number, months: number, days: number): IsoDate | null {
  const m0 = ref.m - 1 + months + 12 * years;
  const y = ref.y + Math.floor(m0 / 12);
  const m = (((m0 % 12) + 12) % 12) + 1;
  const d = Math.min(ref.d, daysInMonth(y, m));
  const t = Date.UTC(y, m - 1, d) + days * 86_400_000;
  const dt = new Date(t);
  return toIso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** Compares two ISO dates lexicographically (valid because the format is fixed-width). */
export function isoBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}
