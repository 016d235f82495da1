/**
 * What a highlight says about itself in the hover card: its kind, its normalised meaning
 * (为 2017-06-20 截止, 每年 12 月 5 日前, ≥ 90%) and, for deadlines, the days left or overdue
 * counted from today.
 */
import type { AnnotationKind, IsoDate } from '../core/annotation';
import type { Clip } from '../core/clip';
import { describeMeaning } from '../export/describe-meaning';
import { getLocale, t } from '../i18n/i18n';
import { effectiveDue } from '../library/effective-due';
import { daysBetween, parseIsoDate } from '../library/local-date';
import type { PageAnnotation } from '../messaging/protocol';

/** A highlight on the page: an extractor annotation, or a saved clip found again by its quote. */
export type HighlightSource =
  { annotation: PageAnnotation; clip?: undefined } | { annotation?: undefined; clip: Clip };

/** The hover card's content. */
export interface HighlightDetails {
  id: string;
  kind: AnnotationKind;
  text: string;
  meaning: string;
  /** 剩余 N 天 / 已逾期 N 天 / 今天截止; absent for targets and undated deadlines. */
  countdown?: string;
  overdue: boolean;
  saved: boolean;
  /** True when the highlight is a saved clip the extractor no longer finds. */
  savedOnly: boolean;
}

/** The date a deadline is due as seen on `today` (recurring deadlines move on). */
export function dueAsOf(source: Pick<Clip, 'due' | 'recurring'>, today: IsoDate): IsoDate | null {
  return effectiveDue({ due: source.due ?? null, recurring: source.recurring }, today);
}

/** 剩余 N 天, 今天截止 or 已逾期 N 天 for a due date. */
export function countdownText(due: IsoDate, today: IsoDate): string | undefined {
  if (!parseIsoDate(due) || !parseIsoDate(today)) return undefined;
  const days = daysBetween(today, due);
  if (days === 0) return t('cardDueToday');
  return days > 0 ? t('cardDaysLeft', { n: days }) : t('cardOverdue', { n: -days });
}

/** Builds the card content of highlight `id`. */
export function highlightDetails(
  id: string,
  source: HighlightSource,
  saved: boolean,
  today: IsoDate,
): HighlightDetails {
  const item = source.annotation ?? source.clip;
  // describeMeaning without `now`: the countdown is shown on its own line.
  const meaning = describeMeaning(item, getLocale());
  const due = item.kind === 'deadline' ? dueAsOf(item, today) : null;
  const countdown = due ? countdownText(due, today) : undefined;
  return {
    id,
    kind: item.kind,
    text: item.text,
    meaning,
    ...(countdown ? { countdown } : {}),
    overdue: due !== null && due < today,
    saved,
    savedOnly: source.clip !== undefined,
  };
}
