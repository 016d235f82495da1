import { describe, expect, test } from 'vitest';
import { collectAttachments, isRecipientsLine, readAnatomy } from '../../../src/detect/document-anatomy';

describe('isRecipientsLine (主送机关)', () => {
  test.each([
    '各市州卫生健康委，委直属各单位：',
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '各省、自治区、直辖市及新疆生产建设兵团卫生健康委、中医药局：',
    '各县(区)、开发区卫生计生局,委机关各科室,委属各单位,各代管、设在单位:',
    '区直各卫生计生单位:',
    '各市州交通运输局：',
    '各有关单位：',
    '省疾病预防控制中心：',
  ])('recipients: %s', (line) => {
    expect(isRecipientsLine(line)).toBe(true);
  });

  test.each([
    '同志们：',
    '张明华委员：',
    '就我的切身经历和体会,机构改革必须抓住四个关键点位：',
    '联系人：李明',
    '附件：',
    '现将有关事项通知如下：',
    '具体要求如下：各单位要加强领导。',
    '会议要求：',
  ])('not recipients: %s', (line) => {
    expect(isRecipientsLine(line)).toBe(false);
  });
});

describe('readAnatomy', () => {
  const notice = [
    '湖南省卫生健康委员会文件',
    '湘卫基层发〔2023〕5号',
    '湖南省卫生健康委关于做好2023年基层卫生健康重点工作的通知',
    '各市州卫生健康委，委直属各单位：',
    '现就有关事项通知如下。',
    '一、加强能力建设',
    '（一）推进医共体建设。（国卫基层发〔2022〕20号）',
    '二、做实签约服务',
    '特此通知。',
    '附件：1.重点工作任务清单',
    '2.统计表',
    '湖南省卫生健康委员会',
    '2023年5月10日',
    '（此件主动公开）',
  ];

  test('finds every part of an official notice', () => {
    const anatomy = readAnatomy(notice);
    expect(anatomy.ownDocNumber?.text).toBe('湘卫基层发〔2023〕5号');
    expect(anatomy.recipients?.text).toBe('各市州卫生健康委，委直属各单位');
    expect(anatomy.closingFormula).toBe('特此通知');
    expect(anatomy.disclosureMark).toBe('（此件主动公开）');
    expect(anatomy.signature).toEqual({ index: 12, date: '2023-05-10', issuer: '湖南省卫生健康委员会' });
    expect(anatomy.attachmentLabels).toEqual(['附件：1.重点工作任务清单', '2.统计表']);
    expect(anatomy.numberedSections).toBe(3);
  });

  test('a number cited in the body is not the document’s own', () => {
    const anatomy = readAnatomy(['各单位：', '根据国卫基层发〔2022〕20号文件要求，现通知如下。']);
    expect(anatomy.ownDocNumber).toBeUndefined();
  });

  test('signature dates in Chinese numerals and the 印发 record line', () => {
    expect(readAnatomy(['正文', '正文', 'XX市卫生健康委员会', '二〇二三年五月十日']).signature?.date).toBe(
      '2023-05-10',
    );
    expect(
      readAnatomy(['正文', '正文', '广西壮族自治区卫生计生委办公室 2017年5月3日印发']).signature,
    ).toMatchObject({ date: '2017-05-03', issuer: '广西壮族自治区卫生计生委办公室' });
  });

  test('a date without an issuer above it is not a signature (news dateline)', () => {
    expect(readAnatomy(['正文内容很长', '会议结束', '2023年5月10日']).signature).toBeUndefined();
  });

  test.each(['（信息公开形式：主动公开）', '信息公开形式:主动公开', '(此件公开发布)', '（此件依申请公开）'])(
    'disclosure mark %s',
    (line) => {
      expect(readAnatomy(['正文', line]).disclosureMark).toBeDefined();
    },
  );
});

describe('collectAttachments', () => {
  test('file links first, labels that repeat them are dropped, other labels kept', () => {
    const links = [
      { href: 'https://x.gov.cn/a/P0201.docx', text: '附件1：重点工作任务清单.docx' },
      { href: 'https://x.gov.cn/a/t2023.html', text: '相关文章' },
    ];
    const result = collectAttachments(links, ['附件：1.重点工作任务清单', '2.统计表'], (href) =>
      /\.docx?$/.test(href),
    );
    expect(result).toEqual([
      { name: '附件1：重点工作任务清单.docx', href: 'https://x.gov.cn/a/P0201.docx' },
      { name: '2.统计表' },
    ]);
  });
});
