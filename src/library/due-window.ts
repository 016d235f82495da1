import type { IsoDate } from '../core/annotation';
import type { Clip } from '../core/clip';
import { effectiveDue } from './effective-due';
import { addDays, daysInMonth, isoWeekday, parseIsoDate, toIsoDate } from './local-date';

/** The due-date filters of the library. */
export type DueWindow = 'overdue' | 'this-week' | 'this-month' | 'this-quarter' | 'no-date';

/** All due windows in display order. */
export const DUE_WINDOWS: readonly DueWindow[] = [
  'overdue',
  'this-week',
  'this-month',
  'this-quarter',
  'no-date',
];

/** The label the UI shows for each window. */
export const DUE_WINDOW_LABELS: Readonly<Record<DueWindow, string>> = {
  overdue: '已逾期',
  'this-week': '本周',
  'this-month': '本月',
  'this-quarter': '本季度',
  'no-date': '无日期',
};

/** First and last day (inclusive) of a calendar window. */
export interface DateSpan {
  first: IsoDate;
  last: IsoDate;
}

/** Monday to Sunday of the week containing `today`. */
export function weekOf(today: IsoDate): DateSpan {
  const first = addDays(today, 1 - isoWeekday(today));
  return { first, last: addDays(first, 6) };
}

/** First to last day of the month containing `today`. */
export function monthOf(today: IsoDate): DateSpan {
  const { year, month } = parseIsoDate(today)!;
  return {
    first: toIsoDate({ year, month, day: 1 }),
    last: toIsoDate({ year, month, day: daysInMonth(year, month) }),
  };
}

/** First to last day of the calendar quarter containing `today`. */
export function quarterOf(today: IsoDate): DateSpan {
  const { year, month } = parseIsoDate(today)!;
  const firstMonth = Math.floor((month - 1) / 3) * 3 + 1;
  return {
    first: toIsoDate({ year, month: firstMonth, day: 1 }),
    last: toIsoDate({ year, month: firstMonth + 2, day: daysInMonth(year, firstMonth + 2) }),
  };
}

/**
 * A predicate for one window, computed once per query. Windows test the effective due date
 * (recurring deadlines move to their next occurrence). 已逾期 only counts clips still to do:
 * a finished or ignored task past its date is not late.
 */
export function dueWindowPredicate(window: DueWindow, today: IsoDate): (clip: Clip) => boolean {
  const within = (span: DateSpan) => (clip: Clip) => {
    const due = effectiveDue(clip, today);
    return due !== null && due >= span.first && due <= span.last;
  };
  switch (window) {
    case 'overdue':
      return (clip) => {
        const due = effectiveDue(clip, today);
        return clip.status === 'todo' && due !== null && due < today;
      };
    case 'this-week':
      return within(weekOf(today));
    case 'this-month':
      return within(monthOf(today));
    case 'this-quarter':
      return within(quarterOf(today));
    case 'no-date':
      return (clip) => effectiveDue(clip, today) === null;
  }
}
