import { useEffect, useState } from 'preact/hooks';
import type { Clip } from '../../core/clip';
import { upcomingDeadlines } from '../../library/upcoming';
import type { ClipChange } from '../../storage/clip-changes';
import type { ClipStore } from '../../storage/clip-store';
import { t } from '../../i18n/i18n';
import { UpcomingList } from '../common/upcoming-list';

/** How many deadlines the popup's short view shows. */
export const SHORT_VIEW_SIZE = 5;

/** Props of {@link UpcomingShort}. */
export interface UpcomingShortProps {
  openStore: () => Promise<ClipStore>;
  subscribe: (cb: (change: ClipChange) => void) => () => void;
  now: () => Date;
  onOpenList: () => void;
}

/**
 * The popup's short view of the library: the five nearest to-do deadlines (overdue first) and
 * a link to the full list. Follows saves made in this popup or elsewhere.
 */
export function UpcomingShort(props: UpcomingShortProps) {
  const [clips, setClips] = useState<Clip[] | undefined>();
  useEffect(() => {
    let live = true;
    const load = async () => {
      const store = await props.openStore();
      try {
        const all = await store.list();
        if (live) setClips(all);
      } finally {
        store.close();
      }
    };
    void load().catch(() => live && setClips([]));
    const unsubscribe = props.subscribe(() => void load().catch(() => {}));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  if (!clips) return null;
  const items = upcomingDeadlines(clips, props.now(), { days: 30 }).slice(0, SHORT_VIEW_SIZE);
  return (
    <section class="upcoming-short" data-testid="upcoming-short">
      <h2>{t('shortUpcomingHeading')}</h2>
      {items.length === 0 ? <p>{t('shortUpcomingEmpty')}</p> : <UpcomingList items={items} compact />}
      <a
        href="#"
        data-testid="open-list-short"
        onClick={(e) => {
          e.preventDefault();
          props.onOpenList();
        }}
      >
        {t('shortUpcomingAll')} →
      </a>
    </section>
  );
}
