import { describe, expect, test } from 'vitest';
import { groupByDocument } from '../../../src/library/group-by-document';
import { queryLibrary } from '../../../src/library/query-library';
import { sortClips } from '../../../src/library/sort-clips';
import { clip, day } from './fixtures';

const now = day('2024-05-15');

describe('sortClips', () => {
  const a = clip({ id: 'a', due: '2024-06-30', createdAt: '2024-05-01T00:00:00Z' });
  const b = clip({ id: 'b', due: null, createdAt: '2024-05-03T00:00:00Z' });
  const c = clip({ id: 'c', due: '2024-05-20', createdAt: '2024-05-02T00:00:00Z' });
  const d = clip({ id: 'd', kind: 'target', createdAt: '2024-05-04T00:00:00Z' });
  const yearly = clip({
    id: 'yearly',
    due: '2023-05-25',
    recurring: { freq: 'yearly', month: 5, day: 25 },
    createdAt: '2024-04-01T00:00:00Z',
  });

  test('by due: soonest first, recurring at its next occurrence, undated last (newest first)', () => {
    expect(sortClips([a, b, c, d, yearly], 'due', now).map((x) => x.id)).toEqual([
      'c',
      'yearly',
      'a',
      'd',
      'b',
    ]);
  });

  test('by created: newest first', () => {
    expect(sortClips([a, b, c, d], 'created', now).map((x) => x.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  test('by document: title, then position in the page', () => {
    const x2 = clip({
      id: 'x2',
      url: 'https://a.gov.cn/x.html',
      doc: { title: '北京方案' },
      anchor: { quote: 'q', prefix: '', suffix: '', start: 200, end: 201 },
    });
    const x1 = clip({
      id: 'x1',
      url: 'https://a.gov.cn/x.html',
      doc: { title: '北京方案' },
      anchor: { quote: 'q', prefix: '', suffix: '', start: 5, end: 6 },
    });
    const y = clip({ id: 'y', url: 'https://a.gov.cn/y.html', doc: { title: '安徽通知' } });
    expect(sortClips([x2, y, x1], 'document', now).map((c) => c.id)).toEqual(['y', 'x1', 'x2']);
  });

  test('sorting returns a copy', () => {
    const input = [a, b, c];
    sortClips(input, 'due', now);
    expect(input.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('groupByDocument', () => {
  test('groups by page (ignoring #hash) in order of first appearance, keeping order inside', () => {
    const p1 = clip({ id: 'p1', url: 'https://a.gov.cn/x.html', doc: { title: undefined } });
    const q = clip({ id: 'q', url: 'https://a.gov.cn/y.html' });
    const p2 = clip({
      id: 'p2',
      url: 'https://a.gov.cn/x.html#section',
      doc: { title: '完整标题', docNumber: '粤卫〔2024〕1号' },
    });
    const groups = groupByDocument([p1, q, p2]);
    expect(groups.map((g) => [g.key, g.clips.map((c) => c.id)])).toEqual([
      ['https://a.gov.cn/x.html', ['p1', 'p2']],
      ['https://a.gov.cn/y.html', ['q']],
    ]);
    // The group learns the title from whichever clip knows it.
    expect(groups[0]!.doc).toMatchObject({ title: '完整标题', docNumber: '粤卫〔2024〕1号' });
  });
});

describe('queryLibrary', () => {
  test('filters, then sorts (default by due)', () => {
    const clips = [
      clip({ id: 'late', due: '2024-06-01', tags: ['t'] }),
      clip({ id: 'soon', due: '2024-05-16', tags: ['t'] }),
      clip({ id: 'other', due: '2024-05-15' }),
    ];
    expect(queryLibrary(clips, { filter: { tags: ['t'] } }, now).map((c) => c.id)).toEqual(['soon', 'late']);
  });
});
