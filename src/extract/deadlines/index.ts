/**
 * All deadline recognisers, with overlaps resolved: when two spans overlap, the longer one
 * (the more complete reading) wins.
 */
import type { DeadlineAnnotation, IsoDate } from '../../core/annotation';
import type { YMD } from '../dates/calendar';
import { findDatedDeadlines } from './absolute';
import { findBarePeriods } from './bare-periods';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import { findFollowingMonth } from './following-month';
import { findOpenEnded } from './open-ended';
import { findPeriodEndWindows } from './period-end';
import { findPeriods } from './periods';
import { findRecurring } from './recurring';
import { findRelativeCalendar } from './relative-calendar';
import { findRelativeWindows } from './relative';
import { findWindows } from './windows';

function longestFirst<T extends { start: number; end: number }>(cluster: T[]): T[] {
  const byLength = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: T[] = [];
  for (const c of byLength) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  }
  return taken;
}

/**
 * Keeps the longest of overlapping candidates; returns them sorted by start. Works per
 * cluster of mutually overlapping spans, so the cost stays linear for long texts.
 */
export function resolveOverlaps<T extends { start: number; end: number }>(cands: T[]): T[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let cluster: T[] = [];
  let clusterEnd = -1;
  for (const c of sorted) {
    if (cluster.length > 0 && c.start >= clusterEnd) {
      out.push(...longestFirst(cluster));
      cluster = [];
    }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  out.push(...longestFirst(cluster));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Finds every deadline of `text` (with `folded` its offset-preserving fold) against the
 * reference date.
 */
export function findDeadlines(
  text: string,
  folded: string,
  ref: YMD,
  refIso: IsoDate,
  refIsFallback: boolean,
): DeadlineAnnotation[] {
  const scan: DeadlineScan = { text, folded, ref, refIso, refIsFallback };
  const cands: DeadlineCandidate[] = [
    ...findDatedDeadlines(scan),
    ...findBarePeriods(scan),
    ...findPeriods(scan),
    ...findWindows(scan),
    ...findRelativeWindows(scan),
    ...findRelativeCalendar(scan),
    ...findRecurring(scan, refIso),
    ...findPeriodEndWindows(scan),
    ...findFollowingMonth(scan, refIso),
    ...findOpenEnded(scan),
  ];
  const past = scan.pastWindows ?? [];
  const kept = past.length === 0 ? cands : cands.filter((c) => !insideAny(past, c));
  return resolveOverlaps(kept).map((c) => ({ kind: 'deadline', ...c, text: text.slice(c.start, c.end) }));
}

/**
 * True when `c` lies inside one of `spans` (sorted by start, as the window scan finds them,
 * and disjoint): a binary search keeps the filter linear-logarithmic on long texts.
 */
function insideAny(spans: { start: number; end: number }[], c: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid]?.start ?? 0) <= c.start) lo = mid;
    else hi = mid - 1;
  }
  const s = spans[lo];
  return s !== undefined && c.start >= s.start && c.end <= s.end;
}
