/**
 * Deadline expressions → normalised meaning, one short sentence each. Reference date
 * 2023-03-15 (the fallback; none of these sentences carries its own date).
 */
import { describe, expect, test } from 'vitest';
import type { DeadlineAnnotation } from '../../../src/core/annotation';
import { extract } from '../../../src/extract/index';

function deadlines(text: string, fallbackDate = '2023-03-15'): DeadlineAnnotation[] {
  return extract(text, { fallbackDate }).annotations.filter(
    (a): a is DeadlineAnnotation => a.kind === 'deadline',
  );
}

describe('deadline spans and due dates', () => {
  test.each([
    // date + before-marker
    ['请于2017年6月中旬前报送。', '2017年6月中旬前', '2017-06-20'],
    ['请于2017年6月上旬前报送。', '2017年6月上旬前', '2017-06-10'],
    ['请于2017年6月下旬前报送。', '2017年6月下旬前', '2017-06-30'],
    ['请于2020年10月16日18:00前提交。', '2020年10月16日18:00前', '2020-10-16'],
    ['请于2021年3月31日11:00前提交。', '2021年3月31日11:00前', '2021-03-31'],
    ['请于2024年2月29日之前报送。', '2024年2月29日之前', '2024-02-29'],
    ['各单位须于2023年5月10日以前上报。', '2023年5月10日以前', '2023-05-10'],
    ['此项工作到2023年12月31日为止。', '2023年12月31日为止', '2023-12-31'],
    ['请于２０２３年４月１０日前报送。', '２０２３年４月１０日前', '2023-04-10'],
    ['请于2023年4月10曰前报送。', '2023年4月10曰前', '2023-04-10'],
    ['请于二〇二三年五月二十日前报送。', '二〇二三年五月二十日前', '2023-05-20'],
    // month and year ends
    ['要确保于今年10月底前完成。', '今年10月底前', '2023-10-31'],
    ['年底前完成全部任务。', '年底前', '2023-12-31'],
    ['2019年3月底前完成。', '2019年3月底前', '2019-03-31'],
    ['2024年2月底前完成。', '2024年2月底前', '2024-02-29'],
    ['确保3月底全部到位。', '3月底', '2023-03-31'],
    ['三月底县级公立医院改革必须全面实施。', '三月底', '2023-03-31'],
    ['12月底前完成验收。', '12月底前', '2023-12-31'],
    ['争取今年上半年开工建设。', '今年上半年', '2023-06-30'],
    ['明年底前全面完成。', '明年底前', '2024-12-31'],
    ['2025年上半年完成评估。', '2025年上半年', '2025-06-30'],
    // cut-off for submissions
    ['申报截止时间为2020年11月15日。', '截止时间为2020年11月15日', '2020-11-15'],
    ['报名截止日期为2022年3月26日17时。', '截止日期为2022年3月26日17时', '2022-03-26'],
    // horizons
    ['到2025年，满意度达到90%以上。', '到2025年', '2025-12-31'],
    ['2025年，我省基层服务水平稳居全国领先。', '2025年', '2025-12-31'],
    ['力争到2030年基本建成。', '到2030年', '2030-12-31'],
    ['到2025年底，覆盖率达到95%。', '到2025年底', '2025-12-31'],
  ])('%s → %s due %s', (sentence, span, due) => {
    const found = deadlines(sentence);
    expect(found.map((d) => d.text)).toContain(span);
    expect(found.find((d) => d.text === span)?.due).toBe(due);
  });

  test.each([
    ['力争“十四五”期间基层机构普遍达标。', '“十四五”期间', ['2021-01-01', '2025-12-31']],
    ['“十四五”时期我省需新增医师3万人。', '“十四五”时期', ['2021-01-01', '2025-12-31']],
    ['十五五期间要全面建成。', '十五五期间', ['2026-01-01', '2030-12-31']],
    ['力争“十四五”末全面达标。', '“十四五”末', ['2021-01-01', '2025-12-31']],
    ['5ˉ7月，开展巡回宣讲活动。', '5ˉ7月', ['2023-05-01', '2023-07-31']],
    ['5月-7月开展专项检查。', '5月-7月', ['2023-05-01', '2023-07-31']],
    ['2021年3月18日-25日报名。', '2021年3月18日-25日', ['2021-03-18', '2021-03-25']],
    ['6月1日至6月30日开展自查。', '6月1日至6月30日', ['2023-06-01', '2023-06-30']],
    ['11月至次年2月开展督查。', '11月至次年2月', ['2023-11-01', '2024-02-29']],
  ])('%s → range %j', (sentence, span, range) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d?.range).toEqual(range);
    expect(d?.due).toBe(range[1]);
  });

  test.each([
    ['年内完成机构改革。', '年内', '2023-12-31'],
    ['今年要实现全覆盖。', '今年', '2023-12-31'],
    ['一年内完成整改。', '一年内', '2024-03-15'],
    ['请自印发之日起30日内报送。', '自印发之日起30日内', '2023-04-14'],
    ['3个月内完成排查。', '3个月内', '2023-06-15'],
    ['半年内完成培训。', '半年内', '2023-09-15'],
    ['用一到两年时间完成。', '用一到两年时间', '2025-03-15'],
    ['用3至5年的时间全面改善服务条件。', '用3至5年的时间', '2028-03-15'],
    ['15个工作日内办结。', '15个工作日内', '2023-03-30'],
  ])('%s → %s relative, due %s', (sentence, span, due) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d?.due).toBe(due);
    expect(d?.relative).toBe(true);
  });

  test.each([
    [
      '每年12月5日之前报送年度工作情况。',
      '每年12月5日之前',
      '2023-12-05',
      { freq: 'yearly', month: 12, day: 5 },
    ],
    ['每年11月底前报送。', '每年11月底前', '2023-11-30', { freq: 'yearly', month: 11, day: 'last' }],
    ['每年1月15日前报送上年总结。', '每年1月15日前', '2024-01-15', { freq: 'yearly', month: 1, day: 15 }],
    ['每季度末报送进展。', '每季度末', '2023-03-31', { freq: 'quarterly', day: 'last' }],
    ['每月10日前报送报表。', '每月10日前', '2023-04-10', { freq: 'monthly', day: 10 }],
    ['每月20日前报送报表。', '每月20日前', '2023-03-20', { freq: 'monthly', day: 20 }],
    ['每周五前报送周报。', '每周五前', '2023-03-17', { freq: 'weekly', weekday: 5 }],
  ])('%s → recurring %s due %s', (sentence, span, due, rule) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d?.due).toBe(due);
    expect(d?.recurring).toEqual(rule);
  });

  test.each([
    ['立即掀起学习热潮。', '立即'],
    ['尽快研究出台实施意见。', '尽快'],
    ['力争尽早实行。', '尽早'],
    ['对工作不力的予以通报并限期整改。', '限期整改'],
  ])('%s → open-ended %s', (sentence, span) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d).toMatchObject({ due: null, openEnded: true });
  });

  test.each([
    ['确保20xx 年底前完成。', '20xx 年底前'],
    ['确保到20xx年基本建成。', '到20xx年'],
    ['力争20XX年实现全覆盖。', '20XX年'],
  ])('%s → placeholder %s (year missing)', (sentence, span) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d).toMatchObject({ due: null, yearMissing: true });
  });

  test('a window counted from an event has no date', () => {
    const d = deadlines('发现疫情后，应当于2小时内报告。').find((x) => x.text === '2小时内');
    expect(d?.due).toBeNull();
  });
});

