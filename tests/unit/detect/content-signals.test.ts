import { describe, expect, test } from 'vitest';
import { listShapeSignals, wordingSignals } from '../../../src/detect/content-signals';

const ids = (text: string) => wordingSignals(text).map((s) => s.id);

describe('wordingSignals: what the text says it is', () => {
  test.each([
    ['content.bulletin', '截至9月7日24时，现有确诊病例4312例，新增确诊病例213例，累计确诊病例245756例。'],
    ['content.publicity', '现将拟表彰对象予以公示，公示时间为11月20日至26日。公示期间如有异议，请书面反映。'],
    ['content.procurement', '现将采购意向公开如下：采购项目名称、采购需求概况、预算金额、预计采购时间。'],
    ['content.self-assessment', '目标完成情况良好，经自评，绩效评价得分93.5分，预算执行率95.97%。'],
    ['content.interpretation', '一、出台背景。二、主要内容。解读人：基层处。'],
    [
      'content.proposal-reply',
      '您提出的《关于加强基层中医药服务能力建设的提案》收悉。现答复如下：感谢您对卫生健康工作的关心。',
    ],
    ['content.news', '近日，全省会议召开。（记者 王磊 通讯员 陈晨）责任编辑：刘芳'],
  ])('%s', (id, text) => {
    const found = wordingSignals(text).find((s) => s.id === id);
    expect(found?.weight).toBeLessThan(0);
  });

  test('one passing mention is only a hint', () => {
    expect(ids('结果将在我委网站予以公示。')).toEqual(['content.publicity-hint']);
  });

  test.each([
    '现将《实施方案》印发给你们，请认真贯彻执行。',
    '现就做好2023年基层卫生健康重点工作通知如下。',
    '请各单位结合实际，于6月30日前报送。',
    '《深化医药卫生体制改革重点工作任务》已经国务院同意，现印发给你们。',
  ])('directive: %s', (text) => {
    expect(ids(text)).toContain('text.directive');
  });

  test('task language needs density, not one word', () => {
    expect(ids('必须加强领导。')).not.toContain('text.task-language');
    expect(ids('必须加强。确保完成。力争到2025年达到。年底前完成。切实抓好落实。')).toContain(
      'text.task-language',
    );
  });

  test('a speech is recognised by its address and its tasks', () => {
    const speech =
      '同志们：刚才，几位同志作了发言。下面，我讲三点意见。必须加强。确保完成。力争到2025年。年底前完成。切实推进。';
    expect(ids(speech)).toContain('text.speech-body');
    expect(ids('同志们：刚才，几位同志作了发言。')).not.toContain('text.speech-body');
  });
});

describe('listShapeSignals', () => {
  test('a column of 索引号 values is a list', () => {
    expect(
      listShapeSignals({
        listRowCount: 5,
        indexNumbers: 5,
        proseLines: 0,
        linkShare: 0.4,
        textLength: 900,
      }).map((s) => s.id),
    ).toEqual(expect.arrayContaining(['list.index-number-column', 'list.dated-rows']));
  });

  test('a detail page with a related-articles box is not a list', () => {
    expect(
      listShapeSignals({
        listRowCount: 3,
        indexNumbers: 1,
        proseLines: 12,
        linkShare: 0.2,
        textLength: 3000,
      }),
    ).toEqual([]);
  });

  test('many rows around a long body still count against, but less', () => {
    const signals = listShapeSignals({
      listRowCount: 20,
      indexNumbers: 0,
      proseLines: 5,
      linkShare: 0.3,
      textLength: 3000,
    });
    expect(signals.map((s) => s.id)).toEqual(['list.many-rows']);
  });
});
