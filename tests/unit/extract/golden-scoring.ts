/**
 * Scores the extractor over a labelled corpus with the gold's own matching
 * (../shared/gold/score-extract.mjs: greedy one-to-one overlap, optional spans neutral).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Annotation } from '../../../src/core/annotation';
import { extract } from '../../../src/extract/index';

export interface GoldSpan {
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

/** Precision, recall and F1 of one kind. */
export interface KindScore {
  p: number;
  r: number;
  f1: number;
}

/** A corpus's scores. */
export interface CorpusScore {
  deadline: KindScore;
  target: KindScore;
  dueAcc: number;
  dueOk: number;
  dueN: number;
  /** Annotations whose text differs from their offsets (must be 0). */
  offsetErrors: number;
}

/**
 * Runs `extract` on every `.txt` in `docsDir` and scores it against `goldPath`.
 * `scorerPath` is the official score-extract.mjs.
 */
export async function scoreCorpus(opts: {
  docsDir: string;
  goldPath: string;
  scorerPath: string;
  fallbackDate: string;
}): Promise<CorpusScore> {
  const scorer = (await import(pathToFileURL(opts.scorerPath).href)) as Scorer;
  const gold = JSON.parse(readFileSync(opts.goldPath, 'utf8')) as GoldSpan[];
  const totals = { deadline: { tp: 0, fp: 0, fn: 0 }, target: { tp: 0, fp: 0, fn: 0 } };
  let dueOk = 0;
  let dueN = 0;
  let offsetErrors = 0;
  for (const file of readdirSync(opts.docsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(opts.docsDir, file), 'utf8');
    const { annotations } = extract(text, { fallbackDate: opts.fallbackDate });
    for (const a of annotations) if (text.slice(a.start, a.end) !== a.text) offsetErrors++;
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
  const score = (k: 'deadline' | 'target'): KindScore => {
    const { tp, fp, fn } = totals[k];
    const p = tp + fp ? tp / (tp + fp) : 1;
    const r = tp + fn ? tp / (tp + fn) : 1;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return {
    deadline: score('deadline'),
    target: score('target'),
    dueAcc: dueN ? dueOk / dueN : 0,
    dueOk,
    dueN,
    offsetErrors,
  };
}

/** One line for the test log. */
export function formatScore(name: string, s: CorpusScore): string {
  const f = (x: number) => x.toFixed(3);
  return `${name}: deadline P=${f(s.deadline.p)} R=${f(s.deadline.r)} F1=${f(s.deadline.f1)} | target P=${f(s.target.p)} R=${f(s.target.r)} F1=${f(s.target.f1)} | dueAcc=${f(s.dueAcc)} (${s.dueOk}/${s.dueN})`;
}
