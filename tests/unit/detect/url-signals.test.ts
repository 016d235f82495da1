import { describe, expect, test } from 'vitest';
import { urlSignals } from '../../../src/detect/url-signals';

const ids = (url: string) => urlSignals(url).map((s) => s.id);
const total = (url: string) => urlSignals(url).reduce((sum, s) => sum + s.weight, 0);

describe('URL shapes', () => {
  test.each([
    'https://wjw.hunan.gov.cn/wjw/xxgk/tzgg/202305/t20230512_29345678.html',
    'http://www.nhc.gov.cn/yzygj/s7659/202306/9b6e3e4b1e4c4f5fa2a2b6a8c1f0d2e4.shtml',
    'http://wjw.huzhou.gov.cn/art/2023/3/6/art_1229209_59012345.html',
    'http://wsjkw.gd.gov.cn/gkmlpt/content/4/4123/post_4123456.html',
    'https://www.gov.cn/zhengce/content/2023-03/23/content_5748063.htm',
  ])('document page %s', (url) => {
    expect(ids(url)).toContain('url.detail-shape');
    expect(total(url)).toBeGreaterThan(0);
  });

  test.each([
    ['https://wjw.hunan.gov.cn/wjw/xxgk/tzgg/index.html', 'url.list-shape'],
    ['https://wjw.hunan.gov.cn/wjw/xxgk/tzgg/index_3.html', 'url.list-shape'],
    ['http://www.nhc.gov.cn/yzygj/s7659/list_2.shtml', 'url.list-shape'],
    ['http://wjw.huzhou.gov.cn/col/col1229208/index.html?pageNum=2', 'url.list-shape'],
    ['http://wsjkw.gd.gov.cn/gkmlpt/index', 'url.list-shape'],
    ['http://wsjkw.sc.gov.cn/', 'url.home'],
    ['http://wsjkw.sc.gov.cn/index.html', 'url.home'],
  ])('list or home page %s', (url, id) => {
    expect(ids(url)).toContain(id);
    expect(total(url)).toBeLessThan(0);
  });

  test.each([
    ['https://wjw.hunan.gov.cn/wjw/xxgk/zcjd/202305/t20230515_29348899.html', 'zcjd'],
    ['https://wjw.hunan.gov.cn/wjw/xwzx/gzdt/202302/t20230210_29256789.html', 'xwzx'],
    ['http://www.nhc.gov.cn/xcs/yqtb/202209/4f2e9b3c8d7a41d6b1e0c5a9f3d2e1b7.shtml', 'yqtb'],
    ['http://wsjkw.gd.gov.cn/zwgk_jyta/content/post_4234567.html', 'jyta'],
  ])('a column of something else outweighs the document shape: %s', (url, word) => {
    const other = urlSignals(url).find((s) => s.id === 'url.other-column');
    expect(other?.detail).toBe(word);
    expect(total(url)).toBeLessThan(0);
  });

  test('document column words count once and only without a contrary word', () => {
    expect(ids('https://x.gov.cn/xxgk/zcwj/202301/t20230101_1.html')).toEqual([
      'url.detail-shape',
      'url.document-column',
    ]);
  });

  test('no URL, no signals', () => {
    expect(urlSignals('')).toEqual([]);
  });
});
