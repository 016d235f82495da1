/**
 * Deadline rules of Chinese policy language beyond the seeds (round 2): parts of the year
 * without a year, weeks and months relative to the document date, phase windows with month
 * parts, years carried across a range, OCR-split day numbers, quotas bounded by 今年/明年, and
 * the look-alikes that are not deadlines (past reporting periods, 公示 windows, indicator
 * durations such as 住院日控制在9天以内). Reference date 2023-03-15 unless a row says otherwise.
 */
import { describe, expect, test } from 'vitest';
import type { DeadlineAnnotation } from '../../../src/core/annotation';
import { extract } from '../../../src/extract/index';

function deadlines(text: string, fallbackDate = '2023-03-15'): DeadlineAnnotation[] {
  return extract(text, { fallbackDate }).annotations.filter(
    (a): a is DeadlineAnnotation => a.kind === 'deadline',
  );
}

describe('deadlines found and resolved', () => {
  test.each([
    // parts of the reference year named without a year
    ['下半年启动第二批试点。', '下半年', '2023-12-31'],
    ['上半年完成全部乡镇的摸底。', '上半年', '2023-06-30'],
    ['一季度完成摸底调查。', '一季度', '2023-03-31'],
    ['第二季度末前完成验收。', '第二季度末前', '2023-06-30'],
    ['四季度末完成年度考核。', '四季度末', '2023-12-31'],
    // weeks and months relative to the document date (2023-03-15 is a Wednesday)
    ['本月底前完成自查。', '本月底前', '2023-03-31'],
    ['本月20日前报送名单。', '本月20日前', '2023-03-20'],
    ['下月10日前报送。', '下月10日前', '2023-04-10'],
    ['下个月底前完成培训。', '下个月底前', '2023-04-30'],
    ['请于本周五前报送。', '本周五前', '2023-03-17'],
    ['下周一前报送名单。', '下周一前', '2023-03-20'],
    // notes and times between a date and its marker
    ['请于2023年11月30日（星期四）前报送。', '2023年11月30日（星期四）前', '2023-11-30'],
    ['请于3月20日上午9:00前到会场签到。', '3月20日上午9:00前', '2023-03-20'],
    ['请于6月8日下午5时前提交。', '6月8日下午5时前', '2023-06-08'],
    // cut-offs named by the action they close
    ['报送截止日期：2023年10月10日。', '截止日期：2023年10月10日', '2023-10-10'],
    ['报名截止至2023年4月10日。', '截止至2023年4月10日', '2023-04-10'],
    ['申报截止到5月20日。', '截止到5月20日', '2023-05-20'],
    // OCR: split day numbers, O for 0, ○ for 〇
    ['请于2023年5月1 5日前报送。', '2023年5月1 5日前', '2023-05-15'],
    ['请于4月2O日前报送。', '4月2O日前', '2023-04-20'],
    ['二○二四年六月底前完成。', '二○二四年六月底前', '2024-06-30'],
    ['请于9月3 0曰前上报。', '9月3 0曰前', '2023-09-30'],
    // horizons
    ['到二〇二六年底累计建成五十个示范点。', '到二〇二六年底', '2026-12-31'],
    ['2026年开展终期评估。', '2026年', '2026-12-31'],
    ['2025年全省婴儿死亡率控制在5‰以下。', '2025年', '2025-12-31'],
    ['本年度完成全部改造任务。', '本年度', '2023-12-31'],
    // 今年/明年 bounding a quota
    ['今年新建村卫生室不少于30个，明年再新建20个以上。', '今年', '2023-12-31'],
    ['今年新建村卫生室不少于30个，明年再新建20个以上。', '明年', '2024-12-31'],
  ])('%s → %s due %s', (sentence, span, due) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d?.due).toBe(due);
  });

  test('the document year opens next steps in a dated report', () => {
    const text =
      '四、下一步工作打算\n2024年，我委将全面推开日间手术，力争覆盖率达到80%以上。\n\n某市卫生健康委员会\n2024年1月8日\n';
    const d = deadlines(text, '2020-01-01').find((x) => x.text === '2024年');
    expect(d?.due).toBe('2024-12-31');
  });

  test.each([
    ['（三）巩固阶段（2023年10月）。', '2023年10月', ['2023-10-01', '2023-10-31']],
    ['（一）准备阶段（2024年1月）：制定方案。', '2024年1月', ['2024-01-01', '2024-01-31']],
    ['督查阶段（6月上旬ˉ7月中旬）。', '6月上旬ˉ7月中旬', ['2023-06-01', '2023-07-20']],
    ['9月中旬至10月底开展评估。', '9月中旬至10月底', ['2023-09-11', '2023-10-31']],
    ['二〇二四年三月至五月开展自查。', '二〇二四年三月至五月', ['2024-03-01', '2024-05-31']],
    [
      '二〇二四年十一月至二〇二五年二月开展督导。',
      '二〇二四年十一月至二〇二五年二月',
      ['2024-11-01', '2025-02-28'],
    ],
    ['2023年9月-2024年6月为试点阶段。', '2023年9月-2024年6月', ['2023-09-01', '2024-06-30']],
    ['请于2023年6月5日至6月9日期间报名。', '2023年6月5日至6月9日', ['2023-06-05', '2023-06-09']],
    ['7月中下旬组织“回头看”。', '7月中下旬', ['2023-07-11', '2023-07-31']],
    ['4月上中旬完成初评。', '4月上中旬', ['2023-04-01', '2023-04-20']],
  ])('%s → window %s %j', (sentence, span, range) => {
    const d = deadlines(sentence).find((x) => x.text === span);
    expect(d?.range).toEqual(range);
    expect(d?.due).toBe(range[1]);
  });
});

