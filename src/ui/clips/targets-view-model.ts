import type { AdminLevel } from '../../library/admin-level';
import type { TargetRow } from '../../library/targets-table';

/** Sortable columns of the targets table. */
export type TargetColumn = 'indicator' | 'comparator' | 'value' | 'unit' | 'horizon' | 'document' | 'level';

/** All columns in display order. */
export const TARGET_COLUMNS: readonly TargetColumn[] = [
  'indicator',
  'comparator',
  'value',
  'unit',
  'horizon',
  'document',
  'level',
];

/** A sort of the targets table. */
export interface TargetSort {
  column: TargetColumn;
  descending: boolean;
}

const LEVEL_ORDER: Record<AdminLevel, number> = { national: 0, provincial: 1, city: 2, county: 3 };
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

function firstValue(row: TargetRow): number | undefined {
  return Array.isArray(row.value) ? row.value[0] : row.value;
}

function key(row: TargetRow, column: TargetColumn): string | number | undefined {
  switch (column) {
    case 'indicator':
      return row.indicator;
    case 'comparator':
      return row.comparator;
    case 'value':
      return firstValue(row);
    case 'unit':
      return row.unit;
    case 'horizon':
      return row.horizonYear;
    case 'document':
      return row.document.title || row.document.url;
    case 'level':
      return row.level === undefined ? undefined : LEVEL_ORDER[row.level];
  }
}

/**
 * Rows sorted by one column. Empty cells go last in either direction (a reader sorting by
 * year wants the rows that have one); ties keep the table's document order.
 */
export function sortTargetRows(rows: readonly TargetRow[], sort: TargetSort): TargetRow[] {
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, k: key(row, sort.column) }))
    .sort((a, b) => {
      if (a.k === undefined || b.k === undefined) {
        if (a.k === b.k) return a.index - b.index;
        return a.k === undefined ? 1 : -1;
      }
      const order =
        typeof a.k === 'number' && typeof b.k === 'number'
          ? a.k - b.k
          : collator.compare(String(a.k), String(b.k));
      return order * sign || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** Rows whose indicator, text, document title or 文号 contain `text`, at `level` when given. */
export function filterTargetRows(
  rows: readonly TargetRow[],
  text: string,
  level: AdminLevel | '',
): TargetRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!level || row.level === level) &&
      (!needle ||
        [row.indicator, row.text, row.document.title ?? '', row.document.docNumber ?? '']
          .join('\n')
          .toLowerCase()
          .includes(needle)),
  );
}

/** A target's value as shown: `90`, `2.5、3.14`. */
export function formatTargetValue(value: number | number[] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join('、') : String(value);
}
