/**
 * Target rules of round 3, each written for this file (not copied from a labelled document):
 * review sections of year-end reports, tables with declared columns, OCR-split digits and
 * wrapped lines, 百万分之/十万分之, gradual directions, quotas and coverage in more wordings,
 * and the time units a count must never swallow.
 */
import { describe, expect, test } from 'vitest';
import type { TargetAnnotation } from '../../../src/core/annotation';
import { extract } from '../../../src/extract/index';
import { parseQuantity } from '../../../src/extract/numbers/parse-number';

function targets(text: string): TargetAnnotation[] {
  return extract(text, { fallbackDate: '2024-03-01' }).annotations.filter(
    (a): a is TargetAnnotation => a.kind === 'target',
  );
}

function spans(text: string): string[] {
  return targets(text).map((t) => t.text);
}

describe('a year-end report: results are records, the plan part is future', () => {
  const report = [
    '某市卫生健康局2023年工作总结和2024年工作思路',
    '',
    '一、2023年工作完成情况',
    '',
    '（一）重点任务有序推进。全市家庭医生签约率达到52.6%，新增二级医院2家，建成智慧药房18个。',
    '',
    '（二）基层能力稳步提升。招聘乡村医生214人，村卫生室标准化率达到96.2%。',
    '',
    '二、2024年工作安排',
    '',
    '一是巩固基层。力争家庭医生签约率达到55%以上，新增二级医院1家。',
  ].join('\n');

  test('no figure of the review section is a target', () => {
    const inReview = targets(report).filter((t) => t.start < report.indexOf('二、2024年'));
    expect(inReview).toEqual([]);
  });

  test('the goals of the plan section are found', () => {
    const inPlan = targets(report).filter((t) => t.start > report.indexOf('二、2024年'));
    expect(inPlan.map((t) => t.value)).toEqual([55, 1]);
  });

  test.each([
    ['一、上半年工作进展', '（二）医疗服务重点任务扎实推进。全市三级医院达到12家。'],
    ['一、2023年主要成绩', '（三）公共卫生目标任务全面完成。孕产妇系统管理率达到93.1%。'],
  ])('a sub-heading naming tasks inside %s still reports', (heading, body) => {
    expect(targets(`${heading}\n\n${body}\n`)).toEqual([]);
  });

  test('a checklist question is not a goal', () => {
    expect(targets('检查各血透室护士配备是否达到基本标准要求。')).toEqual([]);
  });

  test('a purpose clause of the preamble is not a goal', () => {
    expect(targets('为提高群众健康素养，降低慢性病过早死亡率，根据有关规定，现就有关事项通知如下：')).toEqual(
      [],
    );
  });
});

describe('tables whose header declares the columns', () => {
  const rows = (doc: string): [string, string | undefined, unknown, string | undefined][] =>
    targets(doc).map((t) => [t.text, t.comparator, t.value, t.unit]);

  test('pipe table with unit, base-year, target-year and kind columns', () => {
    const doc = [
      '指标名称 | 单位 | 2022年 | 2027年 | 属性',
      '每千人口执业医师数 | 人 | 3.1 | 3.6 | 预期性',
      '其中：全科医生 | 人 | 0.3 | 0.5 | 预期性',
      '医师与护士之比 | — | 1:1.1 | 1:1.3 | 预期性',
      '孕产妇死亡率 | /10万 | 11.2 | ＜10 | 约束性',
      '平均住院日 | 天 | 8.9 | ≤8 | 预期性',
      '注：数据来源于统计年报。',
    ].join('\n');
    expect(rows(doc)).toEqual([
      ['每千人口执业医师数 | 人 | 3.1 | 3.6', '≥', 3.6, '人/千人口'],
      ['全科医生 | 人 | 0.3 | 0.5', '≥', 0.5, '人/千人口'],
      ['医师与护士之比 | — | 1:1.1 | 1:1.3', '=', 1.3, undefined],
      ['孕产妇死亡率 | /10万 | 11.2 | ＜10', '<', 10, '/10万'],
      ['平均住院日 | 天 | 8.9 | ≤8', '≤', 8, '天'],
    ]);
  });

  test('columns in another order: target before base, kind first', () => {
    const doc = ['属性\t指标\t目标值\t现状值', '约束性\t高血压规范管理率（%）\t≥65\t58.2'].join('\n');
    expect(rows(doc)).toEqual([['高血压规范管理率（%）\t≥65', '≥', 65, '%']]);
  });

  test('cells separated by runs of spaces; a 指导性 value is a planning level', () => {
    const doc = [
      '主要指标    单位    2020年    2025年    性质',
      '每千人口床位数    张    5.8    6.4    指导性',
    ].join('\n');
    expect(rows(doc)).toEqual([['每千人口床位数    张    5.8    6.4', '≈', 6.4, '张/千人口']]);
  });

  test('a results table stays out', () => {
    expect(targets('指标 | 单位 | 目标值 | 完成值\n签约率 | % | 45 | 47.3\n')).toEqual([]);
  });
});

