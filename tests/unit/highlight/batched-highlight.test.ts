// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domToText } from '../../../src/page/dom-text';
import { highlightInSlices, sliceSpans } from '../../../src/highlight/batched-highlight';
import { removeStrayHighlights, type HighlightSpan } from '../../../src/highlight/highlighter';

function spansOf(text: string, needle: string): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    spans.push({ id: `d${at}`, kind: 'deadline', start: at, end: at + needle.length });
  }
  return spans;
}

describe('highlightInSlices', () => {
  it('highlights in slices that never share a text node, and undoes them exactly', async () => {
    document.body.innerHTML = `<p>${'年底前完成，'.repeat(30)}</p>` + '<p>年底前</p>'.repeat(30);
    const before = document.body.innerHTML;
    const dt = domToText(document.body);
    const spans = spansOf(dt.text, '年底前');
    // The 30 spans in the first paragraph share one text node: they stay in one slice.
    const slices = sliceSpans(dt, spans, 5);
    expect(slices[0]!.length).toBeGreaterThanOrEqual(30);
    let yields = 0;
    // A clock that passes the budget on every reading: one slice per task.
    let t = 0;
    const handle = await highlightInSlices(dt, spans, {
      sliceSize: 5,
      clock: () => (t += 50),
      yieldToPage: async () => void yields++,
    });
    expect(yields).toBe(slices.length - 1);
    expect(document.querySelectorAll('mark[data-pl-id]').length).toBe(60);
    expect([...document.querySelectorAll('mark')].every((m) => m.textContent === '年底前')).toBe(true);
    handle.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('makes one tab stop per highlight and describes it for screen readers', async () => {
    document.body.innerHTML = '<p>请于<b>2017年6月</b>中旬前报送</p>';
    const dt = domToText(document.body);
    const start = dt.text.indexOf('2017');
    await highlightInSlices(
      dt,
      [{ id: 'd1', kind: 'deadline', start, end: start + 10, title: '期限，为 2017-06-20 截止' }],
      {
        yieldToPage: async () => {},
      },
    );
    const marks = [...document.querySelectorAll('mark')];
    expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(['0', null]);
    expect(marks[0]!.getAttribute('aria-description')).toBe('期限，为 2017-06-20 截止');
  });
});

describe('highlightInSlices within a time budget', () => {
  it('keeps working without yielding while the budget lasts', async () => {
    document.body.innerHTML = '<p>年底前</p>'.repeat(40);
    const dt = domToText(document.body);
    let yields = 0;
    await highlightInSlices(dt, spansOf(dt.text, '年底前'), {
      sliceSize: 5,
      clock: () => 0,
      yieldToPage: async () => void yields++,
    });
    expect(yields).toBe(0);
    expect(document.querySelectorAll('mark[data-pl-id]').length).toBe(40);
  });

  it('describes only the spans it highlights, and stops when aborted', async () => {
    document.body.innerHTML = '<p>年底前</p>'.repeat(40);
    const dt = domToText(document.body);
    const controller = new AbortController();
    const described: string[] = [];
    let t = 0;
    await highlightInSlices(dt, spansOf(dt.text, '年底前'), {
      sliceSize: 5,
      clock: () => (t += 50),
      signal: controller.signal,
      yieldToPage: async () => controller.abort(),
      describe: (span) => (described.push(span.id), `期限 ${span.id}`),
    });
    const marks = [...document.querySelectorAll('mark[data-pl-id]')];
    expect(marks.length).toBe(5);
    expect(described.length).toBe(5);
    expect(marks[0]!.getAttribute('aria-description')).toBe(`期限 ${marks[0]!.getAttribute('data-pl-id')}`);
  });

  it('nests a span inside the span that holds it, on a text node with many spans', async () => {
    document.body.innerHTML = `<pre>${'于2024年6月30日前完成，'.repeat(200)}</pre>`;
    const before = document.body.innerHTML;
    const dt = domToText(document.body);
    const inner = spansOf(dt.text, '2024年6月30日前');
    const outer = spansOf(dt.text, '于2024年6月30日前完成').map((s) => ({
      ...s,
      id: `t${s.start}`,
      kind: 'target' as const,
    }));
    const handle = await highlightInSlices(dt, [...inner, ...outer], { yieldToPage: async () => {} });
    expect(document.querySelectorAll('mark.pl-hl--target > mark.pl-hl--deadline').length).toBe(200);
    expect(
      handle.elements
        .get(outer[0]!.id)!
        .map((m) => m.textContent)
        .join(''),
    ).toBe('于2024年6月30日前完成');
    handle.remove();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('removeStrayHighlights', () => {
  it('unwraps marks left by an earlier instance and rejoins the text', () => {
    document.body.innerHTML =
      '<p>请于<mark class="pl-hl" data-pl-id="d1" data-pl-kind="deadline">年底前</mark>完成</p>';
    expect(removeStrayHighlights(document.body)).toBe(1);
    expect(document.body.innerHTML).toBe('<p>请于年底前完成</p>');
    expect(document.querySelector('p')!.childNodes.length).toBe(1);
  });
});
