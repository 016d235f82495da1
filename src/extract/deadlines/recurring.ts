/**
 * Recurring deadlines: 每年12月5日之前, 每年11月底前, 每季度末, 每月10日前, 每周五前,
 * 每半年. `due` is the next occurrence on or after the reference date.
 */
import type { IsoDate, Recurrence } from '../../core/annotation';
import { addPeriod, daysInMonth, toIso, type YMD } from '../dates/calendar';
import { parseDatePart } from '../dates/date-part';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import { submissionCutoffStart } from './context-rules';
import { BEFORE, DAY_NUM, MONTH_NUM, S } from './patterns';

const RECURRING = new RegExp(
  `每${S}(?:个${S})?(?<per>年度|年|季度|季|月|周|星期)${S}(?:的${S})?` +
    `(?:(?<mo>${MONTH_NUM})${S}月${S}(?:(?<d>${DAY_NUM})${S}[日号])?|(?<dm>${DAY_NUM})${S}[日号]|(?<wd>[一二三四五六日天1-7])(?=${S}(?:之前|以前|前))|第一个月(?<d1>${DAY_NUM})${S}[日号]|结束后${S}(?<after>\\d{1,2}|[一二三四五六七八九十]{1,3})${S}(?:个${S})?(?:工作日|日|天)内)?` +
    `(?:${S}[和、及]${S}(?<mo3>${MONTH_NUM})${S}月${S}(?<d3>${DAY_NUM})${S}[日号])?` +
    `${S}(?<part>底|末|初|上旬|中旬|下旬)?${S}(?<before>${BEFORE})?`,
  'g',
);

const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

function dayOf(y: number, m: number, day: number | 'last'): IsoDate | null {
  return toIso(y, m, day === 'last' ? daysInMonth(y, m) : Math.min(day, daysInMonth(y, m)));
}

/** Next occurrence of a rule on or after `ref`. */
export function nextOccurrence(rule: Recurrence, ref: YMD, refIso: IsoDate): IsoDate | null {
  const day = rule.day ?? 'last';
  if (rule.freq === 'yearly') {
    for (const y of [ref.y, ref.y + 1]) {
      const c = dayOf(y, rule.month ?? 12, day);
      if (c !== null && c >= refIso) return c;
    }
    return null;
  }
  if (rule.freq === 'monthly' || rule.freq === 'quarterly') {
    let y = ref.y;
    let m = ref.m;
    for (let k = 0; k < 15; k++) {
      const fits =
        rule.freq === 'monthly' ||
        (rule.month === undefined ? m % 3 === 0 : (m - 1) % 3 === (rule.month - 1) % 3);
      const c = fits ? dayOf(y, m, day) : null;
      if (c !== null && c >= refIso) return c;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
    return null;
  }
  const jsDay = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay();
  const isoDay = jsDay === 0 ? 7 : jsDay;
  const delta = ((rule.weekday ?? 7) - isoDay + 7) % 7;
  return addPeriod(ref, 0, 0, delta);
}

/** Finds recurring deadlines (a bare 每年 is not one). */
export function findRecurring(scan: DeadlineScan, refIso: IsoDate): DeadlineCandidate[] {
  const f = scan.folded;
  const out: DeadlineCandidate[] = [];
  for (const m of f.matchAll(RECURRING)) {
    const g = m.groups ?? {};
    let start = m.index;
    let end = start + m[0].length;
    while (end > start && /[ \t的]/.test(f[end - 1] ?? '')) end--;
    const per = g.per ?? '';
    const hasAnchor =
      g.mo !== undefined ||
      g.dm !== undefined ||
      g.wd !== undefined ||
      g.d1 !== undefined ||
      g.after !== undefined ||
      g.part !== undefined;
    if (!hasAnchor) continue;
    // 每年度结束后30日内 / 每月结束后5日内: the close of the period plus a window (period-end.ts).
    if (g.after !== undefined && per !== '季度' && per !== '季') continue;
    const part = g.part;
    const partDay: number | 'last' = part === '上旬' || part === '初' ? 10 : part === '中旬' ? 20 : 'last';
    let rule: Recurrence;
    if (per === '年' || per === '年度') {
      const mo = g.mo === undefined ? 12 : parseDatePart(g.mo);
      if (mo === null || mo < 1 || mo > 12) continue;
      const d = g.d === undefined ? partDay : parseDatePart(g.d);
      if (d === null) continue;
      rule = { freq: 'yearly', month: mo, day: d };
    } else if (per === '季度' || per === '季') {
      if (g.after !== undefined) {
        const n = parseDatePart(g.after);
        if (n === null) continue;
        rule = { freq: 'quarterly', month: 1, day: n };
      } else if (g.d1 !== undefined) {
        const n = parseDatePart(g.d1);
        if (n === null) continue;
        rule = { freq: 'quarterly', month: 1, day: n };
      } else rule = { freq: 'quarterly', day: 'last' };
    } else if (per === '月') {
      const d = g.dm === undefined ? partDay : parseDatePart(g.dm);
      if (d === null || (typeof d === 'number' && (d < 1 || d > 31))) continue;
      rule = { freq: 'monthly', day: d };
    } else {
      const wd = WEEKDAY[g.wd ?? ''] ?? Number(g.wd);
      if (!wd || wd < 1 || wd > 7) continue;
      rule = { freq: 'weekly', weekday: wd };
    }
    const submits = g.mo !== undefined && /^[ \t]{0,2}(报送|上报|提交|报)/.test(f.slice(end, end + 6));
    // 截止时间为每年9月30日: a yearly cut-off named as such needs no 前.
    const cutoff = g.mo !== undefined ? submissionCutoffStart(f, start) : -1;
    if (g.before === undefined && part === undefined && g.after === undefined && !submits && cutoff < 0)
      continue;
    if (cutoff >= 0) start = cutoff;
    let due = nextOccurrence(rule, scan.ref, refIso);
    if (due === null) continue;
    // 每年6月30日和12月31日前: two yearly dates; the rule keeps the first, due is the sooner.
    if (rule.freq === 'yearly' && g.mo3 !== undefined && g.d3 !== undefined) {
      const mo3 = parseDatePart(g.mo3);
      const d3 = parseDatePart(g.d3);
      const second =
        mo3 && d3 ? nextOccurrence({ freq: 'yearly', month: mo3, day: d3 }, scan.ref, refIso) : null;
      if (second !== null && second < due) due = second;
    }
    out.push({ start, end, due, recurring: rule });
  }
  return out;
}
