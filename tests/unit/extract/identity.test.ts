/**
 * Document identity from the text: 发文字号 (its own, not citations), title, issuer,
 * 主送机关, dates, attachments, task assignments, the reference date and page hints.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/extract/index';
import { findDocNumbers } from '../../../src/extract/identity/doc-number';

const NOTICE = `国家卫生健康委关于做好基层卫生工作的通知

国卫基层发〔2022〕20号

各省、自治区、直辖市卫生健康委：

为落实《国务院办公厅关于推进分级诊疗制度建设的指导意见》（国办发〔2015〕70号）要求，现通知如下。

一、请于2022年9月30日前报送工作方案。

附件：1.工作方案模板
      2.统计表

国家卫生健康委
2022年8月15日
（此件主动公开）`;

describe('identity', () => {
  test('reads the document’s own number, not the ones it cites', () => {
    expect(extract(NOTICE, { fallbackDate: '2024-01-01' }).document).toMatchObject({
      docNumber: '国卫基层发〔2022〕20号',
      title: '国家卫生健康委关于做好基层卫生工作的通知',
      issuer: '国家卫生健康委',
      recipients: '各省、自治区、直辖市卫生健康委',
      signatureDate: '2022-08-15',
      referenceDate: '2022-08-15',
      referenceDateSource: 'signatureDate',
      attachments: [{ name: '工作方案模板' }, { name: '统计表' }],
    });
  });

  test.each([
    ['国卫基层发〔2022〕20号', '国卫基层发〔2022〕20号'],
    ['桂卫办发[2017]22号', '桂卫办发[2017]22号'],
    ['浙卫发［2023］10号', '浙卫发［2023］10号'],
    ['川卫规（2018）3号', '川卫规（2018）3号'],
    ['京卫医【2019】7号', '京卫医【2019】7号'],
    ['国发2019〕13号', '国发2019〕13号'],
    ['×卫发［２０２１］７号', '×卫发［２０２１］７号'],
  ])('document number %s', (line, value) => {
    expect(findDocNumbers(line).map((n) => n.value)).toEqual([value]);
  });

  test('the reference date follows 成文日期, then the signature, then 发布日期, then the fallback', () => {
    const body = '\n今年要实现全覆盖。\n';
    expect(
      extract(`成文日期：2021-04-02\n发布日期：2021-04-09${body}`, { fallbackDate: '2024-01-01' }).document,
    ).toMatchObject({
      referenceDate: '2021-04-02',
      referenceDateSource: 'writtenDate',
    });
    expect(
      extract(`发布日期：2021-04-09 08:38${body}`, { fallbackDate: '2024-01-01' }).document,
    ).toMatchObject({
      referenceDate: '2021-04-09',
      referenceDateSource: 'publishedDate',
    });
    const noDate = extract(body, { fallbackDate: '2024-01-01' });
    expect(noDate.document).toMatchObject({ referenceDate: '2024-01-01', referenceDateSource: 'fallback' });
    expect(noDate.annotations.find((a) => a.kind === 'deadline')).toMatchObject({
      text: '今年',
      due: '2024-12-31',
    });
  });

  test('今年 follows the document’s own date, not the reading date', () => {
    const r = extract(`${NOTICE}\n今年要实现全覆盖。`, { fallbackDate: '2030-01-01' });
    expect(r.annotations.find((a) => a.text === '今年')).toMatchObject({ due: '2022-12-31', relative: true });
  });

  test('page hints win over what the text suggests', () => {
    const r = extract(NOTICE, {
      fallbackDate: '2024-01-01',
      hints: {
        title: '页面标题',
        docNumber: '国卫基层发〔2022〕99号',
        writtenDate: '2022-08-01',
        issuer: '国家卫生健康委员会',
      },
    });
    expect(r.document).toMatchObject({
      title: '页面标题',
      docNumber: '国卫基层发〔2022〕99号',
      issuer: '国家卫生健康委员会',
      referenceDate: '2022-08-01',
      referenceDateSource: 'writtenDate',
    });
  });

  test('tasks of a work plan carry their lead and supporting units', () => {
    const plan =
      '(一)做好大会筹备工作。制定配套政策。(委办公室牵头,市爱卫办、委机关各科室等参与落实)\n(二)实施健康素养促进行动。(市爱卫办牵头)\n';
    const tasks = extract(plan, { fallbackDate: '2024-01-01' }).document.tasks ?? [];
    expect(tasks.map(({ task, lead, support }) => ({ task, lead, support }))).toEqual([
      { task: '(一)做好大会筹备工作。', lead: ['委办公室'], support: ['市爱卫办', '委机关各科室'] },
      { task: '(二)实施健康素养促进行动。', lead: ['市爱卫办'], support: [] },
    ]);
    for (const t of tasks) expect(plan.slice(t.start, t.end).startsWith(t.task.slice(0, 5))).toBe(true);
  });

  test('rows of a 任务分工表 give tasks with lead and support cells', () => {
    const table = [
      '序号',
      '工作任务',
      '牵头处室',
      '配合处室',
      '1',
      '各级卫生健康行政部门要经常调研指导基层工作。',
      '基层处、各市县卫生健康委',
      '办公室、人事处',
    ].join('\n\n');
    const [task] = extract(table, { fallbackDate: '2024-01-01' }).document.tasks ?? [];
    expect(task).toMatchObject({ lead: ['基层处', '各市县卫生健康委'], support: ['办公室', '人事处'] });
  });
});
