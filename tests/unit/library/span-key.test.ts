import { describe, expect, test } from 'vitest';
import { normalizeDocUrl, spanKey } from '../../../src/library/span-key';

describe('normalizeDocUrl', () => {
  test.each([
    ['https://www.nhc.gov.cn/a/b.shtml#section2', 'https://www.nhc.gov.cn/a/b.shtml'],
    ['https://WSJKW.GD.gov.cn/zwgk/post_1.html', 'https://wsjkw.gd.gov.cn/zwgk/post_1.html'],
    ['http://wjw.beijing.gov.cn:80/x/t20230101_1.html', 'http://wjw.beijing.gov.cn/x/t20230101_1.html'],
    ['https://wjw.beijing.gov.cn:443/x.html', 'https://wjw.beijing.gov.cn/x.html'],
    ['https://wjw.beijing.gov.cn:8443/x.html', 'https://wjw.beijing.gov.cn:8443/x.html'],
    ['https://www.gov.cn/zhengce/content.jsp?id=2#p', 'https://www.gov.cn/zhengce/content.jsp?id=2'],
    ['  https://a.gov.cn/Path/Case.HTML  ', 'https://a.gov.cn/Path/Case.HTML'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, expected) => {
    expect(normalizeDocUrl(url)).toBe(expected);
  });

  test('documents that differ only in their query stay different', () => {
    expect(normalizeDocUrl('https://a.gov.cn/c.jsp?id=1')).not.toBe(
      normalizeDocUrl('https://a.gov.cn/c.jsp?id=2'),
    );
  });
});

describe('spanKey', () => {
  const anchor = { quote: '年底前', prefix: '', suffix: '', start: 10, end: 13 };
  const base = { url: 'https://a.gov.cn/x.html', kind: 'deadline' as const, text: '年底前', anchor };

  test('same span of the same page, whatever the hash or host case, is the same key', () => {
    expect(spanKey({ ...base, url: 'https://A.gov.cn/x.html#p2' })).toBe(spanKey(base));
  });

  test.each([
    ['another start', { anchor: { ...anchor, start: 11 } }],
    ['another end', { anchor: { ...anchor, end: 14 } }],
    ['another kind', { kind: 'target' as const }],
    ['another page', { url: 'https://a.gov.cn/y.html' }],
  ])('%s gives another key', (_label, change) => {
    expect(spanKey({ ...base, ...change })).not.toBe(spanKey(base));
  });

  test('an unknown anchor (v1 clip) falls back to the text, so equal texts collide and others do not', () => {
    const v1 = { ...base, anchor: { ...anchor, start: -1, end: -1 } };
    expect(spanKey(v1)).toBe(spanKey({ ...v1, url: 'https://a.gov.cn/x.html#top' }));
    expect(spanKey(v1)).not.toBe(spanKey({ ...v1, text: '年内', anchor: { ...v1.anchor, quote: '年内' } }));
    expect(spanKey(v1)).not.toBe(spanKey(base));
  });
});
