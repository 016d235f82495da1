import { Window } from 'happy-dom';
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import type { Clip } from '../../../src/core/clip';
import { clipsToMarkdown } from '../../../src/export/markdown';
import { escapeMarkdownInline, markdownLinkUrl } from '../../../src/export/markdown-escape';
import { deadlineClip, targetClip } from './clip-factory';

const now = new Date(2024, 4, 1, 10, 30);

/** Renders our Markdown the way GitHub/Obsidian-like viewers do (GFM) and returns the DOM. */
function render(markdown: string): Document {
  const html = marked.parse(markdown, { gfm: true, async: false });
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const urlA = 'http://wsjkw.gxzf.gov.cn/zwgk/tzgg/201705/t20170503_1.html';
const urlB = 'https://www.nhc.gov.cn/yzygj/s7659/202206/abc.shtml';

describe('Markdown brief', () => {
  const docB = {
    url: urlB,
    site: 'www.nhc.gov.cn',
    title: '关于印发“十四五”卫生健康规划的通知',
    docNumber: '国卫规划发〔2022〕20号',
    issuer: '国家卫生健康委',
    writtenDate: '2022-06-01',
  };
  const clips: Clip[] = [
    deadlineClip({
      anchor: { ...deadlineClip().anchor, start: 500, end: 510 },
      text: '每年12月5日之前',
      due: '2017-12-05',
      recurring: { freq: 'yearly', month: 12, day: 5 },
    }),
    targetClip({ url: urlB, doc: docB, status: 'done', note: '已报分管领导' }),
    deadlineClip({
      anchor: { ...deadlineClip().anchor, start: 20, end: 30 },
      note: '联系医政处\n电话 0771-1234567',
    }),
    deadlineClip({
      url: urlB,
      doc: docB,
      text: '“十四五”期间',
      due: '2025-12-31',
      range: ['2021-01-01', '2025-12-31'],
    }),
  ];
  const dom = render(clipsToMarkdown(clips, now));

  test('has one section per document, in order of first appearance, with a citation line', () => {
    const headings = [...dom.querySelectorAll('h2')].map(text);
    expect(headings).toEqual(['关于开展2017年医疗质量自查工作的通知', '关于印发“十四五”卫生健康规划的通知']);
    const citation = dom.querySelectorAll('h2')[1]?.nextElementSibling;
    expect(text(citation)).toBe(
      '来源：《关于印发“十四五”卫生健康规划的通知》（国卫规划发〔2022〕20号），国家卫生健康委，2022-06-01，原文链接',
    );
    expect(citation?.querySelector('a')?.getAttribute('href')).toBe(urlB);
  });

  test('lists deadlines then targets as task items with their meaning, in reading order', () => {
    const items = [...dom.querySelectorAll('li')].map((li) => text(li));
    expect(items).toEqual([
      '于2017年6月中旬前 — 为 2017-06-20 截止 联系医政处 电话 0771-1234567',
      '每年12月5日之前 — 每年 12 月 5 日前（下次 2017-12-05）',
      '“十四五”期间 — 2021-01-01 至 2025-12-31',
      '满意度达到90%以上 — ≥ 90% 已报分管领导',
    ]);
    const boxes = [...dom.querySelectorAll('li input[type=checkbox]')].map((b) => b.hasAttribute('checked'));
    expect(boxes).toEqual([false, false, false, true]);
    expect([...dom.querySelectorAll('h3')].map(text)).toEqual(['期限', '期限', '目标']);
  });

  test('quotes the note under its item', () => {
    const quote = dom.querySelector('li blockquote');
    expect(text(quote)).toBe('联系医政处 电话 0771-1234567');
  });

  test('speaks English on request', () => {
    const en = render(clipsToMarkdown(clips, now, 'en'));
    expect(text(en.querySelector('h1'))).toBe('Policy Lens clips');
    expect([...en.querySelectorAll('h3')].map(text)).toEqual(['Deadlines', 'Deadlines', 'Targets']);
    expect(text(en.querySelector('li'))).toContain('due 2017-06-20');
  });
});

describe('Markdown injection from page text and notes', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[点我](javascript:alert(1))',
    '![x](http://evil.example/x.png)',
    '**粗体** _斜体_ *强调*',
    '`code` ```fence```',
    '~~删除~~',
    '<https://evil.example>',
    '&lt;b&gt;entity&lt;/b&gt; &amp;',
    '<!-- comment -->',
    '\\*escaped\\* backslash',
    '$x^2$ math',
    '| a | b |',
    '详见 https://evil.example/x 或 www.evil.example，邮箱 a@evil.example',
  ];
  const linePayloads = [
    '# 标题',
    '- 列表',
    '+ 列表',
    '* 列表',
    '1. 有序',
    '2) 有序',
    '> 引用',
    '===',
    '---',
    '    缩进代码',
    '| a | b |\n|---|---|\n| c | d |',
  ];

  function assertInert(dom: Document): void {
    const forbidden = 'script, img, iframe, strong, em, code, pre, del, table, h4, h5, h6, hr, ol';
    expect([...dom.querySelectorAll(forbidden)].map((e) => e.tagName)).toEqual([]);
    const links = [...dom.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([urlA]);
  }

  test.each(payloads)('clip text %j renders as literal text', (payload) => {
    const dom = render(clipsToMarkdown([deadlineClip({ text: payload })], now));
    assertInert(dom);
    expect(text(dom.querySelector('li'))).toBe(`${payload.replace(/\s+/g, ' ')} — 为 2017-06-20 截止`);
  });

  test.each([...payloads, ...linePayloads])('note %j renders as literal quoted text', (payload) => {
    const dom = render(clipsToMarkdown([deadlineClip({ note: payload })], now));
    assertInert(dom);
    expect(dom.querySelectorAll('li')).toHaveLength(1);
    expect(dom.querySelectorAll('h1, h2, h3')).toHaveLength(3);
    const quoted = [...dom.querySelectorAll('li blockquote')].map(text).join(' ');
    // Each note line keeps its characters (line starts may lose leading indentation only).
    for (const line of payload.split('\n')) expect(quoted).toContain(line.trim().replace(/\s+/g, ' '));
  });

  test.each(payloads)('document title %j renders as literal text in heading and citation', (payload) => {
    const clip = deadlineClip();
    const dom = render(
      clipsToMarkdown([{ ...clip, doc: { ...clip.doc, title: payload, docNumber: payload } }], now),
    );
    assertInert(dom);
    expect(text(dom.querySelector('h2'))).toBe(payload.replace(/\s+/g, ' '));
  });

  test('a javascript: document address is shown as text, never linked', () => {
    const clip = deadlineClip({ url: 'javascript:alert(1)' });
    const dom = render(clipsToMarkdown([{ ...clip, doc: { ...clip.doc, url: clip.url } }], now));
    expect(dom.querySelectorAll('a')).toHaveLength(0);
    expect(text(dom.querySelector('h2 + p'))).toContain('javascript:alert(1)');
  });

  test('a document address with parentheses and spaces stays one working link', () => {
    const url = 'https://wjw.example.gov.cn/list (2)/doc(1).html?q=a b';
    const clip = deadlineClip({ url });
    const dom = render(clipsToMarkdown([{ ...clip, doc: { ...clip.doc, url } }], now));
    const href = dom.querySelector('a')?.getAttribute('href');
    expect(href).toBe('https://wjw.example.gov.cn/list%20%282%29/doc%281%29.html?q=a%20b');
    expect(decodeURIComponent(href ?? '')).toBe(url);
  });
});

describe('escape helpers', () => {
  test.each([
    ['a*b_c', 'a\\*b\\_c'],
    ['<b>&', '&lt;b\\>&amp;'],
    ['[x](y)', '\\[x\\]\\(y\\)'],
    ['两行\n文本', '两行 文本'],
    ['满意度达到90%以上', '满意度达到90%以上'],
  ])('escapeMarkdownInline(%j) = %j', (input, output) => {
    expect(escapeMarkdownInline(input)).toBe(output);
  });

  test.each([
    ['https://a.gov.cn/x(1).html', 'https://a.gov.cn/x%281%29.html'],
    ['http://a.gov.cn/a b', 'http://a.gov.cn/a%20b'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['not a url', null],
  ])('markdownLinkUrl(%j) = %j', (input, output) => {
    expect(markdownLinkUrl(input)).toBe(output);
  });
});