describe('not deadlines', () => {
  test.each([
    ['广西壮族自治区卫生计生委办公室 2017年5月3日印发', 'issue date line'],
    ['2017年4月28日，全区卫生与健康大会在南宁召开。', 'meeting date'],
    ['截至9月7日24时，全省累计报告确诊病例1586例。', 'data cut-off'],
    ['数据截止到2021年2月28日。', 'data cut-off'],
    ['2015年，全省卫生总费用增长12%。', 'past year of an achievement'],
    ['认真贯彻《2017年南宁市卫生计生工作要点》。', 'year inside a title'],
    ['从事临床工作不少于10年。', 'eligibility duration'],
    ['每年至少汇报1次。', 'bare 每年'],
    ['今年以来，我们大力实施基层能力提升计划。', '今年以来'],
    ['去年8月份，党中央召开全国卫生与健康大会。', 'last year'],
    ['印发《行动计划（2017—2020年）》。', 'years in a plan name'],
    ['联系电话：0771-2833389。', 'phone number'],
    ['（桂政办发〔2017〕59号）', 'document number'],
    ['自1月1日起施行。', 'effective date'],
    ['“十三五”时期，全市卫生健康事业取得显著成效。', 'a past plan period in a review (ref 2023)'],
  ])('%s (%s)', (sentence) => {
    expect(deadlines(sentence).map((d) => d.text)).toEqual([]);
  });
});
