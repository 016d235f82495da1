/**
 * Schedule windows for an activity: 5-7月, 5月-7月, 2021年3月18日-25日, 6月1日至6月30日,
 * 5月上旬-5月底, 二〇二五年十一月至十二月 (the year carries to the end), 2023年7月至2025年10月,
 * and 6月中下旬. The range runs from the first day of the start to the last day of the end.
 */
import type { IsoDate } from '../../core/annotation';
import { endOfMonth, toIso } from '../dates/calendar';
import { parseDatePart } from '../dates/date-part';
import { textAfter, textBefore } from '../text/window';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import { isDataCutoff, isEventAfter, isPublicNoticePeriod, isTitleOrSignature } from './context-rules';
import { CN_DIGIT, DAY_NUM, MONTH_NUM, S, YEAR_DIGITS } from './patterns';

const YEAR = `(?:${YEAR_DIGITS}|${CN_DIGIT}{4})`;
const PART = '(?:上旬|中旬|下旬|初|底|末)';

const WINDOW = new RegExp(
  `(?:(?<y>${YEAR})${S}年${S})?(?<m1>${MONTH_NUM})${S}(?<mm1>月${S}(?:(?<d1>${DAY_NUM})${S}[日号]${S})?)?(?<p1>${PART})?${S}` +
    `(?:-|至|到)${S}(?:(?<y2>${YEAR})${S}年${S})?(?<ny>次年|翌年|明年)?${S}(?:(?<m2>${MONTH_NUM})${S}月${S}(?:(?<d2>${DAY_NUM})${S}[日号])?|(?<d3>${DAY_NUM})${S}[日号])(?:${S}(?<p2>${PART}))?`,
  'g',
);

/** The end of a window (-7月, 至25日): rare, so windows are parsed only around it. */
const WINDOW_END = new RegExp(
  `(?:-|至|到)${S}(?:${YEAR}${S}年${S})?(?:次年|翌年|明年)?${S}(?:${MONTH_NUM}${S}月(?:${S}${DAY_NUM}${S}[日号])?|${DAY_NUM}${S}[日号])(?:${S}${PART})?`,
  'g',
);
const WINDOW_AT_END = new RegExp(`${WINDOW.source}$`);

/** 6月中下旬, 2023年5月上中旬: two thirds of a month named at once (found from the rare 旬). */
const TWO_THIRDS_AT_END = new RegExp(
  `(?:(?<y>${YEAR})${S}年${S})?(?<m>${MONTH_NUM})${S}月(?:份)?${S}(?<p>上中旬|中下旬)$`,
);

/** First day of a month part when it opens a window (中旬 → 11th). */
function openingDay(part: string | undefined): number {
  if (part === '中旬') return 11;
  if (part === '下旬' || part === '底' || part === '末') return 21;
  return 1;
}

/** Last day of a month part when it closes a window (上旬 → 10th, 底 → last day). */
function closingDay(y: number, m: number, part: string | undefined): IsoDate | null {
  if (part === '上旬' || part === '初') return toIso(y, m, 10);
  if (part === '中旬') return toIso(y, m, 20);
  return endOfMonth(y, m);
}

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

/** A window that names a statistics period (…至7月31日，全省累计报告…), not a schedule. */
const RECORD_AFTER =
  /^[,，’]?[^,，。;；\n]{0,8}(累计|共报告|共发现|共收治|共接诊|共检测|报告病例|报告发病|同比|环比|比上年|较上年)/;
/** A window during which the public may object (…至11月10日接受社会监督), not a task. */
const PUBLIC_NOTICE_AFTER = /^[,，’]?[ \t]{0,2}(接受社会监督|进行公示|予以公示|公示)/;

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
      isDataCutoff(f, start) ||
      isPublicNoticePeriod(f, start)
    )
      continue;
    if (/^(去年|上年)$/.test(textBefore(f, start, 2))) continue;
    const y = g.y === undefined ? scan.ref.y : parseDatePart(g.y);
    const m1 = parseDatePart(g.m1);
    if (y === null || m1 === null) continue;
    if (g.p1 !== undefined && g.mm1 === undefined) continue;
    let first: string | null;
    let last: string | null;
    if (g.d3 !== undefined) {
      // 3月18日-25日: needs the first month and day.
      if (g.mm1 === undefined || g.d1 === undefined || g.p1 !== undefined) continue;
      first = toIso(y, m1, parseDatePart(g.d1) ?? 0);
      last = toIso(y, m1, parseDatePart(g.d3) ?? 0);
    } else {
      const m2 = parseDatePart(g.m2);
      if (m2 === null || m2 < 1 || m2 > 12 || m1 < 1 || m1 > 12) continue;
      // The end carries the opening year (二〇二五年十一月至十二月) unless it names its own.
      const ownYear = g.y2 === undefined ? null : parseDatePart(g.y2);
      if (g.y2 !== undefined && (ownYear === null || ownYear < y)) continue;
      const y2 = ownYear ?? (m2 < m1 || g.ny !== undefined ? y + 1 : y);
      first = g.d1 !== undefined ? toIso(y, m1, parseDatePart(g.d1) ?? 0) : toIso(y, m1, openingDay(g.p1));
      last = g.d2 !== undefined ? toIso(y2, m2, parseDatePart(g.d2) ?? 0) : closingDay(y2, m2, g.p2);
      if (g.mm1 === undefined && g.d2 !== undefined) continue; // 5-7月3日 is not a window
    }
    if (first === null || last === null || last < first) continue;
    // 6月5日至6月9日期间报名: 期间 restates the window; what follows it decides.
    const after = f.startsWith('期间', end) ? end + 2 : end;
    if (/^(召开|举行|举办)/.test(textAfter(f, after, 4)) || isEventAfter(f, after)) continue;
    if (RECORD_AFTER.test(f.slice(end, end + 16)) || PUBLIC_NOTICE_AFTER.test(f.slice(end, end + 10)))
      continue;
    // A window that closed before the document was written is a reporting period (2022年1月1日至
    // 12月31日出院患者), not a schedule; an undated page cannot tell, so it keeps the window.
    if (!scan.refIsFallback && last < scan.refIso) {
      (scan.pastWindows ??= []).push({ start, end });
      continue;
    }
    out.push({ start, end, due: last, range: [first, last] });
  }
  out.push(...findTwoThirdsOfMonth(scan));
  return out;
}

/** 6月中下旬 → 06-11 … 06-30; 5月上中旬 → 05-01 … 05-20. */
function findTwoThirdsOfMonth(scan: DeadlineScan): DeadlineCandidate[] {
  const f = scan.folded;
  const out: DeadlineCandidate[] = [];
  for (let at = f.indexOf('旬'); at >= 0; at = f.indexOf('旬', at + 1)) {
    const end = at + 1;
    const from = Math.max(0, end - 20);
    const m = TWO_THIRDS_AT_END.exec(f.slice(from, end));
    if (!m) continue;
    const start = from + m.index;
    if (/\d/.test(f[start - 1] ?? '') || isDataCutoff(f, start) || isTitleOrSignature(f, start, end))
      continue;
    const g = m.groups ?? {};
    const y = g.y === undefined ? scan.ref.y : parseDatePart(g.y);
    const mo = parseDatePart(g.m);
    if (y === null || mo === null || mo < 1 || mo > 12) continue;
    const upper = g.p === '上中旬';
    const first = toIso(y, mo, upper ? 1 : 11);
    const last = upper ? toIso(y, mo, 20) : endOfMonth(y, mo);
    if (first === null || last === null) continue;
    out.push({ start, end, due: last, range: [first, last] });
  }
  return out;
}
