/**
 * Golden test over held-out set 1 (tests/fixtures/heldout): twelve documents written and
 * labelled independently of the extractor, in the seeds' conventions (see its README). It
 * guards generality: the seeds alone are too few to notice fitting.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatScore, scoreCorpus } from './golden-scoring';

const HELDOUT = resolve(import.meta.dirname, '..', '..', 'fixtures', 'heldout');
const SCORER = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'gold', 'score-extract.mjs');

// Floors a little under what the extractor reaches, so a regression fails the build.
const FLOOR = { deadline: 0.97, target: 0.97, dueAcc: 0.97 };

describe.skipIf(!existsSync(SCORER))('golden held-out set', () => {
  test('stays above its floors', async () => {
    const score = await scoreCorpus({
      docsDir: join(HELDOUT, 'docs'),
      goldPath: join(HELDOUT, 'gold.json'),
      scorerPath: SCORER,
      fallbackDate: '2024-01-01',
    });
    console.log(formatScore('golden held-out', score));
    expect(score.offsetErrors).toBe(0);
    expect(score.deadline.f1).toBeGreaterThanOrEqual(FLOOR.deadline);
    expect(score.target.f1).toBeGreaterThanOrEqual(FLOOR.target);
    expect(score.dueAcc).toBeGreaterThanOrEqual(FLOOR.dueAcc);
  });
});
