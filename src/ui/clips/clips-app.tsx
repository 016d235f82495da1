import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/i18n';
import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useLocale } from '../common/use-locale';
import { defaultClipServices, type ClipServices } from './clip-services';
import { ExportPanel } from './export-panel';
import { ListPanel } from './list-panel';
import { ReminderPanel } from './reminder-panel';
import { TargetsPanel } from './targets-panel';
import { UpcomingPanel } from './upcoming-panel';
import { useClipLibrary } from './use-clip-library';
import { useListView } from './use-list-view';

type Tab = 'list' | 'upcoming' | 'targets';
const TABS: { tab: Tab; label: MessageKey }[] = [
  { tab: 'list', label: 'tabList' },
  { tab: 'upcoming', label: 'tabUpcoming' },
  { tab: 'targets', label: 'tabTargets' },
];
const LANGUAGES: { locale: Locale; name: string }[] = [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
];

const defaults = defaultClipServices();

/** The full-page clip library: list, upcoming deadlines, targets table, export/import, reminders. */
export function ClipsApp(props: { services?: ClipServices }) {
  const services = props.services ?? defaults;
  const [locale, setLocale] = useLocale(services.storage);
  const library = useClipLibrary(services);
  const now = services.now();
  const view = useListView(library.clips, now);
  const [tab, setTab] = useState<Tab>('list');
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [alarmDays, setAlarmDays] = useState<number | undefined>();
  const { state } = library;

  return (
    <main class="clips" lang={locale === 'en' ? 'en' : 'zh-CN'}>
      <header class="clips__header">
        <h1>{t('clipsTitle')}</h1>
        <nav class="tabs" role="tablist">
          {TABS.map(({ tab: id, label }) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              data-testid={`tab-${id}`}
              onClick={() => setTab(id)}
            >
              {t(label)}
            </button>
          ))}
        </nav>
        <label class="filter">
          <span class="filter__label">{t('language')}</span>
          <select
            data-testid="language"
            value={locale}
            onChange={(e) => setLocale((e.currentTarget as HTMLSelectElement).value as Locale)}
          >
            {LANGUAGES.map((l) => (
              <option key={l.locale} value={l.locale}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div class="clips__tools">
        <ExportPanel
          library={library}
          all={view.sorted}
          filtered={view.shown}
          selected={selected}
          now={services.now}
          download={services.download}
          alarmDaysBefore={alarmDays}
        />
        <ReminderPanel
          control={services.reminders}
          onChange={(s) => setAlarmDays(s.enabled ? s.daysBefore : undefined)}
        />
      </div>
      {state.status === 'loading' && <p>{t('loading')}</p>}
      {state.status === 'error' && (
        <p role="alert" data-testid="storage-error">
          {t('storageError', { error: state.error })}
        </p>
      )}
      {state.status === 'ready' && library.clips.length === 0 && (
        <p data-testid="clips-empty">{t('clipsEmpty')}</p>
      )}
      {tab === 'list' && (
        <ListPanel library={library} view={view} now={now} selected={selected} onSelected={setSelected} />
      )}
      {tab === 'upcoming' && <UpcomingPanel clips={library.clips} now={now} />}
      {tab === 'targets' && <TargetsPanel clips={library.clips} />}
    </main>
  );
}
