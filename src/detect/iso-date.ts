import type { IsoDate } from '../core/annotation';

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

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  o: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_DATE =
  /([〇零Oo一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

function smallChineseNumber(text: string): number {
  if (text === '十') return 10;
  const [tens, ones] = text.split('十');
  if (ones === undefined) return CHINESE_DIGITS[text] ?? Number.NaN;
  return (
    (tens === '' ? 1 : (CHINESE_DIGITS[tens ?? ''] ?? Number.NaN)) * 10 +
    (ones === '' ? 0 : (CHINESE_DIGITS[ones] ?? Number.NaN))
  );
}

/**
 * Like {@link toIsoDate}, but also reads dates in Chinese numerals as signatures print them:
 * 二〇一七年五月三日 → 2017-05-03.
 */
export function toIsoDateLoose(text: string): IsoDate | undefined {
  const arabic = toIsoDate(text);
  if (arabic) return arabic;
  const match = CHINESE_DATE.exec(text);
  if (!match) return undefined;
  const year = Number([...(match[1] ?? '')].map((c) => CHINESE_DIGITS[c] ?? 'x').join(''));
  return toIsoDate(`${year}-${smallChineseNumber(match[2] ?? '')}-${smallChineseNumber(match[3] ?? '')}`);
}
