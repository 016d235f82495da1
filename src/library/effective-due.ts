import type { IsoDate } from '../core/annotation';
import type { Clip } from '../core/clip';
import { nextOccurrence } from './recurrence';

/**
 * The date a clip is due as seen on `today`: its stored `due`, except that a recurring
 * deadline moves on to its next occurrence on or after today (a yearly report due last
 * December is due again this December, not overdue). `null` when the clip has no date.
 */
export function effectiveDue(clip: Pick<Clip, 'due' | 'recurring'>, today: IsoDate): IsoDate | null {
  if (clip.recurring) {
    // The stored due is the first occurrence after the document date; it stays the answer
    // while it is still ahead.
    const from = clip.due && clip.due > today ? clip.due : today;
    return nextOccurrence(clip.recurring, from) ?? clip.due ?? null;
  }
  return clip.due ?? null;
}
