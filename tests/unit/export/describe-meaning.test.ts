import { describe, expect, test } from 'vitest';
import {
  describeMeaning,
  describeRecurrence,
  type MeaningSource,
} from '../../../src/export/describe-meaning';
import type { Recurrence } from '../../../src/core/annotation';

describe('describeMeaning without a reading date', () => {
  test.each<[string, MeaningSource, string, string]>([
    ['a plain due date', { kind: 'deadline', due: '2017-06-20' }, '为 2017-06-20 截止', 'due 2017-06-20'],
    [
      'a date resolved from the document date',
      { kind: 'deadline', due: '2017-12-31', relative: true },
      '为 2017-12-31 截止（据文件日期推算）',
      'due 2017-12-31 (from the document date)',
    ],
    [
      'a period keeps its range',
      { kind: 'deadline', due: '2025-12-31', range: ['2021-01-01', '2025-12-31'] },
      '2021-01-01 至 2025-12-31',
      '2021-01-01 to 2025-12-31',
    ],
    [
      'a yearly rule with its stored next occurrence',
      { kind: 'deadline', due: '2017-12-05', recurring: { freq: 'yearly', month: 12, day: 5 } },
      '每年 12 月 5 日前（下次 2017-12-05）',
      'every year by 5 Dec (next 2017-12-05)',
    ],
    ['an open-ended order', { kind: 'deadline', due: null, openEnded: true }, '无具体日期', 'no fixed date'],
    [
      'a 20xx template',
      { kind: 'deadline', due: null, yearMissing: true },
      '年份待定（模板缺年份）',
      'year missing (template)',
    ],
    ['at least a percentage', { kind: 'target', comparator: '≥', value: 90, unit: '%' }, '≥ 90%', '≥ 90%'],
    ['at most a ratio without unit', { kind: 'target', comparator: '≤', value: 116 }, '≤ 116', '≤ 116'],
    ['about a percentage', { kind: 'target', comparator: '≈', value: 75, unit: '%' }, '≈ 75%', '≈ 75%'],
    [
      'an increase in percentage points',
      { kind: 'target', comparator: '+Δ', value: 10, unit: '个百分点' },
      '较基数 +10 个百分点',
      '+10 percentage points from baseline',
    ],
    [
      'a decrease',
      { kind: 'target', comparator: '−Δ', value: 50, unit: '%' },
      '较基数 −50%',
      '−50% from baseline',
    ],
    [
      'a change to a value',
      { kind: 'target', comparator: '→', value: 380, unit: '元' },
      '调整为 380 元',
      'to 380 元',
    ],
    [
      'a count with a word unit',
      { kind: 'target', comparator: '=', value: 15, unit: '个' },
      '= 15 个',
      '= 15 个',
    ],
    [
      'two values of one 分别 construction',
      { kind: 'target', comparator: '≥', value: [2.5, 3.14], unit: '人' },
      '≥ 2.5、3.14 人',
      '≥ 2.5, 3.14 人',
    ],
    ['a per-mille rate', { kind: 'target', comparator: '<', value: 5.6, unit: '‰' }, '< 5.6‰', '< 5.6‰'],
    ['direction only: must fall', { kind: 'target', comparator: '−Δ' }, '降低', 'decrease'],
    [
      'direction only: at least',
      { kind: 'target', comparator: '≥' },
      '不低于（未给数值）',
      'at least (no value given)',
    ],
    ['a value without comparator', { kind: 'target', value: 100, unit: '%' }, '100%', '100%'],
    ['nothing but the kind', { kind: 'target' }, '目标（未给数值）', 'target (no value given)'],
  ])('%s', (_name, source, zh, en) => {
    expect(describeMeaning(source, 'zh')).toBe(zh);
    expect(describeMeaning(source, 'en')).toBe(en);
  });

  test('Chinese is the default language', () => {
    expect(describeMeaning({ kind: 'deadline', due: '2017-06-20' })).toBe('为 2017-06-20 截止');
  });
});

