import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index';
import { extractInPieces, pieceBounds } from '../../../src/content/chunked-extract';

const SEEDS = '/work/shared/seeds';
const seeds = (() => {
  try {
    return readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  } catch {
    return [];
  }
})();

describe('extractInPieces', () => {
  it.skipIf(seeds.length === 0).each(seeds)('finds the same spans as one pass on %s', async (file) => {
    const text = readFileSync(`${SEEDS}/${file}`, 'utf8');
    const options = { fallbackDate: '2024-01-01' };
    let yields = 0;
    // A clock that moves 30 ms per reading: every piece spends the budget, so each yields.
    let t = 0;
    const pieces = await extractInPieces(text, options, {
      pieceLength: 6000,
      yieldToPage: async () => void yields++,
      clock: () => (t += 30),
    });
    const whole = extract(text, options);
    const key = (a: { kind: string; start: number; end: number; due?: unknown; value?: unknown }) =>
      `${a.kind}:${a.start}-${a.end}:${String(a.due ?? a.value)}`;
    expect(pieces.annotations.map(key).sort()).toEqual(whole.annotations.map(key).sort());
    expect(pieces.document.referenceDate).toBe(whole.document.referenceDate);
    const cuts = pieceBounds(text, 6000).length;
    expect(yields).toBe(cuts === 0 ? 0 : cuts + 1);
  });

  it.skipIf(seeds.length === 0).each(seeds)(
    'finds the same spans as one pass with a short first piece on %s',
    async (file) => {
      const text = readFileSync(`${SEEDS}/${file}`, 'utf8');
      const options = { fallbackDate: '2024-01-01' };
      const pieces = await extractInPieces(text, options, {
        pieceLength: 4000,
        firstPieceLength: 1000,
        yieldToPage: async () => {},
      });
      const whole = extract(text, options);
      const key = (a: { kind: string; start: number; end: number; due?: unknown; value?: unknown }) =>
        `${a.kind}:${a.start}-${a.end}:${String(a.due ?? a.value)}`;
      expect(pieces.annotations.map(key).sort()).toEqual(whole.annotations.map(key).sort());
    },
  );

  it('makes the first piece short and the others of the usual length', () => {
    const text = Array.from({ length: 400 }, (_, i) => `第${i}行${'字'.repeat(40)}`).join('\n');
    const [first, second] = pieceBounds(text, 4000, 1000);
    expect(first).toBeGreaterThanOrEqual(1000);
    expect(first).toBeLessThan(1100);
    expect(second! - first!).toBeGreaterThanOrEqual(4000);
    expect(second! - first!).toBeLessThan(4100);
    expect(pieceBounds(text, 4000)[0]).toBeGreaterThanOrEqual(4000);
  });

  it('cuts only after line breaks, preferring a top-level heading', () => {
    const text = `${'甲'.repeat(90)}\n${'乙'.repeat(5)}\n二、工作要求\n${'丙'.repeat(200)}`;
    const bounds = pieceBounds(text, 100);
    expect(bounds.length).toBeGreaterThan(0);
    for (const b of bounds) expect(text.charAt(b - 1)).toBe('\n');
    expect(text.slice(bounds[0]!).startsWith('二、工作要求')).toBe(true);
  });
});

describe('extractInPieces on a long notice dated only by its signature', () => {
  const filler = '各地要加强组织领导，完善工作机制，确保各项任务落到实处。\n'.repeat(400);
  const text =
    `关于做好基层卫生服务工作的通知\n各市卫生健康委：\n一、工作任务\n各地要在今年年底前完成基层机构标准化建设。\n${filler}` +
    `二、工作要求\n年内完成全部验收工作。\n${filler}特此通知。\n某省卫生健康委员会\n2023年5月10日\n`;

  it('resolves 今年/年内 in early pieces against the signature date at the end', async () => {
    const result = await extractInPieces(
      text,
      { fallbackDate: '2025-02-01' },
      { pieceLength: 2000, yieldToPage: async () => {} },
    );
    expect(pieceBounds(text, 2000).length).toBeGreaterThan(3);
    expect(result.document.referenceDate).toBe('2023-05-10');
    const dues = result.annotations
      .filter((a) => a.kind === 'deadline')
      .map((a) => [a.text, a.kind === 'deadline' ? a.due : null]);
    expect(dues).toEqual([
      ['今年年底前', '2023-12-31'],
      ['年内', '2023-12-31'],
    ]);
  });

  it('works within a time budget: yields only when the budget is spent, and stops when aborted', async () => {
    let yields = 0;
    const still = await extractInPieces(
      text,
      { fallbackDate: '2025-02-01' },
      { pieceLength: 2000, yieldToPage: async () => void yields++, clock: () => 0 },
    );
    expect(yields).toBe(0);
    expect(still.annotations.length).toBe(2);

    const controller = new AbortController();
    let t = 0;
    const aborted = await extractInPieces(
      text,
      { fallbackDate: '2025-02-01' },
      {
        pieceLength: 2000,
        signal: controller.signal,
        clock: () => (t += 100),
        yieldToPage: async () => controller.abort(),
      },
    );
    expect(aborted.annotations.length).toBeLessThan(2);
  });
});
