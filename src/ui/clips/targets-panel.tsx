import { useMemo, useState } from 'preact/hooks';
import type { Clip } from '../../core/clip';
import type { AdminLevel } from '../../library/admin-level';
import { targetsTable } from '../../library/targets-table';
import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { levelLabel } from './labels';
import {
  filterTargetRows,
  formatTargetValue,
  sortTargetRows,
  TARGET_COLUMNS,
  type TargetColumn,
  type TargetSort,
} from './targets-view-model';

const HEADINGS: Record<TargetColumn, MessageKey> = {
  indicator: 'colIndicator',
  comparator: 'colComparator',
  value: 'colValue',
  unit: 'colUnit',
  horizon: 'colHorizon',
  document: 'colDocument',
  level: 'colLevel',
};
const LEVELS: readonly AdminLevel[] = ['national', 'provincial', 'city', 'county'];
const PAGE = 200;

/** 目标表: every clipped target (ignored ones left out) as a sortable, filterable row. */
export function TargetsPanel(props: { clips: Clip[] }) {
  const [sort, setSort] = useState<TargetSort | undefined>();
  const [text, setText] = useState('');
  const [level, setLevel] = useState<AdminLevel | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const table = useMemo(() => targetsTable(props.clips.filter((c) => c.status !== 'ignored')), [props.clips]);
  const rows = useMemo(() => {
    const filtered = filterTargetRows(table, text, level);
    return sort ? sortTargetRows(filtered, sort) : filtered;
  }, [table, text, level, sort]);

  const sortBy = (column: TargetColumn) =>
    setSort((s) => ({ column, descending: s?.column === column ? !s.descending : false }));

  if (table.length === 0) return <p data-testid="targets-empty">{t('targetsEmpty')}</p>;
  return (
    <section class="targets-panel">
      <h2>{t('targetsHeading')}</h2>
      <div class="filter-bar">
        <input
          type="search"
          data-testid="targets-filter"
          placeholder={t('targetsFilter')}
          aria-label={t('targetsFilter')}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <label class="filter">
          <span class="filter__label">{t('targetsLevel')}</span>
          <select
            data-testid="targets-level"
            value={level}
            onChange={(e) => setLevel((e.currentTarget as HTMLSelectElement).value as AdminLevel | '')}
          >
            <option value="">{t('filterAny')}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {levelLabel(l)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table class="targets-table" data-testid="targets-table">
        <thead>
          <tr>
            {TARGET_COLUMNS.map((column) => (
              <th
                key={column}
                aria-sort={sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button type="button" data-testid={`targets-sort-${column}`} onClick={() => sortBy(column)}>
                  {t(HEADINGS[column])}
                  {sort?.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((row) => (
            <tr key={row.clipId} data-testid="target-row" data-clip-id={row.clipId}>
              <td title={row.text}>{row.indicator}</td>
              <td>{row.comparator ?? ''}</td>
              <td>{formatTargetValue(row.value)}</td>
              <td>{row.unit ?? ''}</td>
              <td>{row.horizonYear ?? ''}</td>
              <td>
                <a href={row.document.url} target="_blank" rel="noopener noreferrer">
                  {row.document.title || row.document.url}
                </a>
              </td>
              <td>{levelLabel(row.level)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <button type="button" data-testid="targets-more" onClick={() => setLimit((n) => n + PAGE)}>
          {t('showMore')} ({rows.length - limit})
        </button>
      )}
    </section>
  );
}
