import { describe, expect, test } from 'vitest';
import type { Clip } from '../../../src/core/clip';
import { DUE_WINDOW_LABELS, type DueWindow } from '../../../src/library/due-window';
import { filterClips } from '../../../src/library/filter-clips';
import { clip, day } from './fixtures';

// Wednesday 2024-05-15: week Mon 05-13 … Sun 05-19, month May, quarter Apr–Jun.
const now = day('2024-05-15');

const clips: Clip[] = [
  clip({ id: 'overdue', due: '2024-05-10' }),
  clip({ id: 'overdue-done', due: '2024-05-10', status: 'done' }),
  clip({ id: 'monday', due: '2024-05-13' }),
  clip({ id: 'today', due: '2024-05-15' }),
  clip({ id: 'sunday', due: '2024-05-19' }),
  clip({ id: 'next-monday', due: '2024-05-20' }),
  clip({ id: 'may-31', due: '2024-05-31' }),
  clip({ id: 'june-30', due: '2024-06-30' }),
  clip({ id: 'july-1', due: '2024-07-01' }),
  clip({ id: 'undated', due: null }),
  clip({ id: 'target', kind: 'target', text: '满意度达到90%以上' }),
  // Yearly report due 05-17 every year: the stored 2023 date has passed, but it is not overdue.
  clip({ id: 'yearly', due: '2023-05-17', recurring: { freq: 'yearly', month: 5, day: 17 } }),
];
const ids = (due: DueWindow[]) => filterClips(clips, { due }, now).map((c) => c.id);

describe('due windows relative to now', () => {
  test.each<[DueWindow, string[]]>([
    ['overdue', ['overdue', 'monday']],
    ['this-week', ['monday', 'today', 'sunday', 'yearly']],
    [
      'this-month',
      ['overdue', 'overdue-done', 'monday', 'today', 'sunday', 'next-monday', 'may-31', 'yearly'],
    ],
    [
      'this-quarter',
      ['overdue', 'overdue-done', 'monday', 'today', 'sunday', 'next-monday', 'may-31', 'june-30', 'yearly'],
    ],
    ['no-date', ['undated', 'target']],
  ])('%s', (window, expected) => {
    expect(ids([window])).toEqual(expected);
  });

  test('several windows are OR-ed', () => {
    expect(ids(['overdue', 'no-date'])).toEqual(['overdue', 'monday', 'undated', 'target']);
  });

  test('a week that spans two months is still Monday to Sunday', () => {
    const wed = day('2024-07-31');
    const c = [
      clip({ id: 'mon', due: '2024-07-29' }),
      clip({ id: 'sun', due: '2024-08-04' }),
      clip({ id: 'next', due: '2024-08-05' }),
    ];
    expect(filterClips(c, { due: ['this-week'] }, wed).map((x) => x.id)).toEqual(['mon', 'sun']);
  });

  test('on a Sunday the week is the one that ends today', () => {
    const sunday = day('2024-05-19');
    expect(filterClips(clips, { due: ['this-week'] }, sunday).map((c) => c.id)).toContain('monday');
  });

  test('every window has its Chinese label', () => {
    expect(Object.values(DUE_WINDOW_LABELS)).toEqual(['已逾期', '本周', '本月', '本季度', '无日期']);
  });
});

describe('facet filters', () => {
  const lib = [
    clip({
      id: 'gd',
      kind: 'deadline',
      url: 'https://wsjkw.gd.gov.cn/a.html',
      tags: ['报送'],
      status: 'todo',
    }),
    clip({
      id: 'gd-t',
      kind: 'target',
      url: 'https://wsjkw.gd.gov.cn/a.html#p2',
      tags: ['指标', '报送'],
      status: 'done',
    }),
    clip({ id: 'nhc', kind: 'target', url: 'https://www.nhc.gov.cn/b.shtml', tags: [], status: 'ignored' }),
    clip({
      id: 'hz',
      kind: 'deadline',
      url: 'https://wjw.huzhou.gov.cn/c.html',
      tags: ['指标'],
      status: 'todo',
    }),
  ];
  const ids = (filter: Parameters<typeof filterClips>[1]) => filterClips(lib, filter, now).map((c) => c.id);

  test.each([
    ['kind', { kinds: ['target' as const] }, ['gd-t', 'nhc']],
    ['site', { sites: ['WSJKW.gd.gov.cn'] }, ['gd', 'gd-t']],
    ['document, ignoring #hash', { docs: ['https://wsjkw.gd.gov.cn/a.html#x'] }, ['gd', 'gd-t']],
    ['tag', { tags: ['指标'] }, ['gd-t', 'hz']],
    ['either of two tags', { tags: ['报送', '指标'] }, ['gd', 'gd-t', 'hz']],
    ['status', { statuses: ['todo' as const] }, ['gd', 'hz']],
    ['kind AND tag', { kinds: ['deadline' as const], tags: ['指标'] }, ['hz']],
    ['site AND status', { sites: ['wsjkw.gd.gov.cn'], statuses: ['done' as const] }, ['gd-t']],
    ['empty facet lists mean any', { kinds: [], tags: [], sites: [] }, ['gd', 'gd-t', 'nhc', 'hz']],
  ])('%s', (_label, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  test('the input list is not modified', () => {
    const before = [...lib];
    filterClips(lib, { kinds: ['target'] }, now);
    expect(lib).toEqual(before);
  });
});
