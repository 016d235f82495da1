/**
 * Golden test over the five seed documents against ../shared/gold/seeds.json, scored with the
 * gold's own matching (score-extract.mjs: greedy one-to-one overlap, optional spans neutral).
 * Prints precision, recall, F1 and due-date accuracy per kind; fails below the product bar.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/extract/index';
import { formatScore, scoreCorpus } from './golden-scoring';

const SHARED = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared');
const GOLD = join(SHARED, 'gold');
const SEEDS = join(SHARED, 'seeds');

const available = existsSync(join(GOLD, 'seeds.json')) && existsSync(join(GOLD, 'score-extract.mjs'));

describe.skipIf(!available)('golden seeds (../shared/gold)', () => {
  test('deadline F1 ≥ 0.95, target F1 ≥ 0.90, due accuracy ≥ 0.95', async () => {
    const score = await scoreCorpus({
      docsDir: SEEDS,
      goldPath: join(GOLD, 'seeds.json'),
      scorerPath: join(GOLD, 'score-extract.mjs'),
      fallbackDate: '2017-01-01',
    });
    console.log(formatScore('golden seeds', score));
    expect(score.offsetErrors).toBe(0);
    expect(score.deadline.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.target.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.dueAcc).toBeGreaterThanOrEqual(0.95);
  });

  test('the reference dates the gold assumed are found in the text', () => {
    const ref = (name: string) =>
      extract(readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(name)) ?? ''), 'utf8'), {
        fallbackDate: '2017-01-01',
      }).document;
    expect(ref('000')).toMatchObject({ referenceDate: '2017-05-03' });
    expect(ref('003')).toMatchObject({
      referenceDate: '2022-10-11',
      referenceDateSource: 'signatureDate',
      publishedDate: '2022-10-31',
    });
    expect(ref('001')).toMatchObject({ referenceDate: '2017-01-01', referenceDateSource: 'fallback' });
  });
});
