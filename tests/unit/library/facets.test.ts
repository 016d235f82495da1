import { expect, test } from 'vitest';
import { libraryFacets } from '../../../src/library/facets';
import { clip } from './fixtures';

test('filter menus list each site, document and tag once, most used first', () => {
  const facets = libraryFacets([
    clip({ url: 'https://wsjkw.gd.gov.cn/a.html', doc: { title: '甲通知' }, tags: ['报送'] }),
    clip({ url: 'https://wsjkw.gd.gov.cn/a.html#p', doc: { title: '甲通知' }, tags: ['报送', '指标'] }),
    clip({ url: 'https://www.nhc.gov.cn/b.shtml', doc: { title: '' }, tags: [] }),
  ]);
  expect(facets.sites).toEqual([
    { value: 'wsjkw.gd.gov.cn', label: 'wsjkw.gd.gov.cn', count: 2 },
    { value: 'www.nhc.gov.cn', label: 'www.nhc.gov.cn', count: 1 },
  ]);
  expect(facets.docs).toEqual([
    { value: 'https://wsjkw.gd.gov.cn/a.html', label: '甲通知', count: 2 },
    { value: 'https://www.nhc.gov.cn/b.shtml', label: 'https://www.nhc.gov.cn/b.shtml', count: 1 },
  ]);
  expect(facets.tags.map((t) => [t.value, t.count])).toEqual([
    ['报送', 2],
    ['指标', 1],
  ]);
});
