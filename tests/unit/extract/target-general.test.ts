/**
 * Target rules that generalise beyond the seeds (round 2): Chinese-numeral values under a
 * Chinese-numeral horizon, indicator tables as text, quotas with an object, shares written
 * first, frequencies, counts that move, and the records that must stay out. Every sentence
 * here is written for this file, not copied from a labelled document.
 */
import { describe, expect, test } from 'vitest';
import type { TargetAnnotation } from '../../../src/core/annotation';
import { extract } from '../../../src/extract/index';

function targets(text: string): TargetAnnotation[] {
  return extract(text, { fallbackDate: '2023-06-01' }).annotations.filter(
    (a): a is TargetAnnotation => a.kind === 'target',
  );
}

describe('goals a reader must see highlighted', () => {
  test.each([
    // A horizon in Chinese numerals makes the sentence a goal even next to 显著/明显.
    [
      '到二〇二六年，全区服务能力明显提升，孕产妇系统管理率达到百分之九十以上。',
      '孕产妇系统管理率达到百分之九十以上',
      '≥',
      90,
      '%',
    ],
    ['到二〇二七年，全省新生儿死亡率控制在千分之三以下。', '全省新生儿死亡率控制在千分之三以下', '≤', 3, '‰'],
    ['力争出生人口性别比稳定在一百零八以内。', '出生人口性别比稳定在一百零八以内', '≤', 108, undefined],
    // 累计 before a floor is a cumulative goal, not a record.
    ['到二〇二六年底累计培训家庭医生不少于五千人次。', '累计培训家庭医生不少于五千人次', '≥', 5000, '人次'],
    ['每年培训乡村医生三千人次。', '培训乡村医生三千人次', '=', 3000, '人次'],
    // A baseline year is not a record: the change is the goal.
    ['剖宫产率较2021年下降三个百分点。', '剖宫产率较2021年下降三个百分点', '−Δ', 3, '个百分点'],
    ['人均预期寿命较2020年提高1.5岁。', '人均预期寿命较2020年提高1.5岁', '+Δ', 1.5, '岁'],
    ['平均住院日在2022年基础上缩短0.5天。', '平均住院日在2022年基础上缩短0.5天', '−Δ', 0.5, '天'],
    // 提高至/缩短至 like 提高到; 分钟 is a unit; a 补助标准 level is a goal, not a benefit cap.
    ['院前急救呼叫满足率提高至95%以上。', '院前急救呼叫满足率提高至95%以上', '≥', 95, '%'],
    ['院前急救平均反应时间缩短至15分钟以内。', '院前急救平均反应时间缩短至15分钟以内', '≤', 15, '分钟'],
    [
      '城市社区卫生服务补助标准提高到每人105元。',
      '城市社区卫生服务补助标准提高到每人105元',
      '→',
      105,
      '元/人',
    ],
    // Quotas with the object between verb and count.
    ['创建国家级慢性病综合防控示范区3个以上。', '创建国家级慢性病综合防控示范区3个以上', '≥', 3, '个'],
    ['遴选省级临床重点专科建设项目20个。', '遴选省级临床重点专科建设项目20个', '=', 20, '个'],
    ['争创3个省级区域医疗中心。', '争创3个省级区域医疗中心', '=', 3, '个'],
    // A share written before its subject.
    [
      '90%以上的乡镇卫生院能够开展中医药适宜技术。',
      '90%以上的乡镇卫生院能够开展中医药适宜技术',
      '≥',
      90,
      '%',
    ],
    ['三分之二以上的县（市、区）建成胸痛中心。', '三分之二以上的县（市、区）建成胸痛中心', '≥', 66.67, '%'],
    [
      '百分之九十以上的乡镇卫生院能够提供中医药服务。',
      '百分之九十以上的乡镇卫生院能够提供中医药服务',
      '≥',
      90,
      '%',
    ],
    [
      '每年对不少于五分之一的医疗机构开展飞行检查。',
      '每年对不少于五分之一的医疗机构开展飞行检查',
      '≥',
      20,
      '%',
    ],
    // Frequencies of a duty.
    ['联席会议每半年至少召开两次。', '每半年至少召开两次', '≥', 2, '次'],
    ['每季度开展1次质量检查。', '每季度开展1次质量检查', '=', 1, '次'],
    // Ratios to a population keep their base.
    [
      '到2030年，城乡每万名居民拥有2至3名合格的全科医生。',
      '城乡每万名居民拥有2至3名',
      '=',
      [2, 3],
      '名/万名居民',
    ],
    ['要确保每千常住人口注册护士数达到4.1人。', '每千常住人口注册护士数达到4.1人', '≥', 4.1, '人/千常住人口'],
  ])('%s → %s', (sentence, span, comparator, value, unit) => {
    const t = targets(sentence).find((x) => x.text.includes(span) || span.includes(x.text));
    expect(t, JSON.stringify(targets(sentence))).toBeDefined();
    expect(t?.comparator).toBe(comparator);
    expect(t?.value).toEqual(value);
    expect(t?.unit).toBe(unit);
  });

  test.each([
    ['要推动全科医生数量逐年增加。', '全科医生数量逐年增加', '+Δ'],
    ['逐步扩大家庭医生签约服务规模。', '逐步扩大家庭医生签约服务规模', '+Δ'],
    ['要确保床位总量持续增加。', '床位总量持续增加', '+Δ'],
    ['年度体检人数不少于上年。', '年度体检人数不少于上年', '≥'],
    ['财政投入不低于上一年度。', '财政投入不低于上一年度', '≥'],
  ])('direction without a number: %s', (sentence, span, comparator) => {
    const t = targets(sentence).find((x) => x.text.includes(span));
    expect(t?.comparator).toBe(comparator);
  });
});

