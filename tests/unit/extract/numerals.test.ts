/**
 * Chinese and Arabic numbers as they appear in policy text.
 */
import { describe, expect, test } from 'vitest';
import { parseChineseNumeral } from '../../../src/extract/numbers/chinese-numerals';
import { parseQuantity } from '../../../src/extract/numbers/parse-number';

describe('parseChineseNumeral', () => {
  test.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['一百一十六', 116],
    ['一百零五', 105],
    ['三千五百', 3500],
    ['一万', 10000],
    ['三万五千', 35000],
    ['十万', 100000],
    ['三千五百万', 35000000],
    ['一亿二千万', 120000000],
    ['二〇一七', 2017],
    ['二〇二五', 2025],
    ['九十', 90],
    ['两百', 200],
    ['四千三百三十四', 4334],
  ])('%s → %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });

  test.each(['', 'abc', '年', '十a'])('%j is not a numeral', (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });
});

describe('parseQuantity', () => {
  test.each([
    ['90', 90, undefined],
    ['4.1万', 41000, undefined],
    ['3 万', 30000, undefined],
    ['6.5亿', 650000000, undefined],
    ['4000万', 40000000, undefined],
    ['450 亿', 45000000000, undefined],
    ['百分之九十', 90, '%'],
    ['千分之五', 5, '‰'],
    ['百分之七十五', 75, '%'],
    ['一百一十六', 116, undefined],
    ['1,200', 1200, undefined],
    ['0.83', 0.83, undefined],
    ['三千五百万', 35000000, undefined],
    ['三分之一', 33.33, '%'],
    ['四分之三', 75, '%'],
    ['五分之二', 40, '%'],
    ['两分之一', 50, '%'],
    ['3分之2', 66.67, '%'],
    ['十分之一', 10, '%'],
  ])('%s → %d %s', (s, v, unit) => {
    const q = parseQuantity(s);
    expect(q?.value).toBe(v);
    expect(q?.impliedUnit).toBe(unit);
  });
});

describe('fractions that are not shares', () => {
  test.each(['三分之四', '零分之一'])('%s is not a share', (s) => {
    expect(parseQuantity(s)).toBeNull();
  });
});
