/**
 * Rows of an indicator list set apart by leaders, slashes or spaces (see table-delimited.ts).
 * With a header the columns follow it; without one, a list under a goal heading (主要指标,
 * 发展目标) reads `指标……基数／目标`: two values are baseline → target, one value the target.
 */
import type { TargetCandidate } from './candidate';
import { comparatorOf, metricOf, unitOf } from './table-cells';
import type { HeaderRoles } from './table-columns';
import { isMissingCell, readValueCell, ROW_ORDINAL, splitDelimited } from './table-delimited';

/** The columns of a delimited list: from its header, or implied under a goal heading. */
export interface DelimitedTable {
  roles: HeaderRoles;
  /** True when no header declared the columns (rows must then use leaders or slashes). */
  implied: boolean;
}

const ROW_WORD = /[\u4e00-\u9fff]/;
/** A separator no prose uses between an indicator and its value. */
const STRONG_SEPARATOR = /[…·⋯]|\.\./;

/** Columns implied under a goal heading: indicator, then baseline and target or the target alone. */
export const IMPLIED_TABLE: DelimitedTable = {
  roles: { indicator: 0, base: 1, target: 2, width: 3 },
  implied: true,
};

/** Reads one row of a delimited list at `lineStart`; null when the line is no such row. */
export function readDelimitedRow(
  lineStart: number,
  text: string,
  table: DelimitedTable,
): TargetCandidate | null {
  if (text.length > 120 || !ROW_WORD.test(text)) return null;
  const ordinal = ROW_ORDINAL.exec(text)?.[0].length ?? 0;
  const body = text.slice(ordinal);
  if (table.implied && !STRONG_SEPARATOR.test(body)) return null;
  const cells = splitDelimited(body);
  const ind = table.roles.indicator;
  let { base, target } = table.roles;
  // Without a header a row may carry the target alone (指标……≥90).
  if (table.implied && (cells[2] === undefined || readValueCell(cells[2].text) === null)) {
    base = undefined;
    target = 1;
  }
  const indicatorCell = cells[ind];
  const targetCell = cells[target];
  if (indicatorCell === undefined || targetCell === undefined) return null;
  if (!ROW_WORD.test(indicatorCell.text) || readValueCell(indicatorCell.text) !== null) return null;
  const value = readValueCell(targetCell.text);
  if (value === null) return null;
  const baseCell = base !== undefined ? cells[base] : undefined;
  const baseline = baseCell !== undefined ? readValueCell(baseCell.text) : null;
  if (baseCell !== undefined && baseline === null && !isMissingCell(baseCell.text)) return null;
  const kind = table.roles.kind !== undefined ? (cells[table.roles.kind]?.text ?? '') : '';
  const start = lineStart + ordinal + indicatorCell.start;
  const end = lineStart + ordinal + targetCell.end;
  const metric = metricOf(indicatorCell.text);
  if (value.value === undefined) {
    return { start, end, metric, comparator: value.comparator ?? '+Δ' };
  }
  const cell = { value: value.value, comparator: value.comparator, unit: value.unit };
  const base0 = baseline?.value !== undefined ? { value: baseline.value } : null;
  return {
    start,
    end,
    metric,
    comparator: comparatorOf(cell, base0, kind),
    value: value.value,
    unit: unitOf(indicatorCell.text, cell),
  };
}
