/**
 * Golden test over the five seed documents against ../shared/gold/seeds.json, scored with the
 * gold's own matching (score-extract.mjs: greedy one-to-one overlap, optional spans neutral).
 * Prints precision, recall, F1 and due-date accuracy per kind; fails below the product bar.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Annotation } from '../../../src/core/annotation';
import { extract } from '../../../src/extract/index';

const SHARED = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared');
const GOLD = join(SHARED, 'gold');
const SEEDS = join(SHARED, 'seeds');

interface GoldSpan {
  file: string;
  kind: 'deadline' | 'target';
  start: number;
  end: number;
  text: string;
  due?: string | null;
  range?: [string, string];
  optional?: boolean;
}
interface Match {
  tp: [Annotation, GoldSpan][];
  fp: Annotation[];
  fn: GoldSpan[];
}
interface Scorer {
  matchDoc(preds: Annotation[], golds: GoldSpan[]): Match;
  dueCorrect(pred: Annotation, gold: GoldSpan): boolean;
}

const available = existsSync(join(GOLD, 'seeds.json')) && existsSync(join(GOLD, 'score-extract.mjs'));

describe.skipIf(!available)('golden seeds (../shared/gold)', () => {
  test('deadline F1 ≥ 0.95, target F1 ≥ 0.90, due accuracy ≥ 0.95', async () => {
    const scorer = (await import(pathToFileURL(join(GOLD, 'score-extract.mjs')).href)) as Scorer;
    const gold = JSON.parse(readFileSync(join(GOLD, 'seeds.json'), 'utf8')) as GoldSpan[];
    const totals = { deadline: { tp: 0, fp: 0, fn: 0 }, target: { tp: 0, fp: 0, fn: 0 } };
    let dueOk = 0;
    let dueN = 0;
    for (const file of readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const { annotations } = extract(text, { fallbackDate: '2017-01-01' });
      for (const a of annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
      for (const kind of ['deadline', 'target'] as const) {
        const preds = annotations.filter((a) => a.kind === kind);
        const golds = gold
          .filter((g) => g.file === file && g.kind === kind)
          .sort((a, b) => a.start - b.start || a.end - b.end);
        const m = scorer.matchDoc(preds, golds);
        totals[kind].tp += m.tp.length;
        totals[kind].fp += m.fp.length;
        totals[kind].fn += m.fn.length;
        if (kind === 'deadline') {
          for (const [p, g] of m.tp) {
            dueN++;
            if (scorer.dueCorrect(p, g)) dueOk++;
          }
        }
      }
    }
    const score = (k: 'deadline' | 'target') => {
      const { tp, fp, fn } = totals[k];
      const p = tp + fp ? tp / (tp + fp) : 1;
      const r = tp + fn ? tp / (tp + fn) : 1;
      return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
    };
    const d = score('deadline');
    const t = score('target');
    const dueAcc = dueN ? dueOk / dueN : 0;
    const f = (x: number) => x.toFixed(3);
    console.log(
      `golden seeds: deadline P=${f(d.p)} R=${f(d.r)} F1=${f(d.f1)} | target P=${f(t.p)} R=${f(t.r)} F1=${f(t.f1)} | dueAcc=${f(dueAcc)} (${dueOk}/${dueN})`,
    );
    expect(d.f1).toBeGreaterThanOrEqual(0.95);
    expect(t.f1).toBeGreaterThanOrEqual(0.9);
    expect(dueAcc).toBeGreaterThanOrEqual(0.95);
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
