/**
 * Limits named relative to the reference date's month or week: 本月底前, 本月20日前,
 * 下月10日前, 下个月内, 本周五前, 下周一前, 本周内. Weeks run Monday to Sunday (the Chinese
 * calendar convention), so 本周五 is the Friday of the reference date's week.
 */
import { addPeriod } from '../dates/calendar';
import { parseDatePart } from '../dates/date-part';
import { clauseEnd } from '../text/boundaries';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import { isDataCutoff } from './context-rules';
import { BEFORE, DAY_NUM, S } from './patterns';
import { resolveDate } from './resolve-date';

const RELATIVE_CALENDAR = new RegExp(
  `(?<rel>[本这下])个?${S}(?:(?<month>月)${S}(?:(?<d>${DAY_NUM})${S}[日号]|(?<part>底|末|上旬|中旬|下旬|初|内))?` +
    `|(?:周|星期|礼拜)${S}(?:(?<wd>[一二三四五六日天1-7])|(?<wpart>内))?)${S}(?<before>${BEFORE})?`,
  'g',
);
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** Finds month- and week-relative limits. */
export function findRelativeCalendar(scan: DeadlineScan): DeadlineCandidate[] {
  const { folded: f, ref } = scan;
  const out: DeadlineCandidate[] = [];
  for (const m of f.matchAll(RELATIVE_CALENDAR)) {
    const g = m.groups ?? {};
    const start = m.index;
    let end = start + m[0].length;
    while (end > start && /[ \t]/.test(f[end - 1] ?? '')) end--;
    const limit = g.before !== undefined || g.part !== undefined || g.wpart !== undefined;
    // 本月20日 alone may be an event date; 本周五 alone a meeting day: a limit needs its marker.
    if (!limit || isDataCutoff(f, start)) continue;
    if (/(了|已)/.test(f.slice(end, clauseEnd(f, end, 20)))) continue;
    const next = (g.rel ?? '').startsWith('下') ? 1 : 0;
    let due: string | null;
    if (g.month !== undefined) {
      const base = addPeriod({ y: ref.y, m: ref.m, d: 1 }, 0, next, 0);
      const y = Number(base?.slice(0, 4));
      const mo = Number(base?.slice(5, 7));
      const day = g.d === undefined ? undefined : (parseDatePart(g.d) ?? undefined);
      if (g.d !== undefined && day === undefined) continue;
      due = resolveDate(y, mo, day, g.part);
    } else {
      const isoDay = ((new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() + 6) % 7) + 1;
      const weekday = g.wd === undefined ? 7 : (WEEKDAY[g.wd] ?? Number(g.wd));
      due = addPeriod(ref, 0, 0, weekday - isoDay + 7 * next);
    }
    if (due === null) continue;
    out.push({ start, end, due, relative: true });
  }
  return out;
}
