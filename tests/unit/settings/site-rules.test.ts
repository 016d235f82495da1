import { describe, expect, test } from 'vitest';
import type { Detection } from '../../../src/detect/classify';
import { isGovernmentHost, shouldAnnotate, siteKey, type SiteMode } from '../../../src/settings/site-rules';

function detection(overrides: Partial<Detection>): Detection {
  return {
    policyPage: true,
    healthSite: true,
    healthTopic: true,
    score: 10,
    signals: [],
    document: {},
    ...overrides,
  };
}

const HEALTH_URL = 'https://wsjkw.gd.gov.cn/zwgk/content/post_1.html';

describe('shouldAnnotate', () => {
  test.each<
    [
      string,
      { url?: string; detection: Partial<Detection>; siteMode: SiteMode; onDemand?: boolean },
      boolean,
      string,
    ]
  >([
    [
      'auto: health-authority policy page on gov.cn',
      { detection: {}, siteMode: 'auto' },
      true,
      'health-authority-policy-page',
    ],
    [
      'auto: health document on www.gov.cn',
      { url: 'https://www.gov.cn/zhengce/content/1.htm', detection: { healthSite: false }, siteMode: 'auto' },
      true,
      'health-policy-page',
    ],
    [
      'auto: transport notice',
      {
        url: 'http://jtt.hunan.gov.cn/a.html',
        detection: { healthSite: false, healthTopic: false },
        siteMode: 'auto',
      },
      false,
      'not-health',
    ],
    [
      'auto: list page of a health site',
      { detection: { policyPage: false }, siteMode: 'auto' },
      false,
      'not-policy-page',
    ],
    [
      'auto: speech on a non-government site',
      { url: 'https://www.fanwen.com/a.html', detection: { healthSite: false }, siteMode: 'auto' },
      false,
      'not-government-site',
    ],
    [
      'on: speech on a non-government site',
      {
        url: 'https://www.fanwen.com/a.html',
        detection: { healthSite: false, healthTopic: false },
        siteMode: 'on',
      },
      true,
      'site-on',
    ],
    [
      'on: still not on a list page',
      { detection: { policyPage: false }, siteMode: 'on' },
      false,
      'not-policy-page',
    ],
    ['off: never by itself', { detection: {}, siteMode: 'off' }, false, 'site-off'],
    [
      'off + on demand: the user asked',
      { detection: {}, siteMode: 'off', onDemand: true },
      true,
      'on-demand',
    ],
    [
      'on demand on a news page',
      { detection: { policyPage: false }, siteMode: 'auto', onDemand: true },
      true,
      'on-demand',
    ],
  ])('%s', (_name, input, annotate, reason) => {
    expect(
      shouldAnnotate({
        url: input.url ?? HEALTH_URL,
        detection: detection(input.detection),
        siteMode: input.siteMode,
        onDemand: input.onDemand ?? false,
      }),
    ).toEqual({ annotate, reason });
  });
});

describe('siteKey: exact host', () => {
  test.each([
    ['https://WSJKW.GD.gov.cn:8443/a/b.html?x=1', 'wsjkw.gd.gov.cn'],
    ['wsjkw.gd.gov.cn', 'wsjkw.gd.gov.cn'],
    ['wjw.beijing.gov.cn.', 'wjw.beijing.gov.cn'],
    ['gd.gov.cn', 'gd.gov.cn'],
    ['', ''],
    ['http://', ''],
  ])('%s → %s', (input, key) => {
    expect(siteKey(input)).toBe(key);
  });
});

test.each([
  ['www.nhc.gov.cn', true],
  ['gov.cn', true],
  ['中国政府网.政务', true],
  ['xn--fiqs8s.xn--zfr164b', true],
  ['nhc.gov.cn.evil.com', false],
  ['notgov.cn', false],
  ['www.gov.com', false],
])('isGovernmentHost(%s) → %s', (host, expected) => {
  expect(isGovernmentHost(host)).toBe(expected);
});
