// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domToText, locate, piecesOf, domToTextInSlices } from '../../../src/page/dom-text';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('domToText', () => {
  it('separates block elements and table cells with a line break', () => {
    const { text } = domToText(
      body('<p>一、总体要求</p><table><tr><td>满意度</td><td>90%</td></tr></table>'),
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['一、总体要求', '满意度', '90%']);
  });

  it('keeps inline elements in one line', () => {
    const { text } = domToText(body('<p>于<b>2017年6月</b><span>中旬前</span>报送</p>'));
    expect(text.trim()).toBe('于2017年6月中旬前报送');
  });

  it('skips scripts, styles, form fields, editable regions and our own UI', () => {
    const { text } = domToText(
      body(
        '<p>正文</p><script>var x="2025年底前"</script><style>p{}</style><textarea>草稿</textarea>' +
          '<div contenteditable="true">编辑中</div><div data-pl-ui>面板</div><p>结束</p>',
      ),
    );
    expect(text).not.toMatch(/2025|草稿|编辑中|面板/);
    expect(text).toContain('正文');
    expect(text).toContain('结束');
  });

  it('maps every text offset back to the character it came from', () => {
    const root = body('<div><p>报送时间：<em>2021年3月31日</em>前</p><p>满意度达到90%</p></div>');
    const dt = domToText(root);
    for (let i = 0; i < dt.text.length; i++) {
      const pos = locate(dt, i);
      if (!pos) {
        expect(dt.text[i]).toMatch(/\s/);
        continue;
      }
      expect(pos.node.data[pos.offset]).toBe(dt.text[i]);
    }
  });

  it('returns one piece per text node for a span across elements', () => {
    const dt = domToText(body('<p>于<b>2017年6月</b>中旬前报送</p>'));
    const start = dt.text.indexOf('2017');
    const end = dt.text.indexOf('报送');
    const pieces = piecesOf(dt, start, end);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['2017年6月', '中旬前']);
  });

  it('handles very deep nesting without overflowing the stack', () => {
    let html = '';
    for (let i = 0; i < 20000; i++) html += '<span>';
    html += '深处文字';
    const { text } = domToText(body(html));
    expect(text).toContain('深处文字');
  });
});

describe('domToTextInSlices', () => {
  it('reads a long page across several tasks into exactly the text and map of one pass', async () => {
    // A fresh root: the test above leaves a 10,000-deep body that happy-dom cannot clear.
    const root = document.createElement('div');
    for (let i = 0; i < 600; i++) {
      const p = document.createElement('p');
      const span = document.createElement('span');
      span.textContent = '于2024年6月30日前';
      p.append(`第${i}段`, span, ' 完成');
      root.append(p, '\n');
    }
    const whole = domToText(root);
    let yields = 0;
    let t = 0;
    const sliced = await domToTextInSlices(root, {
      yieldToPage: async () => void yields++,
      clock: () => (t += 50),
    });
    expect(yields).toBeGreaterThan(3);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => [s.start, s.length, s.node.data])).toEqual(
      whole.segments.map((s) => [s.start, s.length, s.node.data]),
    );
  });
});
