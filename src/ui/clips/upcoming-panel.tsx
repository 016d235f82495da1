import { useMemo } from 'preact/hooks';
import type { Clip } from '../../core/clip';
import { upcomingDeadlines } from '../../library/upcoming';
import { t } from '../../i18n/i18n';
import { UpcomingList } from '../common/upcoming-list';

// A long overdue backlog would make a huge DOM; the rest is one click away in the list's 已逾期 filter.
const SHOWN = 300;

/** 即将到期: to-do deadlines of the next 30 days, overdue first, recurring ones at their next date. */
export function UpcomingPanel(props: { clips: Clip[]; now: Date }) {
  const day = props.now.toDateString();
  const items = useMemo(() => upcomingDeadlines(props.clips, props.now, { days: 30 }), [props.clips, day]);
  return (
    <section class="upcoming-panel" data-testid="upcoming">
      <h2>{t('upcomingHeading')}</h2>
      {items.length === 0 ? (
        <p>{t('upcomingEmpty')}</p>
      ) : (
        <>
          <UpcomingList items={items.slice(0, SHOWN)} />
          {items.length > SHOWN && <p>{t('upcomingMore', { count: items.length - SHOWN })}</p>}
        </>
      )}
    </section>
  );
}
