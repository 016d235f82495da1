/**
 * The extractor never throws, keeps its output consistent with the input, and stays linear
 * on random and adversarial input up to 1 MB (no catastrophic regex backtracking).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ExtractResult } from '../../../src/core/document';
import { extract } from '../../../src/extract/index';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function checkInvariants(text: string, r: ExtractResult): void {
  let prev = -1;
  let prevEnd = -1;
  for (const a of r.annotations) {
    expect(a.start).toBeGreaterThanOrEqual(0);
    expect(a.end).toBeGreaterThan(a.start);
    expect(a.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(a.start > prev || (a.start === prev && a.end >= prevEnd)).toBe(true);
    prev = a.start;
    prevEnd = a.end;
    if (a.kind === 'deadline') {
      expect(a.due === null || (ISO.test(a.due) && !Number.isNaN(Date.parse(a.due)))).toBe(true);
      if (a.due !== null) expect(new Date(`${a.due}T00:00:00Z`).toISOString().slice(0, 10)).toBe(a.due);
      if (a.range) expect(a.range[1]).toBe(a.due);
    }
  }
  expect(ISO.test(r.document.referenceDate)).toBe(true);
}

/** Fragments of real policy text, so random strings reach deep into the recognisers. */
const PIECES = [
  '年',
  '月',
  '日',
  '前',
  '底',
  '内',
  '今年',
  '20xx',
  '2023',
  '２０２３',
  '十四五',
  '“',
  '”',
  '’',
  '°',
  'ˉ',
  '＿',
  '-',
  '至',
  '每年',
  '每季度',
  '立即',
  '尽快',
  '限期整改',
  '达到',
  '控制在',
  '不低于',
  '不少于',
  '提高',
  '降低',
  '%',
  '％',
  '以上',
  '以下',
  '全覆盖',
  '所有',
  '全部',
  '实现',
  '个',
  '所',
  '人',
  '万',
  '亿',
  '百分之',
  '九十',
  '一百一十六',
  '3',
  '5',
  '12',
  '31',
  '0.5',
  '，',
  '。',
  '；',
  '、',
  '\n',
  ' ',
  '（',
  '）',
  '《',
  '》',
  '〔',
  '〕',
  '号',
  '附件：',
  '1.',
  '牵头',
  '配合',
  '截至',
  '截止时间为',
  '自印发之日起',
  '用',
  '到',
  '年内',
  '上半年',
  '中旬',
  '率',
  '比例',
  '已',
  '了',
  '要',
  '确保',
];
const fragmentText = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((xs) => xs.join(''));

describe('robustness', () => {
  test('random strings never throw and keep every invariant', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        checkInvariants(s, extract(s, { fallbackDate: '2024-02-29' }));
      }),
      { numRuns: 300 },
    );
  });

  test('policy-like fragment soup never throws and keeps every invariant', () => {
    fc.assert(
      fc.property(
        fragmentText,
        fc.constantFrom('2017-01-01', '2024-02-29', '2030-12-31', 'not a date'),
        (s, fb) => {
          checkInvariants(s, extract(s, { fallbackDate: fb }));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('non-string input and odd options do not throw', () => {
    expect(() => extract(undefined as unknown as string, { fallbackDate: '2024-01-01' })).not.toThrow();
    expect(() => extract('今年要完成。', undefined as unknown as { fallbackDate: string })).not.toThrow();
    expect(() => extract('今年要完成。', { fallbackDate: '2024-13-45' })).not.toThrow();
  });

  test.each([
    ['repeated digits', '1'.repeat(1 << 20)],
    ['repeated 年', '年'.repeat(1 << 20)],
    ['digits and 年 alternating', '2023年'.repeat(1 << 18)],
    ['no punctuation Chinese', '提高基层医疗卫生机构诊疗量'.repeat(1 << 16)],
    ['open brackets', '（《“'.repeat(1 << 18)],
    ['spaces between digits', '9 0 % 以 上 '.repeat(1 << 17)],
    ['commas only', '，'.repeat(1 << 20)],
  ])('1 MB of %s finishes quickly', (_name, text) => {
    const t0 = performance.now();
    const r = extract(text, { fallbackDate: '2024-01-01' });
    const ms = performance.now() - t0;
    expect(Array.isArray(r.annotations)).toBe(true);
    expect(ms).toBeLessThan(8000);
  });

  test('time grows roughly linearly with the input', () => {
    const unit =
      '各地要于2023年6月底前报送，确保满意度达到90%以上，实现全覆盖。2015年，全省增长12%。每年12月5日之前报送。\n';
    const run = (n: number): number => {
      const text = unit.repeat(n);
      extract(text, { fallbackDate: '2023-01-01' }); // warm
      const t0 = performance.now();
      extract(text, { fallbackDate: '2023-01-01' });
      return performance.now() - t0;
    };
    const small = Math.max(run(2000), 1);
    const large = run(16000);
    // 8× the input: allow up to 24× the time (noise, GC), far below quadratic (64×).
    expect(large / small).toBeLessThan(24);
  });
});
