import { describe, expect, test } from 'vitest';
import { parseInfoBlock, validateInfoValue } from '../../../src/detect/info-block';

describe('parseInfoBlock', () => {
  test('gov.cn table cells, one per line', () => {
    const lines = [
      '索 引 号：',
      '000014349/2023-00048',
      '主题分类：',
      '卫生、体育\\医药管理',
      '发文机关：',
      '国务院办公厅',
      '成文日期：',
      '2023年07月20日',
      '发文字号：',
      '国办发〔2023〕25号',
      '发布日期：',
      '2023年07月24日',
    ].map((line) => line.replace(/ /g, ''));
    expect(parseInfoBlock(lines)).toEqual({
      索引号: '000014349/2023-00048',
      主题分类: '卫生、体育\\医药管理',
      发文机关: '国务院办公厅',
      成文日期: '2023年07月20日',
      发文字号: '国办发〔2023〕25号',
      发布日期: '2023年07月24日',
    });
  });

  test('several pairs on one line (Zhejiang, Guizhou)', () => {
    expect(
      parseInfoBlock([
        '索引号：002592681/2023-120543 公开日期：2023-03-06 发布机构：湖州市卫生健康委员会 文号：无',
      ]),
    ).toEqual({
      索引号: '002592681/2023-120543',
      公开日期: '2023-03-06',
      发布机构: '湖州市卫生健康委员会',
      文号: '无',
    });
  });

  test('labels without colons in a two-column table', () => {
    expect(parseInfoBlock(['索引号', '00817414-2/2024-00325', '发布机构', '海南省卫生健康委员会'])).toEqual({
      索引号: '00817414-2/2024-00325',
      发布机构: '海南省卫生健康委员会',
    });
  });

  test('a list page header row is not a document block', () => {
    const lines = [
      '索引号',
      '标题',
      '发文字号',
      '成文日期',
      '发布日期',
      '00817414-2/2023-00091',
      '关于印发XX办法的通知',
      '琼卫规〔2023〕6号',
      '2023-05-30',
      '2023-06-02',
    ];
    const block = parseInfoBlock(lines);
    expect(block['索引号']).toBeUndefined();
    expect(block['标题']).toBeUndefined();
    expect(block['发文字号']).toBeUndefined();
  });

  test('the first value of a label wins and an empty label before another is skipped', () => {
    expect(
      parseInfoBlock(['来源: 发布日期:2022-10-31 10:31 【字体: 小 中 大', '发布日期：2023-01-01']),
    ).toEqual({ 发布日期: '2022-10-31' });
  });

  test('words inside running text are not labels', () => {
    expect(parseInfoBlock(['采购项目名称：信息系统运维', '本文标题：无关'])).toEqual({});
  });
});

describe('validateInfoValue', () => {
  test.each([
    ['成文日期', '2023年05月10日 星期三', '2023年05月10日'],
    ['成文日期', '标题', undefined],
    ['发布日期', '暂无', undefined],
    ['文号', '湘卫基层发〔2023〕5号', '湘卫基层发〔2023〕5号'],
    ['文号', '浙卫发 [2023] 10 号', '浙卫发[2023]10号'],
    ['文号', '无', '无'],
    ['发文字号', '主题分类', undefined],
    ['发文字号', '国家卫生健康委员会令第7号', '国家卫生健康委员会令第7号'],
    ['索引号', '000014349/2018-00222', '000014349/2018-00222'],
    ['索引号', '关于印发XX的通知', undefined],
    ['发文机关', '国务院办公厅', '国务院办公厅'],
  ])('%s + %s → %s', (label, value, expected) => {
    expect(validateInfoValue(label, value)).toBe(expected);
  });
});
