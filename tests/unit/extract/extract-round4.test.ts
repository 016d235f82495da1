/**
 * Round 4 rules, each tested with sentences written for this file (not copied from a labelled
 * document): vertical indicator tables, the plan part of a report, changes on the previous
 * year, response times, yearly cut-offs, activity months, past schedules, quotas and coverage
 * in more wordings, 公示 documents.
 */
import { describe, expect, test } from 'vitest';
import type { DeadlineAnnotation, TargetAnnotation } from '../../../src/core/annotation';
import { extract } from '../../../src/extract/index';

const REF = '2024-03-01';

function all(text: string, fallbackDate = REF) {
  return extract(text, { fallbackDate }).annotations;
}
function targets(text: string): TargetAnnotation[] {
  return all(text).filter((a): a is TargetAnnotation => a.kind === 'target');
}
function deadlines(text: string, fallbackDate = REF): DeadlineAnnotation[] {
  return all(text, fallbackDate).filter((a): a is DeadlineAnnotation => a.kind === 'deadline');
}

describe('an indicator table copied one cell per line, header included', () => {
  const table = [
    '附表　主要指标',
    '指标名称',
    '计量单位',
    '2023年',
    '2027年目标',
    '指标性质',
    '每千人口床位数',
    '张',
    '6.1',
    '≥6.5',
    '预期性',
    '住院患者平均住院天数',
    '天',
    '9.2',
    '≤8.5',
    '约束性',
    '门诊预约诊疗占比',
    '%',
    '41',
    '60',
    '预期性',
    '',
    '五、保障措施',
  ].join('\n');

  test('each row runs from the indicator to the target cell, whatever the indicator ends with', () => {
    expect(targets(table).map((t) => [t.text.replace(/\n/g, '⏎'), t.comparator, t.value])).toEqual([
      ['每千人口床位数⏎张⏎6.1⏎≥6.5', '≥', 6.5],
      ['住院患者平均住院天数⏎天⏎9.2⏎≤8.5', '≤', 8.5],
      ['门诊预约诊疗占比⏎%⏎41⏎60', '≥', 60],
    ]);
  });

  test('the unit cell gives the unit', () => {
    expect(targets(table).map((t) => t.unit)).toEqual(['张/千人口', '天', '%']);
  });
});

describe('a progress report: results are records, its closing plan sets goals', () => {
  const report = [
    '某县卫生健康局2024年一季度工作情况报告',
    '',
    '一、主要工作进展',
    '',
    '全县孕产妇系统管理率达到93.5%，新建村卫生室6个，基层诊疗量较上年增长5.1%。',
    '',
    '二、下一步工作打算',
    '',
    '孕产妇系统管理率全年达到95%，儿童健康管理率均达到90%以上，新建剩余4个村卫生室。',
  ].join('\n');

  test('nothing of the progress section is a target', () => {
    const cut = report.indexOf('二、下一步');
    expect(targets(report).filter((t) => t.start < cut)).toEqual([]);
  });

  test('the plan section keeps its goals', () => {
    const cut = report.indexOf('二、下一步');
    expect(
      targets(report)
        .filter((t) => t.start > cut)
        .map((t) => t.value),
    ).toEqual([95, 90, 4]);
  });
});

describe('a change on the previous year', () => {
  test.each([
    ['今年要确保门诊人次较上年增长10%以上。', 10],
    ['明年力争卫生支出比上年增长6%以上。', 6],
    ['到年底前，基层就诊率较上年提高3个百分点。', 3],
    ['体检人数较上年增长1 5%以上。', 15],
  ])('is a goal in a plan: %s', (text, value) => {
    expect(targets(text).map((t) => t.value)).toEqual([value]);
  });

  test.each([
    ['全市门诊人次较上年增长4.2%，住院人次较上年增长3.1%。'],
    ['门诊量较去年同期提高8个百分点，要继续努力。'],
  ])('is a statistic otherwise: %s', (text) => {
    expect(targets(text)).toEqual([]);
  });
});

describe('response times are counted from the case, not the document', () => {
  test.each([
    ['各医疗机构发现疑似病例，应当在4小时内报告。', '4小时内'],
    ['接到报告后，并于12小时内完成初步核实。', '12小时内'],
    ['对群众来信反映的问题，要在10个工作日内答复。', '10个工作日内'],
  ])('%s → %s with no date', (text, span) => {
    expect(deadlines(text).map((d) => [d.text, d.due])).toEqual([[span, null]]);
  });

  test('a window after the document still resolves', () => {
    expect(deadlines('各地须在10个工作日内完成整改。').map((d) => d.due)).toEqual(['2024-03-11']);
  });
});

