import { CLIP_STATUSES } from '../../core/clip';
import { DUE_WINDOWS } from '../../library/due-window';
import type { FacetOption, LibraryFacets } from '../../library/facets';
import type { LibrarySort } from '../../library/sort-clips';
import { t } from '../../i18n/i18n';
import { dueWindowLabel, kindLabel, sortLabel, statusLabel } from './labels';
import { isFiltering, NO_FILTER, SORTS, type FilterControls } from './list-view-model';

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  controls: FilterControls;
  onControls: (next: FilterControls) => void;
  facets: LibraryFacets;
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  group: boolean;
  onGroup: (group: boolean) => void;
}

function Select(props: {
  testId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <label class="filter">
      <span class="filter__label">{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{t('filterAny')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const facetOptions = (options: FacetOption[]) =>
  options.map((o) => ({ value: o.value, label: `${o.label} (${o.count})` }));

/** Search box, facet filters, sort order and grouping of the list. */
export function FilterBar(props: FilterBarProps) {
  const { controls, facets } = props;
  const set = (patch: Partial<FilterControls>) => props.onControls({ ...controls, ...patch });
  return (
    <div class="filter-bar">
      <input
        type="search"
        class="filter-bar__search"
        data-testid="search"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={controls.text}
        onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
      />
      <Select
        testId="filter-kind"
        label={t('filterKind')}
        value={controls.kind}
        onChange={(v) => set({ kind: v as FilterControls['kind'] })}
        options={(['deadline', 'target'] as const).map((k) => ({ value: k, label: kindLabel(k) }))}
      />
      <Select
        testId="filter-status"
        label={t('filterStatus')}
        value={controls.status}
        onChange={(v) => set({ status: v as FilterControls['status'] })}
        options={CLIP_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
      />
      <Select
        testId="filter-due"
        label={t('filterDue')}
        value={controls.due}
        onChange={(v) => set({ due: v as FilterControls['due'] })}
        options={DUE_WINDOWS.map((w) => ({ value: w, label: dueWindowLabel(w) }))}
      />
      <Select
        testId="filter-site"
        label={t('filterSite')}
        value={controls.site}
        onChange={(v) => set({ site: v })}
        options={facetOptions(facets.sites)}
      />
      <Select
        testId="filter-doc"
        label={t('filterDoc')}
        value={controls.doc}
        onChange={(v) => set({ doc: v })}
        options={facetOptions(facets.docs)}
      />
      <Select
        testId="filter-tag"
        label={t('filterTag')}
        value={controls.tag}
        onChange={(v) => set({ tag: v })}
        options={facetOptions(facets.tags)}
      />
      <label class="filter">
        <span class="filter__label">{t('sortLabel')}</span>
        <select
          data-testid="sort"
          value={props.sort}
          onChange={(e) => props.onSort((e.currentTarget as HTMLSelectElement).value as LibrarySort)}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {sortLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label class="filter filter--check">
        <input
          type="checkbox"
          data-testid="group-by-doc"
          checked={props.group}
          onChange={(e) => props.onGroup((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('groupByDoc')}
      </label>
      {isFiltering(controls) && (
        <button type="button" data-testid="filter-clear" onClick={() => props.onControls(NO_FILTER)}>
          {t('filterClear')}
        </button>
      )}
    </div>
  );
}
