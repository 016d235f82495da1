import { describe, expect, test } from 'vitest';
import {
  ADMIN_LEVEL_LABELS,
  inferAdminLevel,
  levelFromHost,
  levelFromIssuer,
} from '../../../src/library/admin-level';

describe('levelFromHost', () => {
  test.each([
    ['www.nhc.gov.cn', '', 'national'],
    ['nhc.gov.cn', '', 'national'],
    ['www.nhfpc.gov.cn', '', 'national'],
    ['www.natcm.gov.cn', '', 'national'],
    ['www.nhsa.gov.cn', '', 'national'],
    ['www.gov.cn', '/zhengce/content/2019-01/30/content_5362266.htm', 'national'],
    ['wsjkw.gd.gov.cn', '', 'provincial'],
    ['wjw.beijing.gov.cn', '', 'provincial'],
    ['zyj.beijing.gov.cn', '', 'provincial'],
    ['wsjkw.gxzf.gov.cn', '', 'provincial'],
    ['wst.hainan.gov.cn', '', 'provincial'],
    ['wsjkw.sh.gov.cn', '', 'provincial'],
    ['wjw.huzhou.gov.cn', '', 'city'],
    ['wjw.sz.gov.cn', '', 'city'],
    ['wjw.gz.gov.cn', '', 'city'],
    ['wjw.nanning.gxzf.gov.cn', '', 'city'],
    ['www.xiayi.gov.cn', '/bm/wsj/gkml/202301/t20230101_1.html', 'county'],
    ['www.xiayi.gov.cn', '/xwzx/1.html', undefined],
    ['www.example.com', '', undefined],
    ['gd.gov.cn.evil.com', '', undefined],
  ])('%s%s → %s', (host, path, level) => {
    expect(levelFromHost(host, path)).toBe(level);
  });
});

describe('levelFromIssuer', () => {
  test.each([
    ['国家卫生健康委员会', 'national'],
    ['国家卫生健康委办公厅', 'national'],
    ['国务院办公厅', 'national'],
    ['广西壮族自治区卫生健康委员会', 'provincial'],
    ['自治区卫生计生委办公室', 'provincial'],
    ['海南省卫生健康委员会', 'provincial'],
    ['北京市卫生健康委员会', 'provincial'],
    ['重庆市卫生健康委员会', 'provincial'],
    ['湖州市卫生健康委员会', 'city'],
    ['南宁市卫生和计划生育委员会', 'city'],
    ['广东省广州市卫生健康委员会', 'city'],
    ['延边朝鲜族自治州卫生健康委员会', 'city'],
    ['北京市朝阳区卫生健康委员会', 'county'],
    ['南宁市青秀区卫生健康局', 'county'],
    ['夏邑县卫生健康委员会', 'county'],
    ['梁园区卫生健康委员会', 'county'],
    ['', undefined],
    ['办公室', undefined],
  ])('%s → %s', (issuer, level) => {
    expect(levelFromIssuer(issuer)).toBe(level);
  });
});

describe('inferAdminLevel', () => {
  test('the issuer wins over the host when it is telling', () => {
    expect(
      inferAdminLevel({
        url: 'https://www.gov.cn/zhengce/x.htm',
        site: 'www.gov.cn',
        issuer: '海南省卫生健康委员会',
      }),
    ).toBe('provincial');
  });
  test('the host decides when the issuer is missing or says nothing', () => {
    expect(inferAdminLevel({ url: 'https://wsjkw.gd.gov.cn/a.html', site: 'wsjkw.gd.gov.cn' })).toBe(
      'provincial',
    );
    expect(
      inferAdminLevel({ url: 'https://www.nhc.gov.cn/a.shtml', site: 'www.nhc.gov.cn', issuer: '办公厅' }),
    ).toBe('national');
  });
  test('labels are the Chinese level names', () => {
    expect(ADMIN_LEVEL_LABELS).toEqual({
      national: '国家',
      provincial: '省级',
      city: '市级',
      county: '县级',
    });
  });
});
