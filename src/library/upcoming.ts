import type { IsoDate } from '../core/annotation';
import type { Clip } from '../core/clip';
import { effectiveDue } from './effective-due';
import { addDays, daysBetween, localIsoDate } from './local-date';

/** One row of the "upcoming" view. */
export interface UpcomingItem {
  clip: Clip;
  /** The date it is due; for a recurring deadline, its next occurrence from today. */
  due: IsoDate;
  /** Days from today to `due`; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

/** Options of {@link upcomingDeadlines}. */
export interface UpcomingOptions {
  /** How far ahead to look, in days (default 30). */
  days?: number;
}

/**
 * The to-do deadlines a reader should act on: every overdue one (oldest first), then those due
 * within the next `days` days (soonest first). Done and ignored clips, targets and undated
 * deadlines are left out. A recurring deadline is never overdue; it shows its next occurrence.
 */
export function upcomingDeadlines(
  clips: readonly Clip[],
  now: Date,
  options: UpcomingOptions = {},
): UpcomingItem[] {
  const today = localIsoDate(now);
  const horizon = addDays(today, options.days ?? 30);
  const items: UpcomingItem[] = [];
  for (const clip of clips) {
    if (clip.kind !== 'deadline' || clip.status !== 'todo') continue;
    const due = effectiveDue(clip, today);
    if (due === null || due > horizon) continue;
    const daysLeft = daysBetween(today, due);
    items.push({ clip, due, daysLeft, overdue: daysLeft < 0 });
  }
  // Overdue dates are all earlier than today, so ascending order already puts them first.
  return items.sort((a, b) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.clip.createdAt < b.clip.createdAt ? -1 : 1,
  );
}
