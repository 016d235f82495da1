import type { IsoDate } from '../core/annotation';
import type { Clip } from '../core/clip';
import { effectiveDue } from '../library/effective-due';
import { daysBetween, localIsoDate } from '../library/local-date';

/** A notification to show for one clipped deadline. */
export interface DueReminder {
  /** `clipId@due`: one reminder per occurrence, so a yearly deadline reminds again next year. */
  key: string;
  clip: Clip;
  due: IsoDate;
  /** Days from today to `due` (0 = today). */
  daysLeft: number;
}

/** The key a reminder is remembered by once shown. */
export function reminderKey(clipId: string, due: IsoDate): string {
  return `${clipId}@${due}`;
}

/**
 * The reminders to show at `now`: to-do deadlines whose (next) due date is between today and
 * `daysBefore` days ahead, not yet shown (`sent` holds their keys), soonest first. A check that
 * runs late (the computer was asleep) still catches a deadline inside the window; deadlines
 * already past are not announced again, the list page shows them as 已逾期.
 */
export function dueReminders(
  clips: readonly Clip[],
  now: Date,
  daysBefore: number,
  sent: ReadonlySet<string>,
): DueReminder[] {
  const today = localIsoDate(now);
  const reminders: DueReminder[] = [];
  for (const clip of clips) {
    if (clip.kind !== 'deadline' || clip.status !== 'todo') continue;
    const due = effectiveDue(clip, today);
    if (due === null) continue;
    const daysLeft = daysBetween(today, due);
    if (daysLeft < 0 || daysLeft > daysBefore) continue;
    const key = reminderKey(clip.id, due);
    if (!sent.has(key)) reminders.push({ key, clip, due, daysLeft });
  }
  return reminders.sort((a, b) => a.daysLeft - b.daysLeft || (a.clip.id < b.clip.id ? -1 : 1));
}

/** The remembered keys still worth keeping: those whose date is today or later. */
export function pruneSentKeys(sent: Iterable<string>, now: Date): string[] {
  const today = localIsoDate(now);
  return [...sent].filter((key) => {
    const due = key.slice(key.lastIndexOf('@') + 1);
    return due >= today;
  });
}