describe('describeRecurrence', () => {
  test.each<[Recurrence, string, string]>([
    [{ freq: 'yearly', month: 12, day: 5 }, '每年 12 月 5 日前', 'every year by 5 Dec'],
    [{ freq: 'yearly', month: 11, day: 'last' }, '每年 11 月底前', 'every year by the end of Nov'],
    [{ freq: 'yearly', month: 11 }, '每年 11 月底前', 'every year by the end of Nov'],
    [{ freq: 'quarterly', day: 'last' }, '每季度末前', 'every quarter by quarter-end'],
    [{ freq: 'quarterly', day: 15 }, '每季度末月 15 日前', 'every quarter by the 15th of its last month'],
    [
      { freq: 'quarterly', month: 1, day: 10 },
      '每季度第 1 个月 10 日前',
      'every quarter by the 10th of its 1st month',
    ],
    [{ freq: 'monthly', day: 10 }, '每月 10 日前', 'every month by the 10th'],
    [{ freq: 'monthly', day: 1 }, '每月 1 日前', 'every month by the 1st'],
    [{ freq: 'monthly', day: 22 }, '每月 22 日前', 'every month by the 22nd'],
    [{ freq: 'monthly', day: 'last' }, '每月月底前', 'every month by month-end'],
    [{ freq: 'weekly', weekday: 5 }, '每周五前', 'every week by Friday'],
    [{ freq: 'weekly', weekday: 7 }, '每周日前', 'every week by Sunday'],
  ])('%j', (rule, zh, en) => {
    expect(describeRecurrence(rule, 'zh')).toBe(zh);
    expect(describeRecurrence(rule, 'en')).toBe(en);
  });
});

describe('describeMeaning on a reading date', () => {
  // Local noon, so the calendar day is the same in every time zone the tests run in.
  const now = new Date(2024, 5, 17, 12, 0);

  test.each<[string, MeaningSource, string, string]>([
    [
      'days left',
      { kind: 'deadline', due: '2024-06-20' },
      '为 2024-06-20 截止（还剩 3 天）',
      'due 2024-06-20 (3 days left)',
    ],
    [
      'one day left',
      { kind: 'deadline', due: '2024-06-18' },
      '为 2024-06-18 截止（还剩 1 天）',
      'due 2024-06-18 (1 day left)',
    ],
    [
      'due today',
      { kind: 'deadline', due: '2024-06-17' },
      '为 2024-06-17 截止（今天截止）',
      'due 2024-06-17 (due today)',
    ],
    [
      'overdue',
      { kind: 'deadline', due: '2024-06-10' },
      '为 2024-06-10 截止（已逾期 7 天）',
      'due 2024-06-10 (7 days overdue)',
    ],
    [
      'done clips show no countdown',
      { kind: 'deadline', due: '2024-06-10', status: 'done' },
      '为 2024-06-10 截止',
      'due 2024-06-10',
    ],
    [
      'a yearly rule moves on from a past document year to the next occurrence',
      { kind: 'deadline', due: '2017-12-05', recurring: { freq: 'yearly', month: 12, day: 5 } },
      '每年 12 月 5 日前（下次 2024-12-05；还剩 171 天）',
      'every year by 5 Dec (next 2024-12-05; 171 days left)',
    ],
    [
      'a quarterly rule falls at the end of the current quarter',
      { kind: 'deadline', due: '2017-03-31', recurring: { freq: 'quarterly', day: 'last' } },
      '每季度末前（下次 2024-06-30；还剩 13 天）',
      'every quarter by quarter-end (next 2024-06-30; 13 days left)',
    ],
    [
      'targets have no countdown',
      { kind: 'target', comparator: '≥', value: 90, unit: '%' },
      '≥ 90%',
      '≥ 90%',
    ],
  ])('%s', (_name, source, zh, en) => {
    expect(describeMeaning(source, 'zh', now)).toBe(zh);
    expect(describeMeaning(source, 'en', now)).toBe(en);
  });
});
