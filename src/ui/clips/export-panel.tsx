import { useState } from 'preact/hooks';
import type { Clip } from '../../core/clip';
import { exportClips, type ExportFormat } from '../../export/index';
import { getLocale, t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { downloadText } from '../common/download';
import { ImportControl } from './import-control';
import type { ClipLibrary } from './use-clip-library';

/** Which clips an export writes. */
export type ExportScope = 'selection' | 'filtered' | 'all';

const BUTTONS: { format: ExportFormat; label: MessageKey }[] = [
  { format: 'json', label: 'exportJson' },
  { format: 'csv', label: 'exportCsv' },
  { format: 'md', label: 'exportMd' },
  { format: 'ics', label: 'exportIcs' },
];

/** Props of {@link ExportPanel}. */
export interface ExportPanelProps {
  library: ClipLibrary;
  /** Every clip, in display order. */
  all: Clip[];
  /** The current filter result, in display order. */
  filtered: Clip[];
  selected: ReadonlySet<string>;
  now: () => Date;
  download?: (filename: string, mime: string, content: string) => void;
  /** Days before a deadline for the calendar alarm (the reminder setting when on). */
  alarmDaysBefore?: number;
}

/** Export of a selection, a filter result or everything in four formats, and JSON import. */
export function ExportPanel(props: ExportPanelProps) {
  const { all, filtered, selected } = props;
  const [chosen, setScope] = useState<ExportScope | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  // Until the reader picks a scope: the selection when there is one, else what the list shows.
  const scope: ExportScope = chosen ?? (selected.size > 0 ? 'selection' : 'filtered');
  const clipsFor = (s: ExportScope): Clip[] =>
    s === 'all' ? all : s === 'filtered' ? filtered : all.filter((c) => selected.has(c.id));
  const ready = props.library.state.status === 'ready';

  const exportAs = (format: ExportFormat) => {
    const clips = clipsFor(scope);
    if (clips.length === 0) {
      setStatus(t('exportEmpty'));
      return;
    }
    const file = exportClips(clips, format, {
      now: props.now(),
      locale: getLocale(),
      alarmDaysBefore: props.alarmDaysBefore,
    });
    (props.download ?? downloadText)(file.filename, file.mime, file.content);
    setStatus(t('exportedFile', { count: clips.length, filename: file.filename }));
  };

  return (
    <section class="export-panel" aria-label={t('exportHeading')}>
      <label class="filter">
        <span class="filter__label">{t('exportScope')}</span>
        <select
          data-testid="export-scope"
          value={scope}
          onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as ExportScope)}
        >
          <option value="selection" disabled={selected.size === 0}>
            {t('scopeSelection', { count: selected.size })}
          </option>
          <option value="filtered">{t('scopeFiltered', { count: filtered.length })}</option>
          <option value="all">{t('scopeAll', { count: all.length })}</option>
        </select>
      </label>
      {BUTTONS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          data-testid={`export-${format}`}
          disabled={!ready}
          onClick={() => exportAs(format)}
        >
          {t(label)}
        </button>
      ))}
      <ImportControl library={props.library} disabled={!ready} />
      {status && (
        <p class="export-panel__status" role="status" data-testid="export-status">
          {status}
        </p>
      )}
    </section>
  );
}
