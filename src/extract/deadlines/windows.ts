/**
 * Schedule windows for an activity: 5-7月, 5月-7月, 2021年3月18日-25日, 6月1日至6月30日.
 * The range runs from the first day of the start to the last day of the end.
 */
import { endOfMonth, toIso } from '../dates/calendar';
import { parseNumberToken } from '../numbers/parse-number';
import { textAfter, textBefore } from '../text/window';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import { isDataCutoff, isEventAfter, isTitleOrSignature } from './context-rules';
import { DAY_NUM, MONTH_NUM, S } from './patterns';

const WINDOW = new RegExp(
  `(?:(?<y>\\d{4})${S}年${S})?(?<m1>${MONTH_NUM})${S}(?<mm1>月${S}(?:(?<d1>${DAY_NUM})${S}[日号]${S})?)?` +
    `(?:-|至|到)${S}(?<ny>次年|翌年|明年)?${S}(?:(?<m2>${MONTH_NUM})${S}月${S}(?:(?<d2>${DAY_NUM})${S}[日号])?|(?<d3>${DAY_NUM})${S}[日号])`,
  'g',
);

/** The end of a window (-7月, 至25日): rare, so windows are parsed only around it. */
const WINDOW_END = new RegExp(
  `(?:-|至|到)${S}(?:次年|翌年|明年)?${S}(?:${MONTH_NUM}${S}月(?:${S}${DAY_NUM}${S}[日号])?|${DAY_NUM}${S}[日号])`,
  'g',
);
const WINDOW_AT_END = new RegExp(`${WINDOW.source}$`);

function* windowMatches(
  f: string,
): Generator<{ index: number; 0: string; groups: Record<string, string | undefined> }> {
  for (const t of f.matchAll(WINDOW_END)) {
    const from = Math.max(0, t.index - 24);
    const end = t.index + t[0].length;
    const m = WINDOW_AT_END.exec(f.slice(from, end));
    if (m) yield { index: from + m.index, 0: m[0], groups: m.groups ?? {} };
  }
}

/** Finds month and day windows. */
export function findWindows(scan: DeadlineScan): DeadlineCandidate[] {
  const f = scan.folded;
  const out: DeadlineCandidate[] = [];
  for (const m of windowMatches(f)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (
      /\d/.test(f[start - 1] ?? '') ||
      /\d\.$/.test(f.slice(Math.max(0, start - 2), start)) ||
      isTitleOrSignature(f, start, end) ||
      isDataCutoff(f, start)
    )
      continue;
    if (/^(去年|上年)$/.test(textBefore(f, start, 2))) continue;
    const y = g.y === undefined ? scan.ref.y : Number(g.y);
    const m1 = parseNumberToken(g.m1 ?? '');
    if (m1 === null) continue;
    let first: string | null;
    let last: string | null;
    if (g.d3 !== undefined) {
      // 3月18日-25日: needs the first month and day.
      if (g.mm1 === undefined || g.d1 === undefined) continue;
      first = toIso(y, m1, parseNumberToken(g.d1) ?? 0);
      last = toIso(y, m1, parseNumberToken(g.d3) ?? 0);
    } else {
      const m2 = parseNumberToken(g.m2 ?? '');
      if (m2 === null || m2 < 1 || m2 > 12 || m1 < 1 || m1 > 12) continue;
      const y2 = m2 < m1 || g.ny !== undefined ? y + 1 : y;
      first = g.d1 !== undefined ? toIso(y, m1, parseNumberToken(g.d1) ?? 0) : toIso(y, m1, 1);
      last = g.d2 !== undefined ? toIso(y2, m2, parseNumberToken(g.d2) ?? 0) : endOfMonth(y2, m2);
      if (g.mm1 === undefined && g.d2 !== undefined) continue; // 5-7月3日 is not a window
    }
    if (first === null || last === null || last < first) continue;
    if (/^(期间)?(召开|举行|举办)/.test(textAfter(f, end, 4)) || isEventAfter(f, end)) continue;
    out.push({ start, end, due: last, range: [first, last] });
  }
  return out;
}
