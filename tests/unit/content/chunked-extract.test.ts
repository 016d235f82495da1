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
    const pieces = await extractInPieces(text, options, { pieceLength: 6000, yieldToPage: async () => void yields++ });
    const key = (a: { kind: string; start: number; end: number }) => `${a.kind}:${a.start}-${a.end}`;
    expect(pieces.annotations.map(key).sort()).toEqual(extract(text, options).annotations.map(key).sort());
    expect(yields).toBe(pieceBounds(text, 6000).length);
  });

  it('cuts only after line breaks, preferring a top-level heading', () => {
    const text = `${'甲'.repeat(90)}\n${'乙'.repeat(5)}\n二、工作要求\n${'丙'.repeat(200)}`;
    const bounds = pieceBounds(text, 100);
    expect(bounds.length).toBeGreaterThan(0);
    for (const b of bounds) expect(text.charAt(b - 1)).toBe('\n');
    expect(text.slice(bounds[0]!).startsWith('二、工作要求')).toBe(true);
  });
});
