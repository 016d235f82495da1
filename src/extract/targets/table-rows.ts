/**
 * Indicator tables copied as text: one row per line (`指标名（单位） 基数 目标 [属性]`) or one
 * cell per line. A row is a target from the indicator to the target cell (the last value);
 * the baseline between them stays inside the span (held-out README, decision 1).
 */
import type { TargetCandidate, TargetScan } from './candidate';
import {
  RECORD_HEAD,
  readHeader,
  type HeaderRoles,
  separatorOf,
  splitCells,
  type ColumnRoles,
} from './table-columns';
import { readVerticalHeader, readVerticalRow } from './table-vertical';
import { comparatorOf, metricOf, PER_CAPITA, readCell, unitOf } from './table-cells';
import { readDelimitedHeader } from './table-delimited';
import { IMPLIED_TABLE, readDelimitedRow, type DelimitedTable } from './table-delimited-rows';

const CELL_SOURCE =
  '(?:(?:[≤≥<>≦≧]=?|不低于|不高于|不少于|不超过|大于|小于)[ \\t]{0,2})?\\d{1,6}(?:\\.\\d{1,4})?(?:[ \\t]{0,2}(?:%|‰|/10万|/万|万))?(?:[ \\t]{0,2}(?:左右|以上|以下|以内))?';
const MISSING_SOURCE = '(?:-{1,2}|/|无)';
/** The indicator ends with its unit in brackets, or with a word that names a statistic. */
const INDICATOR_SOURCE =
  '[^ \\t\\n]{0,48}?(?:[(（][^()（）\\n]{1,10}[)）]|率|数|比|比例|比重|占比|水平|寿命|指数|覆盖面)';
const KIND_SOURCE = '(?:预期性|约束性|指导性)';
/** A whole row on one line: [领域] [序号] 指标 [基数] 目标 [属性]. */
const ROW = new RegExp(
  `^[ \\t]*(?:[\\u4e00-\\u9fff]{2,8}[ \\t]+)?(?:\\d{1,2}[ \\t.、]+)?(${INDICATOR_SOURCE})[ \\t]+(?:(${CELL_SOURCE}|${MISSING_SOURCE})[ \\t]+)?(${CELL_SOURCE})(?:[ \\t]+(${KIND_SOURCE}))?[ \\t]*$`,
);
const INDICATOR_LINE = new RegExp(`^[ \\t]*(?:\\d{1,2}[ \\t.、]+)?(${INDICATOR_SOURCE})[ \\t]*$`);
const CELL_LINE = new RegExp(`^[ \\t]*(${CELL_SOURCE}|${MISSING_SOURCE})[ \\t]*$`);
const KIND_LINE = new RegExp(`^[ \\t]*${KIND_SOURCE}[ \\t]*$`);
/** A header that announces goal columns (2025年目标, 目标值, 属性). */
const GOAL_HEADER = /(目标|属性|规划值|预期值)/;
/** Headers of a results table: its values are records, not goals. */
const RECORD_HEADER = /(完成值|完成情况|实际值|实际完成|完成率)/;
const ROW_WORD = /[\u4e00-\u9fff]/;
/** A heading over a goal list whose rows need no header (主要指标, 发展目标, 工作目标). */
const GOAL_HEADING = /(主要指标|发展目标|主要目标|工作目标|指标体系)[ \t]*$/;
const CELL_AFTER_SPACE = /[ \t](?:[≤≥<>≦≧/-]|\d|不[低高少]于)/;
/** Words of a header line or header cell. */
const HEADER_WORD = /(指标|目标|属性|基数|基期|现状|完成值|实际值)/;

