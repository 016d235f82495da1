import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classifyPage } from '../../../src/detect/classify';
import { detectText } from '../../../src/detect/detect-page';
import { snapshotDocument } from '../../../src/detect/snapshot';
import { snapshotFromText } from '../../../src/detect/text-snapshot';
import { linkedomDocument, readFixture } from './load-page';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);

describe('plain-text documents (the seeds: notices, work points, speeches)', () => {
  const seeds = readdirSync(SEEDS).filter((file) => file.endsWith('.txt'));
  test.each(seeds)('%s is a policy document', (file) => {
    const detection = detectText(readFileSync(new URL(file, SEEDS), 'utf8'));
    expect(detection.policyPage, JSON.stringify(detection.signals)).toBe(true);
  });

  test('the notice seed yields its number, recipients and 印发 date', () => {
    const detection = detectText(readFileSync(new URL('000_5770678d725c3397.txt', SEEDS), 'utf8'));
    expect(detection.document).toMatchObject({
      docNumber: '桂卫办发〔2017〕22号',
      signatureDate: '2017-05-03',
    });
    expect(detection.document.title).toMatch(/关于认真学习贯彻.*精神的通知$/);
  });
});

describe('identity hints from a full page', () => {
  test('TRS notice: block, metas and layout agree', () => {
    const fixture = readFixture('trs-provincial-notice');
    const detection = classifyPage(snapshotDocument(linkedomDocument(fixture.html), fixture.expected.url));
    expect(detection.document).toMatchObject({
      title: '湖南省卫生健康委关于做好2023年基层卫生健康重点工作的通知',
      docNumber: '湘卫基层发〔2023〕5号',
      issuer: '湖南省卫生健康委员会',
      recipients: '各市州卫生健康委，委直属各单位',
      writtenDate: '2023-05-10',
      publishedDate: '2023-05-12',
      indexNumber: '430S00/2023-01287',
    });
    expect(detection.document.attachments?.map((a) => a.href)).toEqual([
      'https://wjw.hunan.gov.cn/wjw/xxgk/tzgg/202305/P020230512602153451234.docx',
      'https://wjw.hunan.gov.cn/wjw/xxgk/tzgg/202305/P020230512602153459876.xlsx',
    ]);
  });

  test('文号：无 is not a document number', () => {
    const fixture = readFixture('zhejiang-work-points');
    const detection = classifyPage(snapshotDocument(linkedomDocument(fixture.html), fixture.expected.url));
    expect(detection.document.docNumber).toBeUndefined();
    expect(detection.document).toMatchObject({
      issuer: '湖州市卫生健康委员会',
      publishedDate: '2023-03-06',
      indexNumber: '002592681/2023-120543',
    });
  });

  test('a State Council document on health is a health topic on a non-health site', () => {
    const fixture = readFixture('govcn-state-council');
    const detection = classifyPage(snapshotDocument(linkedomDocument(fixture.html), fixture.expected.url));
    expect(detection).toMatchObject({ policyPage: true, healthSite: false, healthTopic: true });
    expect(detection.document).toMatchObject({
      docNumber: '国办发〔2023〕25号',
      writtenDate: '2023-07-20',
      issuer: '国务院办公厅',
    });
  });

  test('a transport notice is neither health site nor health topic', () => {
    const fixture = readFixture('transport-notice');
    const detection = classifyPage(snapshotDocument(linkedomDocument(fixture.html), fixture.expected.url));
    expect(detection).toMatchObject({ policyPage: true, healthSite: false, healthTopic: false });
  });
});

