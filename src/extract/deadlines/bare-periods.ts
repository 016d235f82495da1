/**
 * Parts of the reference year named without a year: 上半年完成…, 下半年, 三季度末前,
 * 第一季度末, 二季度前. They follow the reference date's year, as 年底前 does.
 */
import { clauseEnd } from '../text/boundaries';
import { textAfter, textBefore } from '../text/window';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import { inReview, opensClause, opensTask, topicOfInstruction } from './clause-tense';
import { hasHorizonWordBefore, isDataCutoff } from './context-rules';
import { resolveDate } from './resolve-date';

/** The rare core of every form (半年, 季度): periods are parsed only around it, which keeps the scan cheap. */
const ANCHOR = /[上下]半年|季度/g;
// Not after a year word (今年上半年, 2024年第一季度: the dated recogniser reads those), nor 每.
const QUARTER_BEFORE = /(?<![年今明本当次去前后每第0-9〇零一二三四五六七八九])(第?[一二三四1-4])[ \t]{0,2}$/;
const NOT_AFTER_YEAR = /[年今明本当次去前后每第0-9〇零一二三四五六七八九]$/;
const TAIL = /^(末)?(之前|以前|前)?/;

function* periodMatches(f: string): Generator<{ start: number; end: number; part: string; limit: boolean }> {
  for (const a of f.matchAll(ANCHOR)) {
    let start = a.index;
    let part = a[0];
    if (part === '季度') {
      const q = QUARTER_BEFORE.exec(f.slice(Math.max(0, start - 4), start));
      if (!q) continue;
      start -= q[0].length;
      part = `${q[1] ?? ''}季度`;
    } else if (NOT_AFTER_YEAR.test(f.slice(Math.max(0, start - 1), start))) continue;
    const anchorEnd = a.index + a[0].length;
    const tail = TAIL.exec(f.slice(anchorEnd, anchorEnd + 3));
    const end = anchorEnd + (tail?.[0].length ?? 0);
    yield { start, end, part, limit: (tail?.[0].length ?? 0) > 0 };
  }
}

/** Finds 上半年 / 三季度末前 style deadlines in the reference year. */
export function findBarePeriods(scan: DeadlineScan): DeadlineCandidate[] {
  const f = scan.folded;
  const out: DeadlineCandidate[] = [];
  for (const { start, end, part, limit } of periodMatches(f)) {
    if (isDataCutoff(f, start) || /(上|去|前)年$/.test(textBefore(f, start, 2))) continue;
    const after = textAfter(f, end, 4);
    if (
      /^(以来|的|同比|全市|全省|共|累计(?!完成|达到))/.test(after) ||
      /(了|已)/.test(f.slice(end, clauseEnd(f, end, 30)))
    )
      continue;
    if (
      !limit &&
      !hasHorizonWordBefore(f, start) &&
      !opensTask(f, end) &&
      !(opensClause(f, start) && topicOfInstruction(f, end))
    )
      continue;
    if (!limit && inReview(scan, start)) continue;
    const due = resolveDate(scan.ref.y, undefined, undefined, part.replace(/第/, ''));
    if (due === null) continue;
    out.push({ start, end, due, relative: true });
  }
  return out;
}
