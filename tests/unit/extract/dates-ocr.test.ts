/**
 * Date parts and complete dates as scans and hand-typed pages write them: digits split by a
 * stray space, ○ or O for 〇, O for 0 next to digits, 曰 for 日 (folded before parsing).
 */
import { describe, expect, test } from 'vitest';
import { parseDatePart } from '../../../src/extract/dates/date-part';
import { parseFullDate } from '../../../src/extract/dates/parse-date';
import { fold } from '../../../src/extract/text/fold';

describe('parseDatePart', () => {
  test.each([
    ['12', 12],
    ['1 2', 12],
    ['3 0', 30],
    ['2O', 20],
    ['1o', 10],
    ['二〇二三', 2023],
    ['二○二三', 2023],
    ['二O二四', 2024],
    ['十二', 12],
    ['三十一', 31],
  ])('%s → %d', (raw, value) => {
    expect(parseDatePart(raw)).toBe(value);
  });

  test.each([[''], ['月'], [undefined]])('%s → null', (raw) => {
    expect(parseDatePart(raw)).toBeNull();
  });
});

describe('parseFullDate on folded OCR text', () => {
  test.each([
    ['2023年4月1 2曰', { y: 2023, m: 4, d: 12 }],
    ['2023 年 4 月 12 日', { y: 2023, m: 4, d: 12 }],
    ['2 023年1 1月3 0日', { y: 2023, m: 11, d: 30 }],
    ['二○二三年五月八日', { y: 2023, m: 5, d: 8 }],
    ['2O23年10月9日', { y: 2023, m: 10, d: 9 }],
    ['２０２３年６月１２日', { y: 2023, m: 6, d: 12 }],
    ['2023-06-12', { y: 2023, m: 6, d: 12 }],
  ])('%s', (raw, ymd) => {
    expect(parseFullDate(fold(raw))).toEqual(ymd);
  });

  test.each([['2023年2月30日'], ['2023年13月1日'], ['4月12日']])('%s is not a complete date', (raw) => {
    expect(parseFullDate(fold(raw))).toBeNull();
  });
});
