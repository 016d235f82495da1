import type { Recurrence } from '../core/annotation';

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Longest a month can be: February counts 29 so that "29 Feb" clamps to the last day. */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * BYMONTHDAY for a rule day. A day at or past the longest the month can be means "the last
 * day" (library/recurrence clamps 每月31日 to 2月28日), which `-1` states exactly. Days 29–30
 * of *every* month cannot be clamped portably: `BYMONTHDAY=28,29,30;BYSETPOS=-1` is correct
 * RFC 5545, but ical.js ignores BYSETPOS there (tested) and client support varies, so those
 * rules skip February instead.
 */
function monthDayPart(day: number | 'last' | undefined, month?: number): string {
  const longest = month === undefined ? 31 : (MAX_DAYS[month - 1] ?? 31);
  if (day === undefined || day === 'last' || day >= longest) return 'BYMONTHDAY=-1';
  return `BYMONTHDAY=${day}`;
}

/**
 * The RRULE value of a recurring deadline: yearly by month and day, monthly by day,
 * quarterly as every third month from DTSTART, weekly by weekday. The event's DTSTART must
 * be one occurrence (the clip's `due` is).
 */
export function recurrenceToRrule(rule: Recurrence): string {
  switch (rule.freq) {
    case 'yearly':
      return rule.month === undefined
        ? 'FREQ=YEARLY'
        : `FREQ=YEARLY;BYMONTH=${rule.month};${monthDayPart(rule.day, rule.month)}`;
    case 'monthly':
      return `FREQ=MONTHLY;${monthDayPart(rule.day)}`;
    case 'quarterly':
      return `FREQ=MONTHLY;INTERVAL=3;${monthDayPart(rule.day)}`;
    case 'weekly': {
      const day = rule.weekday === undefined ? undefined : BYDAY[rule.weekday - 1];
      return day ? `FREQ=WEEKLY;BYDAY=${day}` : 'FREQ=WEEKLY';
    }
  }
}
