/**
 * Column roles of an indicator table declared by its header row (`主要指标 | 单位 | 2020年 |
 * 2025年 | 指标性质`), and the cells of a row split by the same separator: `|`, tabs or runs of
 * spaces. Rows are then read by column, whatever order the header gives.
 */

/** A cell of a row with its offsets inside the line. */
export interface TableCell {
  text: string;
  start: number;
  end: number;
}

/** What each column of a table means (indices into the cells of a row). */
export interface ColumnRoles {
  separator: 'pipe' | 'tab' | 'spaces';
  indicator: number;
  unit?: number;
  base?: number;
  target: number;
  kind?: number;
  /** Number of header cells. */
  width: number;
}

const SPLITTERS: Record<ColumnRoles['separator'], RegExp> = {
  pipe: /[ \t]*\|[ \t]*/g,
  tab: /[ \t]*\t[ \t]*/g,
  spaces: / {2,}|[ \t]*\t[ \t]*/g,
};

/** The separator a line uses, strongest first; null for prose. */
export function separatorOf(line: string): ColumnRoles['separator'] | null {
  if (line.includes('|')) return 'pipe';
  if (line.includes('\t')) return 'tab';
  if (/\S {2,}\S/.test(line)) return 'spaces';
  return null;
}

/** Splits a line into trimmed cells; leading and trailing pipes give no empty cells. */
export function splitCells(line: string, separator: ColumnRoles['separator']): TableCell[] {
  const cells: TableCell[] = [];
  const re = SPLITTERS[separator];
  re.lastIndex = 0;
  let from = 0;
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(line[s] ?? '')) s++;
    while (e > s && /\s/.test(line[e - 1] ?? '')) e--;
    if (e > s || cells.length > 0) cells.push({ text: line.slice(s, e), start: s, end: e });
  };
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  while (cells.length > 0 && (cells[cells.length - 1] as TableCell).text === '') cells.pop();
  return cells;
}

const INDICATOR_HEAD = /(指标|名称|项目|内容)/;
const UNIT_HEAD = /^(计量)?单位$/;
const KIND_HEAD = /(属性|性质|类型)$/;
const BASE_HEAD = /(基数|基期|基线|现状|现值)/;
const TARGET_HEAD = /(目标|规划值|预期值)/;
const YEAR_HEAD = /((?:19|20)\d{2})[ \t]*年/;
/** A results table (完成值, 实际值): its figures are records. */
export const RECORD_HEAD = /(完成值|完成情况|实际值|实际完成|完成率)/;

/**
 * Reads a header row: which column holds the indicator, the unit, the baseline, the target
 * and the kind (约束性/预期性). The target column is the one named 目标 or the latest year;
 * the baseline the one named 基数/现状 or the earliest year. Null when the line is no header.
 */
export function readHeader(line: string): ColumnRoles | null {
  const separator = separatorOf(line);
  if (separator === null) return null;
  const cells = splitCells(line, separator);
  if (cells.length < 3 || cells.some((c) => c.text.length > 16)) return null;
  const roles = rolesOfHeader(cells.map((c) => c.text));
  return roles === null ? null : { separator, ...roles };
}

/** Column roles without a separator: the header of a table written one cell per line. */
export type HeaderRoles = Omit<ColumnRoles, 'separator'>;

/** True when a header cell names a column role (指标名称, 单位, 2021年, 2025年目标, 属性). */
export function isHeaderCell(text: string): boolean {
  // A caption (表1 主要指标) has a space inside; a header cell is one word.
  const t = text.trim();
  return (
    !/[ \t]/.test(t) &&
    t.length > 0 &&
    t.length <= 16 &&
    (TARGET_HEAD.test(t) ||
      BASE_HEAD.test(t) ||
      YEAR_HEAD.test(t) ||
      UNIT_HEAD.test(t) ||
      KIND_HEAD.test(t) ||
      INDICATOR_HEAD.test(t) ||
      /^序号$/.test(t))
  );
}

/**
 * Reads the roles of header cells: which column holds the indicator, the unit, the baseline,
 * the target and the kind. The target column is the one named 目标 or the latest year; the
 * baseline the one named 基数/现状 or the earliest year. Null when the cells are no header.
 */
export function rolesOfHeader(texts: string[]): HeaderRoles | null {
  let indicator = -1;
  let unit: number | undefined;
  let base: number | undefined;
  let target: number | undefined;
  let kind: number | undefined;
  const years: { at: number; year: number }[] = [];
  texts.forEach((raw, i) => {
    const t = raw.replace(/[ \t]/g, '');
    const year = YEAR_HEAD.exec(t);
    if (TARGET_HEAD.test(t)) target = i;
    else if (BASE_HEAD.test(t)) base = i;
    else if (year) years.push({ at: i, year: Number(year[1]) });
    else if (UNIT_HEAD.test(t)) unit = i;
    else if (KIND_HEAD.test(t)) kind = i;
    else if (indicator < 0 && INDICATOR_HEAD.test(t)) indicator = i;
  });
  years.sort((a, b) => a.year - b.year);
  target ??= years.length > 0 ? years[years.length - 1]?.at : undefined;
  if (base === undefined && years.length > 1 && years[0]?.at !== target) base = years[0]?.at;
  if (base === undefined && years.length === 1 && years[0]?.at !== target) base = years[0]?.at;
  if (target === undefined || indicator < 0 || indicator >= target) return null;
  return { indicator, unit, base, target, kind, width: texts.length };
}
