/**
 * Deadline rules of round 3: numbers a scan split with a stray space or a hard line break,
 * windows that open when a year/quarter/month closes (年度结束后3个月内), limits in "the
 * following month" (次月N日前), and horizons without a horizon word (a year opening a sentence
 * that sets a level or a task; 上半年 as the topic of an instruction). Reference date
 * 2023-03-15 (a fallback) unless a row states the page's own date.
 */
import { describe, expect, test } from 'vitest';
import type { DeadlineAnnotation } from '../../../src/core/annotation';
import { extract } from '../../../src/extract/index';

function deadlines(text: string, fallbackDate = '2023-03-15'): DeadlineAnnotation[] {
  return extract(text, { fallbackDate }).annotations.filter(
    (a): a is DeadlineAnnotation => a.kind === 'deadline',
  );
}

/** The page states its own date, as a real notice does (the year is then the document's). */
function dated(date: string, sentence: string): DeadlineAnnotation[] {
  return deadlines(`成文日期：${date}\n${sentence}`, '2020-01-01');
}

describe('numbers split by a scan', () => {
  test.each([
    ['请于10月2\n8曰前报送自查报告。', '10月2\n8曰前', '2023-10-28'],
    ['各单位于6月1 \n2日前完成摸底。', '6月1 \n2日前', '2023-06-12'],
    ['请于1 1\n月3 0曰前报送总结。', '1 1\n月3 0曰前', '2023-11-30'],
    ['请于2023年1\n2月1 5日前上报。', '2023年1\n2月1 5日前', '2023-12-15'],
    ['请于2 024年9月30日前报送。', '2 024年9月30日前', '2024-09-30'],
    ['到20\n25年，全省达到90%以上。', '到20\n25年', '2025-12-31'],
    ['自本通知印发之日起1 5日内报送名单。', '1 5日内', '2023-03-30'],
    ['各地须在2 0个工作日内完成整改。', '2 0个工作日内', '2023-04-04'],
  ])('%j → %j due %s', (sentence, span, due) => {
    const d = deadlines(sentence).find((x) => x.text.endsWith(span));
    expect(d?.due).toBe(due);
  });

  test.each([
    ['收到报告后1 0个工作日内反馈意见。', '1 0个工作日内'],
    ['接到通知后2\n0日内完成整改。', '2\n0日内'],
    ['在验收合格后1 5天内拨付资金。', '1 5天内'],
    ['对异常结果，要在结果出具后1 2个工作日内通知本人。', '1 2个工作日内'],
  ])('%j: a window after an undated event (%j) has no date', (sentence, inner) => {
    const d = deadlines(sentence).find((x) => x.text.includes(inner));
    expect(d).toBeDefined();
    expect(d?.due).toBeNull();
  });

  test('a phase window with a split year keeps its year', () => {
    const d = deadlines('2 024年5月—7月开展交叉督导。').find((x) => x.text === '2 024年5月—7月');
    expect(d?.range).toEqual(['2024-05-01', '2024-07-31']);
  });

  test('a value ending one line is not read into the window opening the next', () => {
    const found = deadlines('床位使用率达到90\n3个月内完成整改。');
    expect(found.map((d) => [d.text, d.due])).toEqual([['3个月内', '2023-06-15']]);
  });

  test('a line break between a month and an unrelated number does not make a date', () => {
    const found = deadlines('全年任务数为3\n1月份起执行新标准。');
    expect(found.filter((d) => d.text.includes('3\n1'))).toEqual([]);
  });
});

