/**
 * The reference date read from the text: signature lines as scans, typists and portals write
 * them (OCR-split digits, ○ for 〇, a closing full stop, the issuer on the same line, a
 * 代章 line), 成文日期 before 发布日期, and no date from a meeting in the body.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/extract/index';

const BODY = '各县（区）卫生健康局：\n请于6月30日前报送自查报告。\n\n';
const FALLBACK = '2020-01-01';

describe('reference date', () => {
  test.each([
    [BODY + '某某市卫生健康委员会\n二○二三年五月八日\n', '2023-05-08', 'signatureDate'],
    [BODY + '某某市卫生健康委员会\n2023 年 4 月 12 日\n', '2023-04-12', 'signatureDate'],
    [BODY + '某某县卫生健康局\n2023年4月1 2曰\n', '2023-04-12', 'signatureDate'],
    [BODY + '某某县卫生健康局\n2023年4月12日°\n', '2023-04-12', 'signatureDate'],
    [BODY + '某某县卫生健康局\n2023年4月12日。\n', '2023-04-12', 'signatureDate'],
    [BODY + '某某县卫生健康局\n2O23年4月12日\n', '2023-04-12', 'signatureDate'],
    [BODY + '某某市卫生健康委员会办公室        2023年9月6日\n', '2023-09-06', 'signatureDate'],
    [BODY + '        某某县卫生健康局\n        2023年4月12日\n', '2023-04-12', 'signatureDate'],
    [BODY + '某某市卫生健康委员会\n（代章）\n2023年4月12日\n', '2023-04-12', 'signatureDate'],
    [BODY + '某某县卫生健康局\n2023年4月12日\n（信息公开形式：主动公开）\n', '2023-04-12', 'signatureDate'],
    ['成文日期：2023年06月12日\n发布日期：2023年06月16日\n' + BODY, '2023-06-12', 'writtenDate'],
    ['发布时间：2023-08-10 09:30:12 来源：省卫生健康委\n' + BODY, '2023-08-10', 'publishedDate'],
    ['发布日期：2023年06月16日\n' + BODY + '某某委\n2023年6月12日\n', '2023-06-12', 'signatureDate'],
    ['2023年4月12日，全市卫生健康工作会议召开。\n' + BODY, FALLBACK, 'fallback'],
    ['时间:2023-04-02 作者:某某\n' + BODY, FALLBACK, 'fallback'],
  ])('%#: %j → %s (%s)', (text, date, source) => {
    const d = extract(text, { fallbackDate: FALLBACK }).document;
    expect(d.referenceDate).toBe(date);
    expect(d.referenceDateSource).toBe(source);
  });

  test('relative deadlines follow an OCR signature date, not the fallback', () => {
    const text = `${BODY.replace('6月30日前', '年底前')}某某县卫生健康局\n2023年4月1 2曰\n`;
    const d = extract(text, { fallbackDate: FALLBACK }).annotations.find((a) => a.text === '年底前');
    expect(d).toMatchObject({ kind: 'deadline', due: '2023-12-31' });
  });
});
