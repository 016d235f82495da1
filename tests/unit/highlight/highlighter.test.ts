// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domToText } from '../../../src/page/dom-text';
import { highlightSpans } from '../../../src/highlight/highlighter';

function setup(html: string) {
  document.body.innerHTML = html;
  return domToText(document.body);
}

function spanOf(text: string, needle: string) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`no ${needle}`);
  return { start, end: start + needle.length };
}

describe('highlightSpans', () => {
  it('wraps a span that crosses inline elements, every piece tagged with kind and id', () => {
    const dt = setup('<p>请于<b>2017年6月</b>中旬前报送</p>');
    const h = highlightSpans(dt, [{ id: 'd1', kind: 'deadline', ...spanOf(dt.text, '2017年6月中旬前') }]);
    const marks = [...document.querySelectorAll('mark[data-pl-id="d1"]')];
    expect(marks.map((m) => m.textContent).join('')).toBe('2017年6月中旬前');
    expect(marks.every((m) => m.getAttribute('data-pl-kind') === 'deadline')).toBe(true);
    expect(h.elements.get('d1')).toHaveLength(2);
    expect(document.body.textContent).toBe('请于2017年6月中旬前报送');
  });

  it('nests a deadline inside the target that contains it', () => {
    const dt = setup('<p>县级公立医院改革今年要实现全覆盖。</p>');
    highlightSpans(dt, [
      { id: 't1', kind: 'target', ...spanOf(dt.text, '县级公立医院改革今年要实现全覆盖') },
      { id: 'd1', kind: 'deadline', ...spanOf(dt.text, '今年') },
    ]);
    const inner = document.querySelector('mark[data-pl-id="d1"]')!;
    expect(inner.textContent).toBe('今年');
    expect(inner.closest('mark[data-pl-id="t1"]')).not.toBeNull();
  });

  it('highlights across table cells without joining the cells', () => {
    const dt = setup('<table><tr><td>满意度</td><td>达到90%以上</td></tr></table>');
    const s = spanOf(dt.text, '满意度\n达到90%以上');
    highlightSpans(dt, [{ id: 't1', kind: 'target', ...s }]);
    const cells = [...document.querySelectorAll('td')];
    expect(cells.map((td) => td.querySelector('mark')?.textContent)).toEqual(['满意度', '达到90%以上']);
  });

  it('restores the DOM exactly, text nodes included, when removed', () => {
    const dt = setup('<div><p>请于<b>2017年6月</b>中旬前报送，满意度达到90%以上。</p></div>');
    const before = document.body.innerHTML;
    const textNodes = [...document.body.querySelectorAll('p, b')].flatMap((e) => [...e.childNodes]);
    const h = highlightSpans(dt, [
      { id: 'd1', kind: 'deadline', ...spanOf(dt.text, '2017年6月中旬前') },
      { id: 't1', kind: 'target', ...spanOf(dt.text, '满意度达到90%以上') },
    ]);
    expect(document.body.innerHTML).not.toBe(before);
    h.remove();
    expect(document.body.innerHTML).toBe(before);
    const after = [...document.body.querySelectorAll('p, b')].flatMap((e) => [...e.childNodes]);
    expect(after).toEqual(textNodes);
  });

  it('marks saved and overdue spans for styling', () => {
    const dt = setup('<p>2016年底前完成</p>');
    highlightSpans(dt, [
      { id: 'd1', kind: 'deadline', saved: true, overdue: true, ...spanOf(dt.text, '2016年底前') },
    ]);
    const mark = document.querySelector('mark')!;
    expect(mark.getAttribute('data-pl-saved')).toBe('true');
    expect(mark.getAttribute('data-pl-overdue')).toBe('true');
  });
});
