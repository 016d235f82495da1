/**
 * Round 5 rules, each tested with sentences written for this file (not copied from a labelled
 * document): indicator lists set apart by leaders, slashes or ideographic spaces, Chinese
 * numerals with 点 decimals, and more quota and coverage wordings.
 */
import { describe, expect, test } from 'vitest';
import type { TargetAnnotation } from '../../../src/core/annotation';
import { extract } from '../../../src/extract/index';
import { parseQuantity } from '../../../src/extract/numbers/parse-number';
import { readValueCell, splitDelimited } from '../../../src/extract/targets/table-delimited';

const REF = '2024-03-01';

function targets(text: string): TargetAnnotation[] {
  return extract(text, { fallbackDate: REF }).annotations.filter(
    (a): a is TargetAnnotation => a.kind === 'target',
  );
}
function brief(text: string): unknown[][] {
  return targets(text).map((t) => [t.text, t.comparator, t.value]);
}

describe('an indicator list with dotted leaders and slashes, under a bracketed header', () => {
  const list = [
    '专栏2　全县卫生事业主要指标',
    '（指标名称／2022年／2027年／属性）',
    '1．孕产妇系统管理率（%）…………………92.1／≥95／约束性',
    '2．每千人口床位数（张）………………5.2／6.4／预期性',
    '3．高血压患者规范管理率（%）……………—／稳步提高／预期性',
    '4．住院次均费用增幅（%）…………8.3／5左右／预期性',
    '5．传染病报告发病率（／10万）……210／≤180／预期性',
    '',
    '第三章　主要任务',
  ].join('\n');

  test('each row runs from the indicator through the baseline to the target cell', () => {
    expect(brief(list)).toEqual([
      ['孕产妇系统管理率（%）…………………92.1／≥95', '≥', 95],
      ['每千人口床位数（张）………………5.2／6.4', '≥', 6.4],
      ['高血压患者规范管理率（%）……………—／稳步提高', '+Δ', undefined],
      ['住院次均费用增幅（%）…………8.3／5左右', '≈', 5],
      ['传染病报告发病率（／10万）……210／≤180', '≤', 180],
    ]);
  });

  test('units come from the brackets, per capita where the indicator says so', () => {
    expect(targets(list).map((t) => t.unit)).toEqual(['%', '张/千人口', undefined, '%', '/10万']);
  });
});

describe('an indicator list spaced by ideographic spaces with Chinese-numeral cells', () => {
  const list = [
    '附件　某市慢病防治工作指标',
    '（指标　二〇二三年现状　二〇二五年目标）',
    '一、糖尿病患者规范管理率　百分之六十二点五　百分之七十以上',
    '二、每万人口公共卫生医师数　一点八名　二点五名以上',
    '三、慢病筛查覆盖率　百分之四十　不低于百分之六十',
  ].join('\n');

  test.each([
    ['糖尿病患者规范管理率　百分之六十二点五　百分之七十以上', '≥', 70],
    ['每万人口公共卫生医师数　一点八名　二点五名以上', '≥', 2.5],
    ['慢病筛查覆盖率　百分之四十　不低于百分之六十', '≥', 60],
  ])('%s', (text, comparator, value) => {
    expect(brief(list)).toContainEqual([text, comparator, value]);
  });
});

describe('a list under a goal heading needs no header', () => {
  test('two values read as baseline → target; a bare falling value as ≤', () => {
    const list = [
      '二、发展目标',
      '',
      '院内感染发生率（%）……………3.2／2.5',
      '床位使用率（%）………………81／85左右',
    ].join('\n');
    expect(brief(list)).toEqual([
      ['院内感染发生率（%）……………3.2／2.5', '≤', 2.5],
      ['床位使用率（%）………………81／85左右', '≈', 85],
    ]);
  });

  test('a results list (完成值) under a review heading gives nothing', () => {
    const list = ['一、主要指标完成值', '院内感染发生率（%）……………3.2／2.5'].join('\n');
    expect(targets(list)).toEqual([]);
  });
});

