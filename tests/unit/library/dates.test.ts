import { describe, expect, test } from 'vitest';
import type { Recurrence } from '../../../src/core/annotation';
import { effectiveDue } from '../../../src/library/effective-due';
import {
  addDays,
  daysBetween,
  isoWeekday,
  localIsoDate,
  parseIsoDate,
} from '../../../src/library/local-date';
import { nextOccurrence } from '../../../src/library/recurrence';

describe('calendar helpers', () => {
  test('localIsoDate uses the local calendar day', () => {
    expect(localIsoDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(localIsoDate(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
  });

  test.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-04-31', false],
  ])('parseIsoDate(%s) valid: %s', (iso, valid) => {
    expect(parseIsoDate(iso) !== undefined).toBe(valid);
  });

  test.each([
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-31', 30, '2024-03-01'],
  ])('addDays(%s, %i) = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
    expect(daysBetween(iso, expected)).toBe(n);
  });

  test.each([
    ['2024-05-13', 1],
    ['2024-05-19', 7],
    ['2024-01-01', 1],
  ])('isoWeekday(%s) = %i', (iso, wd) => {
    expect(isoWeekday(iso)).toBe(wd);
  });
});

describe('nextOccurrence', () => {
  test.each<[string, Recurrence, string, string | undefined]>([
    ['每年12月5日之前, before', { freq: 'yearly', month: 12, day: 5 }, '2024-05-01', '2024-12-05'],
    ['每年12月5日之前, on the day', { freq: 'yearly', month: 12, day: 5 }, '2024-12-05', '2024-12-05'],
    ['每年12月5日之前, after', { freq: 'yearly', month: 12, day: 5 }, '2024-12-06', '2025-12-05'],
    ['每年11月底前', { freq: 'yearly', month: 11, day: 'last' }, '2024-11-30', '2024-11-30'],
    ['每年2月底前, leap year', { freq: 'yearly', month: 2 }, '2024-01-10', '2024-02-29'],
    ['yearly without month', { freq: 'yearly', day: 5 }, '2024-01-10', undefined],
    ['每季度末', { freq: 'quarterly', day: 'last' }, '2024-05-15', '2024-06-30'],
    ['每季度末, on quarter end', { freq: 'quarterly', day: 'last' }, '2024-09-30', '2024-09-30'],
    ['每季度末, year wrap', { freq: 'quarterly', day: 'last' }, '2024-12-31', '2024-12-31'],
    ['每季度第一个月10日前', { freq: 'quarterly', month: 1, day: 10 }, '2024-10-11', '2025-01-10'],
    ['每月10日前', { freq: 'monthly', day: 10 }, '2024-05-10', '2024-05-10'],
    ['每月10日前, past', { freq: 'monthly', day: 10 }, '2024-05-11', '2024-06-10'],
    ['每月10日前, December', { freq: 'monthly', day: 10 }, '2024-12-11', '2025-01-10'],
    ['每月31日, short month', { freq: 'monthly', day: 31 }, '2024-02-01', '2024-02-29'],
    ['每月底', { freq: 'monthly', day: 'last' }, '2024-04-05', '2024-04-30'],
    ['每周五前', { freq: 'weekly', weekday: 5 }, '2024-05-13', '2024-05-17'],
    ['每周五前, on Friday', { freq: 'weekly', weekday: 5 }, '2024-05-17', '2024-05-17'],
    ['每周五前, on Saturday', { freq: 'weekly', weekday: 5 }, '2024-05-18', '2024-05-24'],
  ])('%s from %s', (_label, rule, from, expected) => {
    expect(nextOccurrence(rule, from)).toBe(expected);
  });
});

describe('effectiveDue', () => {
  test('a plain deadline is due on its date, past or not', () => {
    expect(effectiveDue({ due: '2023-06-30' }, '2024-05-01')).toBe('2023-06-30');
  });
  test('a date-less clip has no due date', () => {
    expect(effectiveDue({ due: null }, '2024-05-01')).toBeNull();
    expect(effectiveDue({}, '2024-05-01')).toBeNull();
  });
  test('a recurring deadline whose stored date has passed moves to its next occurrence', () => {
    expect(
      effectiveDue({ due: '2022-12-05', recurring: { freq: 'yearly', month: 12, day: 5 } }, '2024-05-01'),
    ).toBe('2024-12-05');
  });
  test('a recurring deadline whose first occurrence is still ahead keeps it', () => {
    expect(
      effectiveDue({ due: '2025-12-05', recurring: { freq: 'yearly', month: 12, day: 5 } }, '2024-05-01'),
    ).toBe('2025-12-05');
  });
});
