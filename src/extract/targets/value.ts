/**
 * Target values: one quantity or a short list/range of them, with unit and qualifier
 * (90% 以上, 3 万人, 2.5 人、3.14 人, 6~7家, 每人380元和90元, 百分之九十).
 */
import { QUANTITY_SOURCE, parseQuantity } from '../numbers/parse-number';
import { QUALIFIER_SOURCE, UNIT_SOURCE } from './units';

const S = '[ \\t]{0,2}';

/** A per-unit prefix before a value: 每人, 每百人天, 人均. */
const PER_SOURCE = '每人每年|每[百千万十]?[人床天日年户次]{1,3}|人均|年均|平均';
const PER_PREFIX = new RegExp(`^(?:${PER_SOURCE})`);

/** One value: quantity, optional unit, optional qualifier. */
export const ONE_VALUE_SOURCE = `${QUANTITY_SOURCE}${S}(?:${UNIT_SOURCE})?(?:${S}${QUALIFIER_SOURCE})?`;

/** One value, or a range (6~7家), or a list joined by 、和及 (380元和90元). */
export const VALUES_SOURCE =
  `(?:${PER_SOURCE})?${S}${QUANTITY_SOURCE}${S}(?:${UNIT_SOURCE})?(?:${S}(?:-|至|到)${S}${QUANTITY_SOURCE}${S}(?:${UNIT_SOURCE})?)?(?:${S}${QUALIFIER_SOURCE})?` +
  `(?:${S}[、和及]${S}${ONE_VALUE_SOURCE}){0,5}`;

const PIECE = new RegExp(`(${QUANTITY_SOURCE})${S}(${UNIT_SOURCE})?`, 'g');
const QUALIFIER = new RegExp(`${QUALIFIER_SOURCE}`);

/** A parsed value phrase. */
export interface ParsedValues {
  values: number[];
  unit?: string;
  qualifier?: string;
  /** 每人 / 人均 before the value: the unit is per person. */
  perPerson: boolean;
}

/** Normalises a unit as written (百分点 → 个百分点). */
export function normaliseUnit(u: string | undefined): string | undefined {
  if (u === undefined || u === '') return undefined;
  if (u === '百分点') return '个百分点';
  return u;
}

/** Parses a value phrase matched by `VALUES_SOURCE`. */
export function parseValues(phrase: string): ParsedValues {
  const values: number[] = [];
  let unit: string | undefined;
  const per = PER_PREFIX.exec(phrase.trimStart())?.[0] ?? '';
  const body = phrase.trimStart().slice(per.length);
  for (const m of body.matchAll(PIECE)) {
    const q = parseQuantity(m[1] ?? '');
    if (q === null) continue;
    let v = q.value;
    let u = normaliseUnit(m[2]) ?? q.impliedUnit;
    // 3 万人 → 30000 人; 4.1万人次 likewise; 万元/亿元 → 元.
    if (u === '万人次') {
      v *= 1e4;
      u = '人次';
    }
    values.push(Math.round(v * 1e6) / 1e6);
    if (u !== undefined) unit ??= u;
  }
  const qual = QUALIFIER.exec(phrase)?.[0];
  const perPerson = /^(每人(?!天)|人均)/.test(per);
  return { values, unit, qualifier: qual, perPerson };
}