/** Finds indicator-table rows. Linear: each line is read once, a header is remembered. */
export function findTableRowTargets(scan: TargetScan): TargetCandidate[] {
  const { f } = scan;
  const out: TargetCandidate[] = [];
  if (scan.reportGenre === true) return out;
  let goalHeaderAt = -Infinity;
  let recordHeader = false;
  let columns: ColumnRoles | null = null;
  let delimited: DelimitedTable | null = null;
  let goalHeadingAt = -Infinity;
  const parent = { indicator: undefined as string | undefined, unit: undefined as string | undefined };
  // Long lines are prose: keep their text empty so the row patterns never run on them.
  const lines: { start: number; text: string }[] = [];
  for (let pos = 0; pos <= f.length;) {
    let end = f.indexOf('\n', pos);
    if (end < 0) end = f.length;
    lines.push({ start: pos, text: end - pos <= 200 ? f.slice(pos, end) : '' });
    pos = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as { start: number; text: string };
    const text = line.text;
    if (text.length > 200 || !ROW_WORD.test(text)) continue;
    if (columns !== null) {
      if (separatorOf(text) === columns.separator) {
        const row = readColumnRow(f, line.start, text, columns, parent);
        if (row !== null) {
          out.push(row);
          continue;
        }
      } else columns = null; // a note or prose line ends the table
    }
    const list = delimited ?? (i - goalHeadingAt <= 30 ? IMPLIED_TABLE : null);
    if (list !== null) {
      const row = readDelimitedRow(line.start, text, list);
      if (row !== null) {
        out.push(row);
        continue;
      }
      delimited = null;
    }
    if (text.length < 80 && HEADER_WORD.test(text) && !RECORD_HEAD.test(text) && separatorOf(text) === null) {
      const roles = readDelimitedHeader(text);
      if (roles !== null) {
        delimited = { roles, implied: false };
        continue;
      }
    }
    if (text.length <= 30 && GOAL_HEADING.test(text) && !RECORD_HEADER.test(text)) goalHeadingAt = i;
    if (HEADER_WORD.test(text) && !/\d\.\d|[(（]/.test(text) && text.length < 80) {
      const vertical = separatorOf(text) === null ? readVerticalHeader(lines, i) : null;
      if (vertical !== null) {
        i = readVerticalRows(lines, vertical.firstRow, vertical.roles, out) - 1;
        continue;
      }
      const declared = RECORD_HEAD.test(text) ? null : readHeader(text);
      if (declared !== null) {
        columns = declared;
        parent.indicator = undefined;
        continue;
      }
      // A header row (领域 序号 指标 2020年基数 2025年目标 属性), or one header cell per line:
      // remember what the columns mean.
      if (GOAL_HEADER.test(text) || RECORD_HEADER.test(text)) {
        goalHeaderAt = i;
        recordHeader = RECORD_HEADER.test(text);
      }
      continue;
    }
    const recentHeader = i - goalHeaderAt <= 40 && !recordHeader;
    // Rows have a cell after a space; prose lines skip the row pattern.
    const row = CELL_AFTER_SPACE.test(text) ? ROW.exec(text) : null;
    if (row) {
      const indicator = row[1] ?? '';
      const baseline = row[2] !== undefined ? readCell(row[2]) : null;
      const target = readCell(row[3] ?? '');
      const hasKind = row[4] !== undefined;
      if (target === null || !(hasKind || recentHeader || (target.comparator && row[2] !== undefined)))
        continue;
      // A year is a header cell, never a value.
      if (target.value >= 1900 && target.value <= 2100 && target.comparator === undefined) continue;
      const start = line.start + text.indexOf(indicator, text.length - text.trimStart().length);
      const end = line.start + (row.index + row[0].length - (row[0].length - row[0].trimEnd().length));
      const valueEnd = hasKind
        ? end - (row[0].trimEnd().length - row[0].trimEnd().lastIndexOf(row[4] ?? ''))
        : end;
      out.push({
        start,
        end: trimEnd(f, start, valueEnd),
        metric: metricOf(indicator),
        comparator: comparatorOf(target, baseline),
        value: target.value,
        unit: unitOf(indicator, target),
      });
      continue;
    }
    // One cell per line: 指标 / 基数 / 目标 / [属性].
    const only = INDICATOR_LINE.exec(text);
    if (!only || !recentHeader) continue;
    const cells: { cell: ReturnType<typeof readCell>; end: number }[] = [];
    let j = i + 1;
    for (; j < lines.length && j <= i + 3; j++) {
      const next = lines[j] as { start: number; text: string };
      const c = CELL_LINE.exec(next.text);
      if (!c) break;
      cells.push({ cell: readCell(c[1] ?? ''), end: next.start + next.text.trimEnd().length });
    }
    const last = cells[cells.length - 1];
    if (cells.length === 0 || cells.length > 2 || !last || last.cell === null) continue;
    const kindNext = j < lines.length && KIND_LINE.test((lines[j] as { text: string }).text);
    if (!kindNext && cells.length < 2) continue;
    const indicator = only[1] ?? '';
    const baseline = cells.length === 2 ? (cells[0]?.cell ?? null) : null;
    out.push({
      start: line.start + text.indexOf(indicator),
      end: last.end,
      metric: metricOf(indicator),
      comparator: comparatorOf(last.cell, baseline),
      value: last.cell.value,
      unit: unitOf(indicator, last.cell),
    });
    i = j - 1;
  }
  return out;
}

/**
 * Reads the rows of a table written one cell per line under a vertical header; returns the
 * index of the first line after the table.
 */
function readVerticalRows(
  lines: { start: number; text: string }[],
  first: number,
  roles: HeaderRoles,
  out: TargetCandidate[],
): number {
  let i = first;
  for (
    let row = readVerticalRow(lines, i, roles.width);
    row !== null;
    row = readVerticalRow(lines, i, roles.width)
  ) {
    const indicatorCell = row.cells[roles.indicator];
    const targetCell = row.cells[roles.target];
    const target = targetCell !== undefined ? readCell(targetCell.text) : null;
    if (indicatorCell === undefined || targetCell === undefined || target === null) break;
    if (!ROW_WORD.test(indicatorCell.text)) break;
    const baseCell = roles.base !== undefined ? row.cells[roles.base] : undefined;
    const baseline = baseCell !== undefined ? readCell(baseCell.text) : null;
    const kind = roles.kind !== undefined ? (row.cells[roles.kind]?.text ?? '') : '';
    const unitColumn = roles.unit !== undefined ? row.cells[roles.unit]?.text : undefined;
    out.push({
      start: indicatorCell.start,
      end: targetCell.end,
      metric: metricOf(indicatorCell.text),
      comparator: comparatorOf(target, baseline, kind),
      value: target.value,
      unit: unitOf(indicatorCell.text, target, unitColumn),
    });
    i += roles.width;
  }
  return i;
}

function trimEnd(f: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[ \t]/.test(f[e - 1] ?? '')) e--;
  return e;
}