describe('yearly cut-offs and activity months', () => {
  test.each([
    ['申报材料截止时间为每年6月15日。', '截止时间为每年6月15日', '2024-06-15'],
    ['报送截止日期为每年11月30日。', '截止日期为每年11月30日', '2024-11-30'],
  ])('%s', (text, span, due) => {
    expect(deadlines(text).map((d) => [d.text, d.due, d.recurring?.freq])).toEqual([[span, due, 'yearly']]);
  });

  test.each([
    ['各地要加强宣传，5月开展全民营养周活动。', '5月', '2024-05-31'],
    ['9月份健康宣传月期间要集中开展一次义诊。', '9月份', '2024-09-30'],
  ])('a bare month that opens an activity is its window: %s', (text, span, due) => {
    expect(deadlines(text).map((d) => [d.text, d.due, d.range])).toEqual([
      [span, due, [`${due.slice(0, 7)}-01`, due]],
    ]);
  });

  test('a bare month in a review section reports an event', () => {
    const doc = '一、工作进展情况\n\n县医共体于6月挂牌运行，运行平稳。\n';
    expect(deadlines(doc)).toEqual([]);
  });

  test('a schedule that closed before the document is no deadline, nor are its parts', () => {
    const doc = '关于某事项的公示\n\n2月上旬至2月下旬，组织专家开展暗访。\n\n某委员会\n2024年3月1日';
    expect(deadlines(doc)).toEqual([]);
  });
});

describe('relative years and quarters that open a task', () => {
  test.each([
    ['今年要引进博士50名，明年再引进50名。', ['今年', '明年']],
    ['今年开展试点，明年先在全市推开筛查。', ['今年', '明年']],
    ['第一季度完成任务的30%以上，第二季度累计完成70%以上。', ['第一季度', '第二季度']],
    ['2025年，每个乡镇至少建成1个健康小屋。', ['2025年']],
  ])('%s', (text, spans) => {
    expect(deadlines(text).map((d) => d.text)).toEqual(spans);
  });

  test('累计 before a floor is part of the goal', () => {
    expect(targets('第二季度累计完成70%以上。').map((t) => t.value)).toEqual([70]);
  });
});

describe('quotas and coverage in more wordings', () => {
  test.each([
    ['今年招收定向医学生120名。', '招收定向医学生120名', 120],
    ['全市设置发热门诊哨点医院36家。', '设置发热门诊哨点医院36家', 36],
    ['每年为辖区内孕产妇免费提供一次产后访视。', '每年为辖区内孕产妇免费提供一次产后访视', 1],
    ['每季度报送一次进展情况。', '每季度报送一次进展情况', 1],
  ])('%s', (text, span, value) => {
    expect(targets(text).map((t) => [t.text, t.value])).toEqual([[span, value]]);
  });

  test('a sample drawn at once is one quota over its list', () => {
    expect(targets('选取十个街道和十个乡镇开展试点。').map((t) => t.text)).toEqual([
      '选取十个街道和十个乡镇开展试点',
    ]);
  });

  test.each([
    ['二级医院全部制定院感防控预案。', '二级医院全部制定院感防控预案'],
    ['县级医院全部具备CT检查能力。', '县级医院全部具备CT检查能力'],
    ['示范县要发挥带动作用，全部建立慢病管理中心。', '示范县要发挥带动作用，全部建立慢病管理中心'],
  ])('coverage: %s', (text, span) => {
    expect(targets(text).map((t) => [t.text, t.value, t.unit])).toEqual([[span, 100, '%']]);
  });

  test('a verb inside a name (生产建设兵团) sets no quota', () => {
    expect(targets('监测在新疆生产建设兵团的120个监测点开展。')).toEqual([]);
  });

  test('figures after a past year stay records across a ；', () => {
    expect(targets('2023年，全省共招收学员900名；培训乡村医生2000人次，招收定向生100名。')).toEqual([]);
  });

  test('a 公示 lists decisions, not goals', () => {
    const doc =
      '关于拟命名健康单位名单的公示\n\n拟命名某某医院等12个单位为健康单位，综合评分均达到90分以上。\n';
    expect(targets(doc)).toEqual([]);
  });
});