describe('numbers through OCR noise', () => {
  test.each([
    ['全区完成适龄儿童口腔检查8 000人。', 8000, '人'],
    ['任务完成率达到1 00%。', 100, '%'],
    ['早诊率达到8 5%以上。', 85, '%'],
    ['随访率不低于9 0%。', 90, '%'],
  ])('%s', (sentence, value, unit) => {
    const t = targets(sentence)[0];
    expect([t?.value, t?.unit]).toEqual([value, unit]);
  });

  test('a target broken by a hard line break of a scanned page is read whole', () => {
    const line = '各乡镇卫生院要按时完成辖区内适龄妇女的健康检查工作，';
    // The break falls at the page width, inside 不低于.
    const broken = '各乡镇卫生院要按时完成检查工作，检查结果复核比例不低';
    expect(broken.length).toBe(line.length);
    const doc = Array.from({ length: 24 }, () => line).join('\n') + `\n${broken}\n于1 5%。\n`;
    const t = targets(doc).find((x) => x.text.includes('复核'));
    expect(t).toMatchObject({ text: '检查结果复核比例不低\n于1 5%', comparator: '≥', value: 15, unit: '%' });
  });

  test('a number never starts inside another (the 000 of 6 000)', () => {
    expect(targets('完成筛查6 000人任务。').map((t) => t.value)).not.toContain(0);
  });
});

describe('Chinese fractions', () => {
  test.each([
    ['百万分之一', 1, '/百万'],
    ['十万分之三', 3, '/10万'],
    ['万分之五', 5, '/万'],
    ['千分之八', 8, '‰'],
    ['百分之九十五', 95, '%'],
    ['三分之二', 66.67, '%'],
  ])('%s', (written, value, unit) => {
    expect(parseQuantity(written)).toEqual({ value, impliedUnit: unit });
  });

  test('in a sentence', () => {
    expect(targets('全市新生儿破伤风发病率控制在十万分之一以下。')[0]).toMatchObject({
      comparator: '≤',
      value: 1,
      unit: '/10万',
    });
  });
});

describe('directions on statistics with gradual adverbs', () => {
  test.each([
    ['二级医院日间手术占比逐年提高。', '+Δ'],
    ['门诊患者抗菌药物使用率稳步下降。', '−Δ'],
    ['每千人口护理床位数逐步增加。', '+Δ'],
    ['住院患者满意度、门诊患者满意度等服务指标要持续提高。', '+Δ'],
    ['住院费用报销比例从55%起步，逐步提高。', '+Δ'],
  ])('%s', (sentence, comparator) => {
    const t = targets(sentence)[0];
    expect(t?.comparator).toBe(comparator);
    expect(t?.text.length).toBeGreaterThan(sentence.length / 2);
  });

  test('a gradual rise reported in a review section stays out', () => {
    expect(targets('一、2023年工作成效\n\n（一）服务能力提升。中医药服务量逐年提高。\n')).toEqual([]);
  });
});

describe('quotas and coverage in more wordings', () => {
  test.each([
    ['力争1个省级临床医学研究中心落户我市。', 1],
    ['每个乡镇办好1所中心卫生院。', 1],
    ['每月抽查住院病历不少于50份、门诊处方不少于200张。', 50],
    ['新增县级质控中心4个。', 4],
    ['每季度对各医疗机构院感防控情况开展一次检查。', 1],
    ['全区完成新生儿听力筛查3 500人。', 3500],
    ['8月底前完成全年任务的50%以上。', 50],
  ])('%s', (sentence, value) => {
    expect(targets(sentence)[0]?.value).toBe(value);
  });

  test('a list under 每个 is one quota; a list with its own comparators is two', () => {
    expect(spans('每个县办好1所妇幼保健院和1所疾控中心。')).toEqual(['办好1所妇幼保健院和1所疾控中心']);
    expect(spans('每月抽查住院病历不少于50份、门诊处方不少于200张。')).toHaveLength(2);
  });

  test.each([
    ['全部二级以上医院开通互联网诊疗服务。'],
    ['全市所有乡镇卫生院完成发热诊室改造。'],
    ['异地就医直接结算覆盖所有住院定点医疗机构。'],
    ['对低保对象的个人缴费部分给予全额资助。'],
    ['二级以上医院全部设置老年医学科。'],
  ])('coverage: %s', (sentence) => {
    expect(targets(sentence)[0]).toMatchObject({ comparator: '=', value: 100, unit: '%' });
  });

  test.each([
    ['中医药服务要延伸到85%以上的村卫生室。', '中医药服务要延伸到85%以上的村卫生室', 85],
    ['乡镇卫生院中医馆设置比例保持100%。', '乡镇卫生院中医馆设置比例保持100%', 100],
    ['个人缴费标准提高30元，达到每人每年380元。', '达到每人每年380元', 380],
    ['门诊报销比例原则上不低于60%，年度限额不低于当地上年度人均收入。', '门诊报销比例原则上不低于60%', 60],
  ])('%s', (sentence, span, value) => {
    expect(targets(sentence).find((t) => t.text.includes(span))?.value).toBe(value);
  });

  test('two shares with one verb are two items', () => {
    expect(spans('50%以上的卫生室和30%以上的诊所能够提供康复服务。').length).toBe(2);
  });

  test('a baseline 在现有…基础上 does not make the goal a record', () => {
    expect(spans('在现有12个质控中心的基础上，新增质控中心3个。')).toEqual(['新增质控中心3个']);
  });
});

describe('counts never swallow a time unit', () => {
  test.each([
    ['名单在网站公示7个工作日。'],
    ['项目单位要在立项后2个月内报送实施方案。'],
    ['建设期满后3个月内完成验收。'],
  ])('%s', (sentence) => {
    expect(targets(sentence)).toEqual([]);
  });
});
