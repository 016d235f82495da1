/**
 * Indicator lists whose cells are set apart by anything but a table grid: dotted leaders
 * (`……`, `··`, `..`), slashes (`／`), tabs, ideographic or runs of spaces
 * (`人均预期寿命（岁）……75.6／76.6／预期性`, `规范管理率\u3000百分之八十七点三\u3000百分之九十以上`).
 * Cells may be Arabic or Chinese numerals, with comparators, 左右/以上/以下, or a direction.
 */
import type { Comparator } from '../../core/annotation';
import { parseQuantity } from '../numbers/parse-number';
import { rolesOfHeader, type HeaderRoles, type TableCell } from './table-columns';

/** Separator characters between cells (after folding: ／ → /, \u3000 → space). */
const SEPARATOR_CHARS = '…·\t /⋯／\u3000';

/** True when the characters from `i` start a separator run outside brackets. */
function separatorLength(line: string, i: number): number {
  let j = i;
  while (j < line.length) {
    const ch = line[j] ?? '';
    if (SEPARATOR_CHARS.includes(ch)) j++;
    else if (ch === '.' && (line[j + 1] === '.' || line[j - 1] === '.')) j++;
    else break;
  }
  return j - i;
}

/**
 * Splits a line into cells at separator runs outside brackets, so the unit `（／10万）` stays
 * inside its indicator. Linear in the line length.
 */
export function splitDelimited(line: string): TableCell[] {
  const cells: TableCell[] = [];
  let depth = 0;
  let from = 0;
  let i = 0;
  const push = (s: number, e: number): void => {
    if (e > s) cells.push({ text: line.slice(s, e), start: s, end: e });
  };
  while (i < line.length) {
    const ch = line[i] ?? '';
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    const run = depth === 0 ? separatorLength(line, i) : 0;
    if (run > 0) {
      push(from, i);
      i += run;
      from = i;
      continue;
    }
    i++;
  }
  push(from, line.length);
  return cells;
}

const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}(?=年)/g;
const DIGIT_OF: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * Reads a header such as `（指标名称／2020年／2025年／指标性质）` or `（指标\u3000二〇二三年基数
 * 二〇二六年目标）`: at least three short cells that name an indicator and a target column.
 */
export function readDelimitedHeader(line: string): HeaderRoles | null {
  const inner = line
    .trim()
    .replace(/^[(（](.*)[)）]$/, '$1')
    .replace(CHINESE_YEAR, (y) => [...y].map((c) => DIGIT_OF[c] ?? c).join(''));
  if (inner.length > 60) return null;
  const cells = splitDelimited(inner);
  if (cells.length < 3 || cells.some((c) => c.text.length > 16)) return null;
  return rolesOfHeader(cells.map((c) => c.text));
}

/** A value cell: a number with its comparator and unit, or a direction without a number. */
export interface ValueCell {
  value?: number;
  comparator?: Comparator;
  unit?: string;
}

const COMPARATOR_HEAD: [RegExp, Comparator][] = [
  [/^(≥|>=|≧|不低于|不少于|达到)/, '≥'],
  [/^(≤|<=|≦|不高于|不超过|控制在)/, '≤'],
  [/^(>|大于|高于)/, '>'],
  [/^(<|小于|低于)/, '<'],
];
const CELL =
  /^(?:[≤≥<>≦≧]=?|不低于|不高于|不少于|不超过|大于|小于)?((?:百分之|千分之)?[\d.]+|(?:百分之|千分之|十万分之)?[零〇一二两三四五六七八九十百千万点]+)(%|‰|\/10万|\/万|[\u4e00-\u9fff]{0,2}?)(左右|以上|以下|以内)?$/;

/** Reads a value cell (`≤15`, `27左右`, `百分之九十以上`, `四点五名以上`, `同比例提高`). */
export function readValueCell(raw: string): ValueCell | null {
  const s = raw.replace(/[ \t]/g, '');
  if (/^(同比例|稳步|持续|逐步|有所|不断)?(提高|提升|增长|上升)$/.test(s)) return { comparator: '+Δ' };
  if (/^(同比例|稳步|持续|逐步|有所|不断)?(下降|降低|减少)$/.test(s)) return { comparator: '−Δ' };
  const m = CELL.exec(s);
  if (!m) return null;
  const token = (m[1] ?? '').replace(/点/g, '.');
  const chinese = /^(百分之|千分之|十万分之)?(.*)$/.exec(token);
  const quantity = parseDecimal(chinese?.[2] ?? token);
  if (quantity === null) return null;
  let comparator: Comparator | undefined;
  for (const [re, c] of COMPARATOR_HEAD) if (re.test(s)) comparator ??= c;
  if (m[3] === '以上') comparator ??= '≥';
  else if (m[3] === '以下' || m[3] === '以内') comparator ??= '≤';
  else if (m[3] === '左右') comparator ??= '≈';
  const base = chinese?.[1];
  const unit =
    base === '百分之' ? '%' : base === '千分之' ? '‰' : base === '十万分之' ? '/10万' : m[2] || undefined;
  return { value: quantity, comparator, unit };
}

/** Parses an Arabic decimal or a Chinese numeral with a 点 decimal part (三点六 → 3.6). */
function parseDecimal(token: string): number | null {
  if (/^\d+(\.\d+)?$/.test(token)) return Number(token);
  const [whole, frac] = token.split('.');
  const w = parseQuantity(whole ?? '')?.value;
  if (w === undefined) return null;
  if (frac === undefined) return w;
  let digits = '';
  for (const ch of frac) {
    const d = DIGIT_OF[ch];
    if (d === undefined) return null;
    digits += d;
  }
  return Number(`${w}.${digits}`);
}

/** A cell that stands for a missing baseline (—, /, 无). */
export function isMissingCell(text: string): boolean {
  return /^(-{1,2}|无|\/)$/.test(text.trim());
}

/** Leading ordinal of a list row (`1.`, `10．`, `一、`). */
export const ROW_ORDINAL = /^[ \t]*(?:\d{1,2}[.、][ \t]*|[一二三四五六七八九十]{1,3}[、.][ \t]*)?/;