describe('look-alikes that are not deadlines', () => {
  test.each([
    ['公示时间：2023年11月1日—11月7日。', '2023-11-01', 'a 公示 window'],
    ['公示期为2023年11月1日至11月7日（5个工作日）。', '2023-11-01', 'a 公示 window'],
    ['2023年11月1日至11月7日接受社会监督。', '2023-11-01', 'a 公示 window'],
    ['上传2022年1月1日至12月31日出院患者的病案首页。', '2023-05-10', 'a past reporting period'],
    ['2023年1月1日至6月30日，全省累计报告病例230例。', '2023-07-12', 'a bulletin period'],
    ['1-6月，全省共报告法定传染病12万例。', '2023-03-15', 'a bulletin period'],
    ['今年1-2月，全市门诊量同比增长5%。', '2023-03-15', 'a bulletin period'],
    ['发病率按2022年末常住人口计算。', '2023-08-01', 'a statistics base'],
    ['2023年上半年，全省报告发病数下降。', '2023-08-01', 'a past half-year in a bulletin'],
    ['住院患者平均住院日控制在9天以内。', '2023-03-15', 'an indicator duration'],
    ['急救反应时间缩短到15分钟以内。', '2023-03-15', 'an indicator duration'],
    ['疫苗接种后48小时内出现不良反应的，按规定处置。', '2023-03-15', 'a condition, not a limit'],
    ['上半年，全市完成疫苗接种12万剂次。', '2023-03-15', 'an achievement'],
    ['每年第一季度报送上年度统计数据。', '2023-03-15', 'a bare yearly quarter'],
    ['2022年，全省卫生总费用增长8%。', '2023-03-15', 'a past year'],
  ])('%s (dated %s: %s)', (sentence, written) => {
    // The page states its own date, as a real notice or bulletin does.
    expect(deadlines(`成文日期：${written}\n${sentence}`, '2020-01-01').map((d) => d.text)).toEqual([]);
  });

  test('a window counted from receipt of a notice has no date', () => {
    const d = deadlines('收到通知后5个工作日内反馈意见。').find((x) => x.text === '5个工作日内');
    expect(d).toBeDefined();
    expect(d?.due).toBeNull();
  });
});