describe('cells and separators', () => {
  test('a slash inside the unit brackets does not split the indicator', () => {
    expect(splitDelimited('死亡率（／10万）……12／≤10').map((c) => c.text)).toEqual([
      '死亡率（／10万）',
      '12',
      '≤10',
    ]);
  });

  test.each([
    ['≤15', { value: 15, comparator: '≤', unit: undefined }],
    ['百分之九十以上', { value: 90, comparator: '≥', unit: '%' }],
    ['三点六名', { value: 3.6, comparator: undefined, unit: '名' }],
    ['同比例提高', { comparator: '+Δ' }],
    ['逐步下降', { comparator: '−Δ' }],
  ])('cell %s', (raw, cell) => {
    expect(readValueCell(raw)).toEqual(cell);
  });

  test('prose with leaders but no value cell is no row', () => {
    expect(targets('二、发展目标\n第一节……加强基层能力建设……详见附件')).toEqual([]);
  });
});

describe('Chinese numerals with 点 decimals', () => {
  test.each([
    ['四点五', 4.5],
    ['十二点零五', 12.05],
    ['百分之八十七点三', 87.3],
  ])('%s = %d', (raw, value) => {
    expect(parseQuantity(raw)?.value).toBe(value);
  });

  test('a prose target with a Chinese decimal', () => {
    expect(brief('到2026年，全县每千人口注册护士数达到三点二名以上。')).toContainEqual([
      '全县每千人口注册护士数达到三点二名以上',
      '≥',
      3.2,
    ]);
  });

  test('a clock time is no decimal', () => {
    expect(parseQuantity('九点三十')).toBeNull();
  });
});

describe('quotas and coverage in more wordings', () => {
  test.each([
    ['各县每月至少通报违规案例3例，', '各县每月至少通报违规案例3例', '≥', 3],
    ['新院区年内开放床位120张。', '开放床位120张', '=', 120],
    ['每学期对在校学生开展一次视力筛查。', '每学期对在校学生开展一次视力筛查', '=', 1],
    ['每个乡镇至少有一所卫生院设立康复科。', '每个乡镇至少有一所卫生院设立康复科', '≥', 1],
  ])('%s', (sentence, text, comparator, value) => {
    expect(brief(sentence)).toContainEqual([text, comparator, value]);
  });

  test('至少有 without something set up states existence, not a quota', () => {
    expect(targets('解决这一问题至少有两条路可走。')).toEqual([]);
  });

  test.each(['实施基层人才“两个一批”计划。', '坚持“全覆盖、无死角”原则，开展专项检查。'])(
    'a count or coverage word that opens a quoted slogan is no target: %s',
    (sentence) => {
      expect(targets(sentence)).toEqual([]);
    },
  );
});

describe('directions on more statistics', () => {
  test.each([
    ['今年全院DRG值要稳步提高。', '全院DRG值要稳步提高'],
    ['到2027年，人均健康预期寿命同比例提高。', '人均健康预期寿命同比例提高'],
  ])('%s', (sentence, text) => {
    expect(brief(sentence)).toContainEqual([text, '+Δ', undefined]);
  });

  test('同比 (on the same period) still marks a record', () => {
    expect(targets('一季度门诊量同比增长，住院率同比提高。')).toEqual([]);
  });
});

describe('levels, shares and standards in more frames', () => {
  test.each([
    [
      '各县要将经费纳入预算，困难老人护理补贴标准每人每年不低于八百元。',
      '困难老人护理补贴标准每人每年不低于八百元',
      '≥',
      800,
    ],
    ['三级医院儿科床位要保持在床位总数的5%以上。', '三级医院儿科床位要保持在床位总数的5%以上', '≥', 5],
    [
      '到2026年，百分之七十以上的二级医院、专科医院和社区卫生服务中心提供安宁疗护服务。',
      '百分之七十以上的二级医院、专科医院和社区卫生服务中心提供安宁疗护服务',
      '≥',
      70,
    ],
  ])('%s', (sentence, text, comparator, value) => {
    expect(brief(sentence)).toContainEqual([text, comparator, value]);
  });

  test('控制在 a grade sets a floor like 达到 it', () => {
    expect(brief('各乡镇建成区鼠密度应控制在国家标准B级以上。')).toContainEqual([
      '各乡镇建成区鼠密度应控制在国家标准B级以上',
      '≥',
      undefined,
    ]);
  });

  test('覆盖所有 after a comma continues the sentence', () => {
    expect(brief('9月底前全面推行日间手术，覆盖所有三级医院。')).toContainEqual([
      '覆盖所有三级医院',
      '=',
      100,
    ]);
  });
});