/**
 * Reads one row of a table whose header declared its columns. The span runs from the indicator
 * to the target cell (unit and baseline cells between stay inside); 其中： sub-rows share the
 * per-capita base of the row above them.
 */
function readColumnRow(
  f: string,
  lineStart: number,
  text: string,
  columns: ColumnRoles,
  parent: { indicator?: string; unit?: string },
): TargetCandidate | null {
  const cells = splitCells(text, columns.separator);
  const indicatorCell = cells[columns.indicator];
  const targetCell = cells[columns.target];
  if (indicatorCell === undefined || targetCell === undefined || !ROW_WORD.test(indicatorCell.text))
    return null;
  const target = readCell(targetCell.text);
  if (target === null) return null;
  const sub = /^其中[:：]?[ \t]*/.exec(indicatorCell.text);
  const indicator = indicatorCell.text.slice(sub?.[0].length ?? 0);
  const unitColumn = columns.unit !== undefined ? cells[columns.unit]?.text : undefined;
  if (PER_CAPITA.test(indicator) || (sub === null && parent.unit !== unitColumn)) {
    parent.indicator = PER_CAPITA.test(indicator) ? indicator : undefined;
    parent.unit = unitColumn;
  }
  const baseCell = columns.base !== undefined ? cells[columns.base] : undefined;
  const baseline = baseCell !== undefined ? readCell(baseCell.text) : null;
  const kind = columns.kind !== undefined ? (cells[columns.kind]?.text ?? '') : '';
  const start = lineStart + indicatorCell.start + (sub?.[0].length ?? 0);
  return {
    start,
    end: lineStart + targetCell.end,
    metric: metricOf(indicator),
    comparator: comparatorOf(target, baseline, kind),
    value: target.value,
    unit: unitOf(indicator, target, unitColumn, PER_CAPITA.test(indicator) ? undefined : parent.indicator),
  };
}
