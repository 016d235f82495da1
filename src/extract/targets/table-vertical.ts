/**
 * Indicator tables copied one cell per line, header included (`指标名称⏎单位⏎2021年⏎2025年目标⏎
 * 指标属性`, then each row in as many lines). The header's cells fix the row width and the role
 * of each line, so a row reads the same whatever its indicator or unit looks like.
 */
import { isHeaderCell, rolesOfHeader, type HeaderRoles } from './table-columns';

/** A line of the text: its offset and content (empty for long prose lines). */
export interface TextLine {
  start: number;
  text: string;
}

/** A row of a vertical table: one trimmed cell per line, with offsets into the text. */
export interface VerticalRow {
  cells: { text: string; start: number; end: number }[];
}

/** A header read from consecutive lines, and where its rows begin. */
export interface VerticalHeader {
  roles: HeaderRoles;
  firstRow: number;
}

const MAX_WIDTH = 8;

/** Reads a header of one cell per line at line `i` (at least three cells, a target column). */
export function readVerticalHeader(lines: TextLine[], i: number): VerticalHeader | null {
  const texts: string[] = [];
  let j = i;
  while (j < lines.length && texts.length < MAX_WIDTH && isHeaderCell((lines[j] as TextLine).text)) {
    texts.push((lines[j] as TextLine).text.trim());
    j++;
  }
  if (texts.length < 3) return null;
  const roles = rolesOfHeader(texts);
  return roles === null ? null : { roles, firstRow: j };
}

/** Reads the row of `width` lines starting at line `i`; null when a line is empty or prose. */
export function readVerticalRow(lines: TextLine[], i: number, width: number): VerticalRow | null {
  if (i + width > lines.length) return null;
  const cells: VerticalRow['cells'] = [];
  for (let k = 0; k < width; k++) {
    const line = lines[i + k] as TextLine;
    const text = line.text.trim();
    // A cell is short and holds no sentence; an empty line ends the table.
    if (text.length === 0 || text.length > 40 || /[。；;，,]/.test(text)) return null;
    const lead = line.text.length - line.text.trimStart().length;
    cells.push({ text, start: line.start + lead, end: line.start + lead + text.length });
  }
  return { cells };
}
