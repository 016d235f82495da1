import { describe, expect, test } from 'vitest';
import { horizonInSentence, yearMentions } from '../../../src/library/horizon-year';
import { targetsTable } from '../../../src/library/targets-table';
import { clip } from './fixtures';

describe('horizon year from the sentence', () => {
  test.each([
    ['到2025年，群众满意度达到90%以上', '满意度达到90%以上', 2025],
    ['到２０２５年，群众满意度达到90%以上', '满意度达到90%以上', 2025],
    ['2017—2020年，全市孕产妇死亡率控制在15/10万以下', '控制在15/10万以下', 2020],
    ['力争“十四五”期间，县级医院全部达到二级标准', '全部达到二级标准', 2025],
    ['到2020年，孕产妇死亡率比2015年下降30%', '下降30%', 2020],
    ['与2019年相比，到2022年门诊量增长10%', '增长10%', 2022],
    ['截至2021年，覆盖率为80%，到2025年达到95%', '达到95%', 2025],
    ['根据《2017年南宁市卫生计生工作要点》，满意度达到85%', '达到85%', undefined],
    ['今年，家庭医生签约率达到60%以上', '签约率达到60%以上', 2023],
    ['年底前，签约率达到60%以上', '签约率达到60%以上', 2023],
    ['明年，签约率达到65%', '签约率达到65%', 2024],
    ['到二〇三〇年，人均预期寿命达到79岁', '达到79岁', 2030],
    ['每年至少汇报1次', '至少汇报1次', undefined],
  ])('%s', (sentence, quote, year) => {
    expect(horizonInSentence(sentence, quote, 2023)).toBe(year);
  });

  test('with two horizons in one sentence, the one before the target wins', () => {
    const sentence = '到2020年覆盖率达到80%，到2025年覆盖率达到95%';
    expect(horizonInSentence(sentence, '覆盖率达到95%', 2019)).toBe(2025);
    expect(horizonInSentence(sentence, '覆盖率达到80%', 2019)).toBe(2020);
  });

  test('relative years need a reference year', () => {
    expect(yearMentions('今年完成')).toEqual([]);
  });
});

describe('targetsTable', () => {
  const gdUrl = 'https://wsjkw.gd.gov.cn/zwgk/content/post_1.html';
  const sentence = '到2025年，全省二级以上医院满意度达到90%以上。';
  const target = clip({
    id: 't1',
    kind: 'target',
    text: '满意度达到90%以上',
    context: sentence,
    url: gdUrl,
    metric: '满意度',
    comparator: '≥',
    value: 90,
    unit: '%',
    doc: {
      title: '广东省卫生健康事业发展“十四五”规划（2021—2025年）',
      docNumber: '粤卫〔2021〕5号',
      writtenDate: '2021-09-01',
    },
  });

  test('a row carries indicator, comparator, value, unit, horizon, document and level', () => {
    expect(targetsTable([target])).toEqual([
      {
        clipId: 't1',
        indicator: '满意度',
        comparator: '≥',
        value: 90,
        unit: '%',
        horizonYear: 2025,
        horizonFrom: 'sentence',
        document: { url: gdUrl, title: target.doc.title, docNumber: '粤卫〔2021〕5号', issuer: undefined },
        level: 'provincial',
        text: '满意度达到90%以上',
      },
    ]);
  });

  test('a saved deadline of the same sentence gives the horizon', () => {
    const deadline = clip({
      kind: 'deadline',
      text: '到2025年',
      due: '2025-12-31',
      context: sentence,
      url: gdUrl,
    });
    const [row] = targetsTable([deadline, { ...target, context: sentence }]);
    expect(row).toMatchObject({ horizonYear: 2025, horizonFrom: 'deadline' });
  });

  test('a deadline of another document with the same sentence does not', () => {
    const deadline = clip({
      kind: 'deadline',
      due: '2030-12-31',
      context: sentence,
      url: 'https://www.nhc.gov.cn/x.shtml',
    });
    expect(targetsTable([deadline, target])[0]).toMatchObject({ horizonYear: 2025, horizonFrom: 'sentence' });
  });

  test('without a year in the sentence, the document gives it: plan end year, then written date', () => {
    const plain = { ...target, context: '全省二级以上医院满意度达到90%以上。' };
    expect(targetsTable([plain])[0]).toMatchObject({ horizonYear: 2025, horizonFrom: 'document' });
    const noTitleYear = {
      ...plain,
      doc: { ...plain.doc, title: '关于加强医院管理的通知', writtenDate: '2022-03-01' },
    };
    expect(targetsTable([noTitleYear])[0]).toMatchObject({ horizonYear: 2022, horizonFrom: 'document' });
  });

  test('a target without a metric shows its text as the indicator; unknown level stays empty', () => {
    const bare = clip({
      kind: 'target',
      text: '全面完成15个急救示范点建设',
      url: 'https://example.org/a.html',
      doc: { title: '通知' },
    });
    expect(targetsTable([bare])[0]).toMatchObject({
      indicator: '全面完成15个急救示范点建设',
      level: undefined,
      horizonYear: undefined,
    });
  });

  test('only targets become rows, ordered by document and position', () => {
    const a2 = clip({
      id: 'a2',
      kind: 'target',
      url: 'https://a.gov.cn/1.html',
      doc: { title: '乙' },
      anchor: { quote: 'x', prefix: '', suffix: '', start: 50, end: 51 },
    });
    const a1 = clip({
      id: 'a1',
      kind: 'target',
      url: 'https://a.gov.cn/1.html',
      doc: { title: '乙' },
      anchor: { quote: 'x', prefix: '', suffix: '', start: 5, end: 6 },
    });
    const b = clip({ id: 'b', kind: 'target', url: 'https://a.gov.cn/2.html', doc: { title: '甲' } });
    const d = clip({ id: 'd', kind: 'deadline' });
    expect(targetsTable([a2, d, b, a1]).map((r) => r.clipId)).toEqual(['b', 'a1', 'a2']); // 甲 (jiǎ) sorts before 乙 (yǐ)
  });
});
