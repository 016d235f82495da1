import type { IsoDate } from '../core/annotation';
import { parseChineseNumeral } from '../extract/numbers/chinese-numerals';

const DATE_PARTS = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/**
 * Reads the first calendar date in `text` as ISO `YYYY-MM-DD`: `2020-09-11 08:38`,
 * `2020年08月02日`, `2020/9/1`. Returns `undefined` when there is none or it is not a real date.
 */
export function toIsoDate(text: string): IsoDate | undefined {
  const match = DATE_PARTS.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const CHINESE_DATE =
  /([〇零Oo一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/**
 * Like {@link toIsoDate}, but also reads dates in Chinese numerals as signatures print them:
 * 二〇一七年五月三日 → 2017-05-03.
 */
export function toIsoDateLoose(text: string): IsoDate | undefined {
  const arabic = toIsoDate(text);
  if (arabic) return arabic;
  const match = CHINESE_DATE.exec(text);
  if (!match) return undefined;
  // OCR reads 〇 as the letter O.
  const year = parseChineseNumeral((match[1] ?? '').replace(/[Oo]/g, '〇'));
  const month = parseChineseNumeral(match[2] ?? '');
  const day = parseChineseNumeral(match[3] ?? '');
  if (year === null || month === null || day === null) return undefined;
  return toIsoDate(`${year}-${month}-${day}`);
}