describe('indicator tables copied as text', () => {
  const rowsOf = (doc: string): [string, string | undefined, unknown, string | undefined][] =>
    targets(doc).map((t) => [t.text.replace(/\s+/g, ' '), t.comparator, t.value, t.unit]);

  test('one row per line, with header, baseline, target and kind', () => {
    const doc = [
      '表2 主要发展指标',
      '序号 指标名称 2022年现状 2026年目标 指标性质',
      '1 高血压患者规范管理率（%） 61.5 ≥70 约束性',
      '2 每千人口医疗机构床位数（张） 6.1 7.0 预期性',
      '3 婴儿死亡率（‰） 4.2 3.5 预期性',
      '4 县域内就诊率（%） — 90左右 预期性',
    ].join('\n');
    expect(rowsOf(doc)).toEqual([
      ['高血压患者规范管理率（%） 61.5 ≥70', '≥', 70, '%'],
      ['每千人口医疗机构床位数（张） 6.1 7.0', '≥', 7, '张/千人口'],
      // A bare target under its baseline is a ceiling.
      ['婴儿死亡率（‰） 4.2 3.5', '≤', 3.5, '‰'],
      ['县域内就诊率（%） — 90左右', '≈', 90, '%'],
    ]);
  });

  test('tab-separated cells and full-width comparators', () => {
    const doc =
      '主要指标\t基期值\t目标值\n孕产妇死亡率（/10万）\t12.1\t＜10\n居民健康素养水平（%）\t25.3\t35\n';
    expect(rowsOf(doc)).toEqual([
      ['孕产妇死亡率（/10万） 12.1 ＜10', '<', 10, '/10万'],
      ['居民健康素养水平（%） 25.3 35', '≥', 35, '%'],
    ]);
  });

  test('one cell per line', () => {
    const doc =
      '指标\n2022年\n2026年目标\n属性\n每万人口全科医生数（人）\n2.9\n4.0\n约束性\n人均预期寿命（岁）\n78.1\n79.0\n预期性\n';
    expect(rowsOf(doc).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['≥', 4, '人/万人口'],
      ['≥', 79, '岁'],
    ]);
  });

  test.each([
    ['a header line', '领域 序号 指标 2022年基数 2026年目标 属性\n'],
    ['a bulletin table', '病名 发病数 死亡数\n肺结核 2 487 6\n梅毒 2 106 0\n合计 4 593 6\n'],
    ['a results table', '指标 目标值 完成值\n签约服务覆盖率（%） 45 48.2\n'],
  ])('no target in %s', (_label, doc) => {
    expect(targets(doc)).toEqual([]);
  });
});

describe('records that must stay out', () => {
  test.each([
    ['a comparison with last week', '本周全省报告流感病例3120例，较上周下降12.5%。'],
    ['a comparison with last month', '与上月相比，报告发病数上升4.2%。'],
    ['a comparison with a named month', '7月全省共报告手足口病5 210例，较6月下降9.7%。'],
    ['two years compared', '2022年全市执业医师比2021年新增612人。'],
    ['an attribute, not a goal', '构建与基本实现现代化相适应的医疗服务体系。'],
    ['an article, not a count', '要把人才培养作为队伍建设的一项重要内容。'],
    ['a result verb', '评选出省医学科技奖86项。'],
    ['a year in a header cell', '健康水平 指标 2020年基数 2025年目标\n'],
  ])('%s', (_label, text) => {
    expect(targets(text)).toEqual([]);
  });

  test('a report document states results in the words of goals', () => {
    const doc =
      '某区卫生健康局2023年工作总结\n\n全区家庭医生签约率达到48%以上，85%以上的村卫生室能够提供中医药服务，所有乡镇卫生院全部达到基本标准。\n';
    expect(targets(doc)).toEqual([]);
  });

  test('a report document still carries the goals it orders for next year', () => {
    const doc = '某区卫生健康局2023年工作总结\n\n2024年，我局将力争家庭医生签约服务覆盖率达到50%以上。\n';
    expect(targets(doc).map((t) => t.value)).toEqual([50]);
  });
});
