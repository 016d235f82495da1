import { describeRecurrence } from '../../export/describe-meaning';
import type { UpcomingItem } from '../../library/upcoming';
import { getLocale, t } from '../../i18n/i18n';

/** How far a due date is from today, in words: 逾期 3 天, 今天到期, 还有 5 天. */
export function daysLeftLabel(item: Pick<UpcomingItem, 'daysLeft' | 'overdue'>): string {
  if (item.overdue) return t('upcomingOverdue', { days: -item.daysLeft });
  if (item.daysLeft === 0) return t('upcomingToday');
  return t('upcomingDaysLeft', { days: item.daysLeft });
}

/**
 * Upcoming deadlines, overdue first: due date, countdown, the clip's text and its document.
 * Used by the list page's 即将到期 view and the popup's short view.
 */
export function UpcomingList(props: { items: readonly UpcomingItem[]; compact?: boolean }) {
  return (
    <ol class={`upcoming${props.compact ? ' upcoming--compact' : ''}`}>
      {props.items.map((item) => {
        const { clip } = item;
        return (
          <li
            key={clip.id}
            class={`upcoming__item${item.overdue ? ' upcoming__item--overdue' : ''}`}
            data-testid="upcoming-item"
            data-clip-id={clip.id}
            data-overdue={item.overdue ? 'true' : 'false'}
          >
            <span class="upcoming__due">
              <time dateTime={item.due}>{item.due}</time>
              <span class="upcoming__left">{daysLeftLabel(item)}</span>
            </span>
            <span class="upcoming__text" title={clip.context || clip.text}>
              {clip.text}
            </span>
            <a class="upcoming__doc" href={clip.url} target="_blank" rel="noopener noreferrer">
              {clip.doc.title || clip.url}
            </a>
            {clip.recurring && !props.compact && (
              <span class="upcoming__rule">
                {t('upcomingRecurring', { rule: describeRecurrence(clip.recurring, getLocale()) })}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
