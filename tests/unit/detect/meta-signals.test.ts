import { expect, test } from 'vitest';
import { metaSignals } from '../../../src/detect/meta-signals';

test('detail-only tags open the gate', () => {
  expect(
    metaSignals({ articletitle: '关于…的通知', pubdate: '2023-01-01', columnname: '通知公告' }).map(
      (s) => s.id,
    ),
  ).toEqual(['meta.detail-tags', 'meta.column-documents']);
});

test('Column tags without ArticleTitle/PubDate mark a list page', () => {
  const signals = metaSignals({ sitename: 'X', columnname: '通知公告', columntype: '通知公告' });
  expect(signals[0]).toMatchObject({ id: 'meta.list-tags' });
  expect(signals[0]?.weight).toBeLessThan(0);
});

test.each([
  ['政策解读', 'meta.column-interpretation'],
  ['建议提案办理', 'meta.column-proposals'],
  ['疫情通报', 'meta.column-bulletin'],
  ['政府采购', 'meta.column-procurement'],
  ['工作动态', 'meta.column-news'],
])('column %s argues against a policy page', (column, id) => {
  const signal = metaSignals({ articletitle: 't', columnname: column }).find((s) => s.id === id);
  expect(signal?.weight).toBeLessThan(0);
});

test('pages without CMS tags get no meta evidence either way', () => {
  expect(metaSignals({ keywords: '护理' })).toEqual([]);
});