describe('windows after the close of a period', () => {
  test.each([
    // reference 2023-03-15: the 2022 year closes 2022-12-31, +3 months = 2023-03-31
    ['各地应在年度结束后3个月内完成资金清算。', '年度结束后3个月内', '2023-03-31', 'yearly'],
    ['每年度结束后30日内报送执行情况。', '每年度结束后30日内', '2024-01-30', 'yearly'],
    ['上一年度结束后2个月内报送决算。', '上一年度结束后2个月内', '2024-02-29', 'yearly'],
    ['每季度结束后10日内报送季报。', '每季度结束后10日内', '2023-04-10', 'quarterly'],
    ['季度结束后1个月内报送分析报告。', '季度结束后1个月内', '2023-04-30', 'quarterly'],
    ['每月结束后5个工作日内上报进度。', '每月结束后5个工作日内', '2023-04-05', 'monthly'],
  ])('%s → %s due %s (%s)', (sentence, span, due, freq) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d?.due).toBe(due);
    expect(d?.recurring?.freq).toBe(freq);
  });

  test.each([
    ['2023年度结束后4个月内完成审计。', '2023年度结束后4个月内', '2024-04-30'],
    ['本年度终了后2个月内报送决算。', '本年度终了后2个月内', '2024-02-29'],
    ['2024年结束后15日内报送总结。', '2024年结束后15日内', '2025-01-15'],
  ])('a named year: %s → %s due %s, once', (sentence, span, due) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d?.due).toBe(due);
    expect(d?.recurring).toBeUndefined();
  });

  test('a project term is not a calendar year', () => {
    const found = deadlines('项目实施3年结束后6个月内提交绩效报告。');
    expect(found.every((d) => d.due === null)).toBe(true);
  });
});

describe('limits in the following month', () => {
  test.each([
    [
      '各医院每月10日前报送上月数据，市卫健委汇总后于次月20日前报省卫健委。',
      '次月20日前',
      '2023-03-20',
      true,
    ],
    ['各县按月统计当月进度，于次月底前报送。', '次月底前', '2023-03-31', true],
    ['请于次月5日前报送。', '次月5日前', '2023-04-05', false],
  ])('%s → %s due %s (recurring: %s)', (sentence, span, due, recurring) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d?.due).toBe(due);
    expect(d?.recurring?.freq === 'monthly').toBe(recurring);
  });

  test('counted from an event, the following month is unknown', () => {
    const d = deadlines('项目验收合格后，于次月10日前拨付尾款。').find((x) => x.text === '次月10日前');
    expect(d).toBeDefined();
    expect(d?.due).toBeNull();
  });

  test('次月 without a limit marker is not a deadline', () => {
    expect(deadlines('次月10日召开分析会。').map((d) => d.text)).toEqual([]);
  });
});

describe('horizons without a horizon word', () => {
  test.each([
    [
      '2023-07-01',
      '（二）提高筹资标准。2023年城乡居民医保人均财政补助标准新增30元，达到每人每年不低于640元。',
      '2023年',
      '2023-12-31',
    ],
    ['2023-02-10', '2023年全市家庭医生签约率提高到45%以上。', '2023年', '2023-12-31'],
    ['2023-05-10', '三是建立通报机制。2025年对试点工作开展总结评估。', '2025年', '2025-12-31'],
    ['2023-05-10', '每季度末通报进展，2024年在全省组织开展中期评估。', '2024年', '2024-12-31'],
  ])('dated %s: %s → %s due %s', (date, sentence, span, due) => {
    const d = dated(date, sentence).find((x) => x.text === span);
    expect(d?.due).toBe(due);
  });

  test.each([
    ['上半年，各县都要完成家庭医生签约服务提质扩面。', '上半年', '2023-06-30'],
    ['下半年，我委将组织开展专项督查。', '下半年', '2023-12-31'],
    ['上半年，所有二级以上医院必须接入平台。', '上半年', '2023-06-30'],
  ])('%s → %s due %s', (sentence, span, due) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d?.due).toBe(due);
  });

  test.each([
    ['2023-12-20', '2023年全省居民医保参保率达到96%，较上年提高0.5个百分点。'],
    ['2023-12-20', '2023年是全面贯彻党的二十大精神的开局之年，全省新增床位2000张。'],
    ['2023-12-20', '2023年全市共完成筛查5万人，完成率103%。'],
    ['2023-12-20', '一、2023年工作回顾\n2023年全市新增三级医院2家。'],
    ['2023-08-01', '上半年，全省报告病例数同比下降12%。'],
    ['2023-08-01', '上半年，各地共开展培训120场，要求已全部落实。'],
  ])('dated %s: %s has no deadline', (date, sentence) => {
    expect(dated(date, sentence).map((d) => d.text)).toEqual([]);
  });
});
