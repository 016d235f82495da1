import type { IsoDate } from '../core/annotation';

/** A calendar date split into numbers (month 1–12). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The reader's calendar day at `now`, in the browser's time zone, as `YYYY-MM-DD`. */
export function localIsoDate(now: Date): IsoDate {
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** Formats date parts as `YYYY-MM-DD`. */
export function toIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD` (a real calendar day) or returns undefined. */
export function parseIsoDate(iso: string): DateParts | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (parts.month < 1 || parts.month > 12) return undefined;
  if (parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) return undefined;
  return parts;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtcMs(iso: IsoDate): number {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(p.year, p.month - 1, p.day);
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** The date `days` calendar days after `iso` (negative goes back). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  const day = new Date(toUtcMs(iso)).getUTCDay();
  return day === 0 ? 7 : day;
}