describe('the verdict explains itself', () => {
  test('score is the sum of the policy signals; site signals are listed apart', () => {
    const fixture = readFixture('trs-provincial-notice');
    const detection = classifyPage(snapshotDocument(linkedomDocument(fixture.html), fixture.expected.url));
    const policy = detection.signals.filter((s) => !s.id.startsWith('site.'));
    expect(detection.score).toBe(policy.reduce((sum, s) => sum + s.weight, 0));
    expect(detection.signals.some((s) => s.id.startsWith('site.'))).toBe(true);
  });

  test('weak evidence that adds up is not enough without a document marker', () => {
    const text = [
      '一、基本情况',
      '二、主要做法',
      '三、下一步',
      '必须加强。确保完成。力争到2025年。年底前完成。切实推进。',
    ].join('\n');
    const snapshot = {
      ...snapshotFromText(text, 'https://wjw.x.gov.cn/xxgk/tzgg/202301/t20230101_1.html'),
      metas: { articletitle: '某项工作情况', pubdate: '2023-01-01' },
    };
    const detection = classifyPage(snapshot);
    expect(detection.score).toBeGreaterThanOrEqual(4);
    expect(detection.policyPage).toBe(false);
  });

  test('a notice that is only a list of attachments is still a policy page', () => {
    const html = `<html><head><title>关于印发某某实施方案的通知</title></head><body><h1>关于印发某某实施方案的通知</h1>
      <p>各区卫生健康委：</p><p>现将《某某实施方案》印发给你们，请认真贯彻执行。</p>
      <p><a href="/files/P0201.pdf">附件：某某实施方案.pdf</a></p></body></html>`;
    const detection = classifyPage(
      snapshotDocument(linkedomDocument(html), 'https://wjw.x.gov.cn/zwgk/202301/t20230101_1.html'),
    );
    expect(detection.policyPage).toBe(true);
    expect(detection.document.attachments).toEqual([
      { name: '附件：某某实施方案.pdf', href: 'https://wjw.x.gov.cn/files/P0201.pdf' },
    ]);
  });
});

describe('layouts the fixtures do not cover', () => {
  const row = (i: number) =>
    `<li><a href="/xxgk/tzgg/2023${String(i).padStart(2, '0')}/t20230101_${i}.html">某某省卫生健康委员会关于进一步加强和改进新时代全省基层医疗卫生机构标准化建设工作第${i}批项目的通知</a> <span>2023-01-${String(i).padStart(2, '0')}</span></li>`;

  test('a list whose long titles share a line with their dates is still a list', () => {
    const html = `<html><head><title>通知公告</title></head><body><div class="crumb">当前位置：首页 &gt; 通知公告</div><ul>${Array.from({ length: 10 }, (_, i) => row(i + 1)).join('')}</ul></body></html>`;
    const detection = classifyPage(
      snapshotDocument(linkedomDocument(html), 'https://wjw.x.gov.cn/xxgk/tzgg/'),
    );
    expect(detection.policyPage).toBe(false);
    expect(detection.signals.map((s) => s.id)).toContain('list.dated-rows');
  });

  test('a definition-list 信息公开 block without CMS metas, saved without a URL, titled by the site', () => {
    const html = `<html><head><title>某某市卫生健康委员会</title></head><body>
      <dl><dt>索引号：</dt><dd>11330500002597413F/2023-01234</dd><dt>发布机构：</dt><dd>某某市卫生健康委员会</dd><dt>成文日期：</dt><dd>2023-02-01</dd><dt>文号：</dt><dd>某卫发〔2023〕3号</dd></dl>
      <h1>某某市卫生健康委员会关于印发2023年全市妇幼健康工作要点的通知</h1>
      <p>各区县卫生健康局，委直属各单位：</p><p>现将《2023年全市妇幼健康工作要点》印发给你们，请结合实际认真贯彻落实。</p>
      <p>某某市卫生健康委员会</p><p>2023年2月1日</p></body></html>`;
    const detection = classifyPage(snapshotDocument(linkedomDocument(html), ''));
    expect(detection).toMatchObject({ policyPage: true, healthSite: true });
    expect(detection.document).toMatchObject({
      docNumber: '某卫发〔2023〕3号',
      writtenDate: '2023-02-01',
      issuer: '某某市卫生健康委员会',
      signatureDate: '2023-02-01',
    });
  });
});
