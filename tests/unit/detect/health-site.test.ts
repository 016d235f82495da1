import { describe, expect, test } from 'vitest';
import { healthSiteSignals, HEALTH_SITE_THRESHOLD } from '../../../src/detect/health-site';

const base = { metas: {}, documentTitle: '', text: '', infoBlock: {} };
const score = (input: Partial<typeof base> & { url: string }) =>
  healthSiteSignals({ ...base, ...input }).reduce((sum, s) => sum + s.weight, 0);
const isHealth = (input: Partial<typeof base> & { url: string }) => score(input) >= HEALTH_SITE_THRESHOLD;

describe('health authority hosts', () => {
  test.each([
    'http://www.nhc.gov.cn/a/b.shtml',
    'http://www.nhfpc.gov.cn/',
    'http://www.natcm.gov.cn/',
    'https://www.nhsa.gov.cn/',
    'https://wjw.beijing.gov.cn/',
    'https://wsjkw.gd.gov.cn/',
    'https://wsjkw.gxzf.gov.cn/',
    'https://wst.hainan.gov.cn/',
    'https://wjw.huzhou.gov.cn/',
    'https://zyj.beijing.gov.cn/',
    'http://hc.jiangxi.gov.cn/',
    'http://ynswsjkw.yn.gov.cn/',
    'http://sxwjw.shaanxi.gov.cn/',
    'http://wsjk.ln.gov.cn/',
    'http://wjj.xxx.gov.cn/',
    'http://wsjkj.liuyang.gov.cn/',
  ])('%s', (url) => {
    expect(isHealth({ url })).toBe(true);
  });

  test.each([
    'https://www.gov.cn/zhengce/content/2023-03/23/content_5748063.htm',
    'http://jtt.hunan.gov.cn/',
    'http://www.hunan.gov.cn/',
    'http://www.wsj.com/articles/x',
    'http://wjw.example.com/',
    'https://www.liuyang.gov.cn/',
    'http://hc.gov.cn/',
  ])('not health: %s', (url) => {
    expect(isHealth({ url })).toBe(false);
  });
});

describe('health evidence besides the host', () => {
  test('SiteName meta', () => {
    expect(isHealth({ url: 'http://www.example.gov.cn/', metas: { sitename: '某某市卫生健康委员会' } })).toBe(
      true,
    );
  });

  test('footer sponsor', () => {
    expect(
      isHealth({ url: 'http://old.example.cn/', text: '正文\n主办单位：某某省卫生健康委员会 地址：…' }),
    ).toBe(true);
    expect(isHealth({ url: 'http://old.example.cn/', text: '正文\n主办单位：某某县人民政府办公室' })).toBe(
      false,
    );
  });

  test('a county bureau’s section of a county portal', () => {
    expect(isHealth({ url: 'http://www.xx.gov.cn/xxgk/bm/wsj/gkml/202304/t20230403_1.html' })).toBe(true);
  });

  test('the publisher alone is weak; with the column it suffices', () => {
    expect(
      isHealth({
        url: 'http://www.xx.gov.cn/art/2023/1/1/art_1_2.html',
        infoBlock: { 发布机构: '某某县卫生健康局' },
      }),
    ).toBe(false);
    expect(
      isHealth({
        url: 'http://www.xx.gov.cn/art/2023/1/1/art_1_2.html',
        infoBlock: { 发布机构: '某某县卫生健康局' },
        documentTitle: '关于…的通知_某某县卫生健康局',
      }),
    ).toBe(true);
  });

  test('www.gov.cn republishing a health commission’s document stays a non-health site', () => {
    expect(
      isHealth({
        url: 'https://www.gov.cn/zhengce/zhengceku/202301/content_1.htm',
        metas: { sitename: '中国政府网', contentsource: '国家卫生健康委员会' },
        infoBlock: { 发文机关: '国家卫生健康委' },
      }),
    ).toBe(false);
  });
});

test('a portal section named in the breadcrumb, with the publisher, is a health bureau’s section', () => {
  const url = 'https://www.gz.gov.cn/gkmlpt/content/9/9212/post_9212345.html';
  const infoBlock = { 发布机构: '广州市卫生健康委员会' };
  expect(isHealth({ url, infoBlock, text: '当前位置：首页 > 政府信息公开 > 市卫生健康委\n正文' })).toBe(true);
  expect(isHealth({ url, infoBlock, text: '当前位置：首页 > 政府信息公开 > 卫生健康\n正文' })).toBe(false);
});

test.each([
  ['四川省卫生健康委员会', true],
  ['某某县卫生健康局门户网站', true],
  ['关于做好卫生健康工作的通知', false],
  ['湖南省交通运输厅', false],
])('a <title> that is only the site name: %s → %s', (documentTitle, expected) => {
  expect(isHealth({ url: '', documentTitle })).toBe(expected);
});
