/**
 * Limits in "the following month": 次月3日前, 次月底前, 次月上旬, 次月内. Which month follows
 * depends on the sentence: after a monthly routine (每月25日前报当月进度，汇总后于次月3日前报…)
 * it is the month after each reporting month, so the limit recurs monthly; after an event
 * (验收后次月10日前) the month is unknown; otherwise it is the month after the reference date.
 */
import type { IsoDate, Recurrence } from '../../core/annotation';
import { addPeriod } from '../dates/calendar';
import { parseDatePart } from '../dates/date-part';
import { clauseEnd } from '../text/boundaries';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import { BEFORE, DAY_NUM, S, UNIT_GAP } from './patterns';
import { nextOccurrence } from './recurring';
import { resolveDate } from './resolve-date';

const FOLLOWING_MONTH = new RegExp(
  `(?:次|翌)${S}(?:个${S})?月${S}(?:(?<d>${DAY_NUM})${UNIT_GAP}[日号]|(?<part>底|末|上旬|中旬|下旬|初|内))?${S}(?<before>${BEFORE})?`,
  'g',
);
/** Words that make the sentence a monthly routine. */
const MONTHLY_ROUTINE = /(每月|每个月|按月|月度|当月|上月|本月)/;
/** An event the following month is counted from: 验收后, 结束后的. */
const AFTER_EVENT = /(后|之后|以后)[,，’]?的?[ \t]{0,2}(于|在)?[ \t]{0,2}$/;

/**
 * The sentence before `i` (at most 80 characters), read through single line breaks: a scan
 * wraps lines mid-sentence, and the monthly routine often sits on the line before.
 */
function sentenceBefore(f: string, i: number): string {
  const window = f.slice(Math.max(0, i - 80), i);
  let from = 0;
  for (const m of window.matchAll(/[。!?！？;；]|\n[ \t]*\n/g)) from = m.index + m[0].length;
  return window.slice(from);
}

function dayOf(d: string | undefined, part: string | undefined): number | 'last' | null {
  if (d !== undefined) return parseDatePart(d);
  if (part === '上旬' || part === '初') return 10;
  if (part === '中旬') return 20;
  return 'last';
}

/** Finds 次月 limits. */
export function findFollowingMonth(scan: DeadlineScan, refIso: IsoDate): DeadlineCandidate[] {
  const { folded: f, ref } = scan;
  const out: DeadlineCandidate[] = [];
  for (const m of f.matchAll(FOLLOWING_MONTH)) {
    const g = m.groups ?? {};
    const start = m.index;
    let end = start + m[0].length;
    while (end > start && /[ \t\n]/.test(f[end - 1] ?? '')) end--;
    // 次月3日 alone may be a meeting day: a limit needs its marker, as 本月20日前 does.
    if (g.before === undefined && g.part === undefined) continue;
    if (/(了|已)/.test(f.slice(end, clauseEnd(f, end, 20)))) continue;
    const day = dayOf(g.d, g.part);
    if (day === null || (typeof day === 'number' && (day < 1 || day > 31))) continue;
    const lead = sentenceBefore(f, start);
    if (MONTHLY_ROUTINE.test(lead)) {
      const rule: Recurrence = { freq: 'monthly', day };
      const due = nextOccurrence(rule, ref, refIso);
      if (due !== null) out.push({ start, end, due, recurring: rule });
      continue;
    }
    if (AFTER_EVENT.test(lead)) {
      out.push({ start, end, due: null });
      continue;
    }
    const next = addPeriod({ y: ref.y, m: ref.m, d: 1 }, 0, 1, 0);
    const y = Number(next?.slice(0, 4));
    const mo = Number(next?.slice(5, 7));
    const due = resolveDate(
      y,
      mo,
      typeof day === 'number' ? day : undefined,
      g.part === '内' ? '底' : g.part,
    );
    if (due !== null) out.push({ start, end, due, relative: true });
  }
  return out;
}
