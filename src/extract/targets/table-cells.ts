/**
 * Cells of indicator tables: values, units (made per capita from the indicator) and the
 * comparator a bare target takes from its baseline.
 */
import type { Comparator } from '../../core/annotation';

/** A numeric table cell. */
export interface Cell {
  value: number;
  comparator?: Comparator;
  unit?: string;
}

/** Reads a numeric cell (`≥6.5`, `27左右`, `1:1.2`). */
export function readCell(raw: string): Cell | null {
  const s = raw.replace(/[ \t]/g, '');
  // A ratio cell (医护比 1:1.2) holds its target in the second term.
  const ratio = /^(\d+(?:\.\d+)?)[:∶比](\d+(?:\.\d+)?)$/.exec(s);
  if (ratio) return { value: Number(ratio[2]), comparator: '=' };
  const num = /\d+(?:\.\d+)?/.exec(s);
  if (!num) return null;
  let comparator: Comparator | undefined;
  if (/^(≥|>=|≧|不低于|不少于)/.test(s) || /以上$/.test(s)) comparator = '≥';
  else if (/^(≤|<=|≦|不高于|不超过)/.test(s) || /(以下|以内)$/.test(s)) comparator = '≤';
  else if (/^(>|大于)/.test(s)) comparator = '>';
  else if (/^(<|小于)/.test(s)) comparator = '<';
  else if (/左右$/.test(s)) comparator = '≈';
  const unit = /(%|‰|\/10万|\/万)/.exec(s)?.[1];
  return { value: Number(num[0]), comparator, unit };
}

/** A per-capita indicator (每千人口…). */
export const PER_CAPITA = /^每([十百千万]+)(人口|常住人口|名居民|人)/;

/**
 * Unit from the cell, the unit column or the indicator's brackets, made per capita where the
 * indicator (or the parent row of a 其中 sub-row) says so (每千人口…（人）).
 */
export function unitOf(
  indicator: string,
  cell: Cell,
  unitColumn?: string,
  parent?: string,
): string | undefined {
  const bracket = /[(（]([^()（）]{1,10})[)）]$/.exec(indicator)?.[1];
  const column = unitColumn !== undefined && /[^-—/ \t]/.test(unitColumn) ? unitColumn : undefined;
  const unit = cell.unit ?? column ?? (bracket && !/[、，,]/.test(bracket) ? bracket : undefined);
  const per = PER_CAPITA.exec(indicator) ?? (parent !== undefined ? PER_CAPITA.exec(parent) : null);
  return unit !== undefined && per && !unit.startsWith('/') ? `${unit}/${per[1]}${per[2]}` : unit;
}

/** The indicator without its unit brackets. */
export function metricOf(indicator: string): string {
  return indicator.replace(/[(（][^()（）]{1,10}[)）]$/, '');
}

/**
 * A bare target is a floor unless it lies under its baseline (死亡率 9.04 → 8.5); a 指导性
 * (guidance) value is a planning level.
 */
export function comparatorOf(target: Cell, baseline: Cell | null, kind = ''): Comparator {
  if (target.comparator) return target.comparator;
  if (/指导性/.test(kind)) return '≈';
  return baseline !== null && target.value < baseline.value ? '≤' : '≥';
}
