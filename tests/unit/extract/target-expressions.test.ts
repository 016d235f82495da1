/**
 * Target expressions → indicator, comparator, value, unit. Each sentence is an instruction
 * (the forms of ANNOTATION.md); the exclusions below are records, statistics and rules.
 */
import { describe, expect, test } from 'vitest';
import type { TargetAnnotation } from '../../../src/core/annotation';
import { extract } from '../../../src/extract/index';

function targets(text: string): TargetAnnotation[] {
  return extract(text, { fallbackDate: '2023-03-15' }).annotations.filter(
    (a): a is TargetAnnotation => a.kind === 'target',
  );
}

describe('indicator + comparator + value', () => {
  test.each([
    ['要确保群众满意度达到90%以上。', '群众满意度达到90%以上', '≥', 90, '%'],
    ['全市出生人口性别比控制在116以内。', '全市出生人口性别比控制在116以内', '≤', 116, undefined],
    ['县级公立医院药占比要降到45%以下。', '县级公立医院药占比要降到45%以下', '≤', 45, '%'],
    ['人均体育建筑面积不低于0.1平方米。', '人均体育建筑面积不低于0.1平方米', '≥', 0.1, '平方米'],
    ['政策范围内住院费用支付比例达到75%左右。', '政策范围内住院费用支付比例达到75%左右', '≈', 75, '%'],
    ['要确保参合率稳定在95%以上。', '参合率稳定在95%以上', '≥', 95, '%'],
    ['确保结核病治愈率达到90% 以上。', '结核病治愈率达到90% 以上', '≥', 90, '%'],
    ['确保接种率达９５％以上。', '接种率达９５％以上', '≥', 95, '%'],
    ['要确保覆盖率达到百分之九十。', '覆盖率达到百分之九十', '≥', 90, '%'],
    ['体育产业总规模超过450亿元。', '体育产业总规模超过450亿元', '>', 45000000000, '元'],
    ['符合政策生育率不能低于80%。', '符合政策生育率不能低于80%', '≥', 80, '%'],
    ['婴儿死亡率要控制在千分之五以下。', '婴儿死亡率要控制在千分之五以下', '≤', 5, '‰'],
    ['孕产妇死亡率控制在10/10万以下。', '孕产妇死亡率控制在10/10万以下', '≤', 10, '/10万'],
    ['招商任务为4000万元。', '招商任务为4000万元', '=', 40000000, '元'],
  ])('%s → %s %s %s %s', (sentence, span, comparator, value, unit) => {
    const t = targets(sentence).find((x) => x.text === span);
    expect(t).toBeDefined();
    expect(t?.comparator).toBe(comparator);
    expect(t?.value).toEqual(value);
    expect(t?.unit).toBe(unit);
  });

  test('分别 keeps one span with a list of values', () => {
    const [t] = targets('确保每千人口执业(助理)医师数、注册护士数分别达到2.5 人、3.14 人。');
    expect(t).toMatchObject({
      text: '每千人口执业(助理)医师数、注册护士数分别达到2.5 人、3.14 人',
      comparator: '≥',
      value: [2.5, 3.14],
      // A ratio keeps its population base, as the gold writes it.
      unit: '人/千人口',
    });
  });

  test('a raise to a per-person amount names both values', () => {
    const [t] = targets('政府和个人筹资标准提高到每人380元和90元。');
    expect(t).toMatchObject({ comparator: '→', value: [380, 90], unit: '元/人' });
  });
});

describe('changes, counts, coverage, direction', () => {
  test.each([
    ['补偿标准提高10个百分点。', '补偿标准提高10个百分点', '+Δ', 10, '个百分点'],
    ['大病保险起付线降低50%。', '大病保险起付线降低50%', '−Δ', 50, '%'],
    ['新农合筹资标准提高到560元。', '新农合筹资标准提高到560元', '→', 560, '元'],
    ['每年至少办成1项。', '每年至少办成1项', '≥', 1, '项'],
    ['每年牵头开展专题调研应当不少于2次。', '每年牵头开展专题调研应当不少于2次', '≥', 2, '次'],
    ['全面完成15个医疗基层急救示范点建设。', '完成15个医疗基层急救示范点建设', '=', 15, '个'],
    ['要确保每个县建好1 所以上政府办综合医院。', '建好1 所以上政府办综合医院', '≥', 1, '所'],
    ['引进10 户以上国内医药工业百强企业。', '引进10 户以上国内医药工业百强企业', '≥', 10, '户'],
    ['力争实现12个县(区)全覆盖。', '实现12个县(区)全覆盖', '=', 100, '%'],
    ['省、市级妇幼健康机构全部达到三级标准。', '省、市级妇幼健康机构全部达到三级标准', '=', 100, '%'],
  ])('%s → %s %s %s %s', (sentence, span, comparator, value, unit) => {
    const t = targets(sentence).find((x) => x.text === span);
    expect(t).toBeDefined();
    expect(t).toMatchObject({ comparator, value, unit });
  });

  test('a list of quotas is split per value', () => {
    const found = targets('“十四五”时期我省需新增执业(助理)医师3 万人、注册护士4.1 万人、全科医生4334 人。');
    expect(found.map((t) => [t.text, t.value, t.unit])).toEqual([
      ['新增执业(助理)医师3 万人', 30000, '人'],
      ['注册护士4.1 万人', 41000, '人'],
      ['全科医生4334 人', 4334, '人'],
    ]);
  });

  test.each([
    ['要继续改善人口结构，出生人口性别比必须下降。', '出生人口性别比必须下降', '−Δ'],
    ['要继续提高人口素质，出生缺陷发生率不能回升。', '出生缺陷发生率不能回升', '≤'],
    [
      '稳步推进基本药物制度，提高二级及以上医疗机构基本药物使用比例。',
      '提高二级及以上医疗机构基本药物使用比例',
      '+Δ',
    ],
    ['确保全省法定传染病发病率低于全国平均水平。', '全省法定传染病发病率低于全国平均水平', '<'],
    ['基本消除麻疹、麻风、疟疾。', '基本消除麻疹、麻风、疟疾', '='],
  ])('%s → %s %s', (sentence, span, comparator) => {
    const t = targets(sentence).find((x) => x.text === span);
    expect(t?.comparator).toBe(comparator);
    expect(t?.value).toBeUndefined();
  });
});

describe('not targets', () => {
  test.each([
    ['目前，全省基层卫生机构在岗人员中大专以上学历仅占48.4%。', 'present statistic'],
    ['20xx年至今，“三重医疗保障”累计惠及126万人次。', 'cumulative record'],
    ['新农合参合率已达到97.9%。', 'achieved figure'],
    ['去年全省报告传染病发病率同比下降9%。', 'year-on-year statistic'],
    ['新增本土确诊病例12例。', 'bulletin case count'],
    ['每千人口床位数由3.47张增长到4.63张。', 'change already made'],
    ['(三十)推动中医药事业发展。', 'section number'],
    ['联系电话：0771-2833389，传真：0771-2833390。', 'phone numbers'],
    ['从事临床工作不少于3年的人员可以申报。', 'eligibility duration'],
    ['提高资金使用效率。', 'efficiency, not a statistic'],
    ['至少有四条路是必须走的。', 'existence, not a quota'],
    ['着力培养一批高层次临床医学人才。', '一批 is not a count'],
    ['围绕“八项重点任务”和“九项重要指标”。', 'slogan counts'],
    ['严查“五个全覆盖”落实情况。', 'slogan name'],
  ])('%s (%s)', (sentence) => {
    expect(targets(sentence).map((t) => t.text)).toEqual([]);
  });
});
