/**
 * Whether the clause after a time word sets a task or a goal (今年引进…不少于50人, 2025年组织
 * 开展中期评估) or reports a result (今年全市完成了…). Bounded windows only; the section map
 * (which parts of a speech review the past) is built lazily, once per scan, and only when a
 * time word needs it.
 */
import { clauseEnd, clauseStart } from '../text/boundaries';
import { buildSections, inReviewSection } from '../text/sections';
import { textAfter } from '../text/window';
import type { DeadlineScan } from './candidate';

/** Verbs that open an instruction right after a time word (上半年完成…, 2025年组织开展…). */
export const TASK_VERB_AFTER =
  /^(要|将|须|需|需要|必须|务必|确保|力争|争取|全面|基本|完成|实现|启动|开展|组织|建成|建立|出台|制定|推进|推动|落实|部署|开工|投入|上线|覆盖|达到|形成|印发|报送|上报|提交|做好|完善|健全)/;

/** A comparator that states a required level (不少于50人, 50人以上, 控制在…以内). */
const GOAL_COMPARATOR = /(不少于|不低于|不超过|至少|以上|以内|以下|控制在|提高到|降低到|降到|降至)/;
const DIGIT_OR_NUMERAL = /[\d一二两三四五六七八九十百千万]/;
const PAST_IN_CLAUSE = /(了|已|以来|累计|同比|比上年|较上年)/;

/** True when the time word ending at `end` opens a clause that states a quantified goal. */
export function setsQuantifiedGoal(f: string, end: number): boolean {
  const clause = f.slice(end, clauseEnd(f, end + 1, 40));
  return GOAL_COMPARATOR.test(clause) && DIGIT_OR_NUMERAL.test(clause) && !PAST_IN_CLAUSE.test(clause);
}

/** True when the span starting at `start` opens its clause (only spaces before it). */
export function opensClause(f: string, start: number): boolean {
  const from = clauseStart(f, start, 30);
  return from === start || f.slice(from, start).trim().length === 0;
}

/** True when a task verb follows `end` and the clause does not read as past. */
export function opensTask(f: string, end: number): boolean {
  if (!TASK_VERB_AFTER.test(textAfter(f, end, 4))) return false;
  return !PAST_IN_CLAUSE.test(f.slice(end, clauseEnd(f, end, 40)));
}

/** True when offset `i` lies in a section that reviews the past (一、20xx年工作回顾 …). */
export function inReview(scan: DeadlineScan, i: number): boolean {
  scan.sections ??= buildSections(scan.folded);
  return inReviewSection(scan.sections, i);
}
