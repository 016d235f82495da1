import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote } from '../../../src/anchor/text-quote';
import { editDistance, findApproximate } from '../../../src/anchor/approximate-match';

const original =
  '各地市卫生健康局：请于2024年4月30日前报送自评报告。到2025年，家庭医生签约服务覆盖率不低于75%。各县区于年底前完成整改，省级于年底前完成抽查。';

function selectorsOf(text: string, needle: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`no ${needle}`);
  const end = start + needle.length;
  return { quote: describeQuote(text, start, end), position: { start, end } };
}

describe('anchorQuote', () => {
  it('keeps the saved position when the text there is unchanged', () => {
    const { quote, position } = selectorsOf(original, '2024年4月30日前');
    expect(anchorQuote(original, quote, position)).toEqual({ ...position, method: 'position' });
  });

  it.each([
    ['text inserted before the quote', (t: string) => `【置顶】新增说明文字若干。${t}`],
    ['text removed before the quote', (t: string) => t.replace('各地市卫生健康局：', '')],
    ['a whole paragraph prepended', (t: string) => `${'公告栏目说明。'.repeat(40)}\n${t}`],
  ])('follows the quote when %s', (_label, change) => {
    const { quote, position } = selectorsOf(original, '2024年4月30日前');
    const changed = change(original);
    const found = anchorQuote(changed, quote, position)!;
    expect(changed.slice(found.start, found.end)).toBe('2024年4月30日前');
  });

  it('tells repeated quotes apart by their context, not by the nearest position', () => {
    // Two 年底前: the clip is the second (省级…). Shift the text so the first now sits where the second was.
    const { quote, position } = selectorsOf(original, '年底前', 1);
    const changed = original.replace('各县区于年底前完成整改，', '') + '市级于年底前完成复核。';
    const found = anchorQuote(changed, quote, position)!;
    expect(changed.slice(found.start - 3, found.end)).toBe('省级于年底前');
    expect(found.method).toBe('context');
  });

  it.each([
    ['one character changed', '家庭医生签约服务覆盖率不低于75%', '家庭医生签约服务覆盖率不低于80%'],
    ['OCR noise inside the quote', '家庭医生签约服务覆盖率不低于75%', '家庭医生签约服务复盖率不低于 75%'],
    ['a word inserted', '家庭医生签约服务覆盖率不低于75%', '家庭医生签约服务人群覆盖率不低于75%'],
  ])('finds a quote that changed slightly (%s)', (_label, before, after) => {
    const { quote, position } = selectorsOf(original, before);
    const changed = original.replace(before, after);
    const found = anchorQuote(changed, quote, position)!;
    expect(found.method).toBe('fuzzy');
    expect(changed.slice(found.start, found.end)).toBe(after);
  });

  it('gives up when the quote is gone', () => {
    const { quote, position } = selectorsOf(original, '家庭医生签约服务覆盖率不低于75%');
    const changed = original.replace('到2025年，家庭医生签约服务覆盖率不低于75%。', '');
    expect(anchorQuote(changed, quote, position)).toBeUndefined();
  });

  it('does not fuzzily match very short quotes anywhere', () => {
    const { quote, position } = selectorsOf(original, '年底前');
    expect(anchorQuote('全年完成任务', quote, position)).toBeUndefined();
  });

  it('skips candidates the caller vetoes', () => {
    const { quote, position } = selectorsOf(original, '年底前', 0);
    const found = anchorQuote(original, quote, position, (s) => s !== position.start)!;
    expect(found.start).toBe(original.indexOf('年底前', position.start + 1));
  });

  it('stays within its cost budget on a megabyte of text', () => {
    const big = '卫生健康工作要点。'.repeat(120_000);
    const quote = { exact: '家庭医生签约服务覆盖率不低于75%以上完成', prefix: '', suffix: '' };
    const t0 = performance.now();
    expect(anchorQuote(big, quote, { start: 500_000, end: 500_020 })).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('findApproximate', () => {
  it.each([
    ['abcdef', 'xxabcdefxx', 0, 2, 8],
    ['abcdef', 'xxabXdefxx', 1, 2, 8],
    ['abcdef', 'xxabdefxx', 1, 2, 7],
  ])('finds %s in %s with %i errors', (pattern, text, errors, start, end) => {
    const [best] = findApproximate(text, pattern, { maxErrors: 1 })!;
    expect(best).toEqual({ start, end, errors });
  });

  it('reports a budget overrun instead of running on', () => {
    expect(
      findApproximate('a'.repeat(10_000), 'b'.repeat(40), { maxErrors: 10, cellBudget: 1000 }),
    ).toBeUndefined();
  });

  it.each([
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['政策透镜', '政策镜', 1],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('anchorQuote does not mistake a neighbouring fact for the saved one', () => {
  it('rejects a date one digit away in a different sentence', () => {
    const text = '各地要于2024年4月30日前将实施方案报送。各县区于2024年6月30日前完成摸底。';
    const { quote, position } = selectorsOf(text, '2024年4月30日前');
    const changed = text.replace('各地要于2024年4月30日前将实施方案报送。', '');
    expect(anchorQuote(changed, quote, position)).toBeUndefined();
  });
});
