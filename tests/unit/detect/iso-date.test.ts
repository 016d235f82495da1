import { expect, test } from 'vitest';
import { toIsoDate, toIsoDateLoose } from '../../../src/detect/iso-date';

test.each([
  ['2020-09-11 08:38', '2020-09-11'],
  ['2020年08月02日', '2020-08-02'],
  ['2020年8月2日', '2020-08-02'],
  ['2020/9/1', '2020-09-01'],
  ['2020.09.11', '2020-09-11'],
  ['发布时间：2023 年 5 月 10 日', '2023-05-10'],
  ['2023-02-30', undefined],
  ['无', undefined],
])('toIsoDate(%s) → %s', (text, iso) => {
  expect(toIsoDate(text)).toBe(iso);
});

test.each([
  ['二〇二三年五月十日', '2023-05-10'],
  ['二〇一七年十二月二十一日', '2017-12-21'],
  ['二〇二〇年二月三十日', undefined],
  ['二O二四年十二月三十一日', '2024-12-31'],
  ['2017年5月3日', '2017-05-03'],
])('toIsoDateLoose(%s) → %s', (text, iso) => {
  expect(toIsoDateLoose(text)).toBe(iso);
});
