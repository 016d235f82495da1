/**
 * Windows that open when a calendar period closes: 年度结束后3个月内, 每季度结束后15日内,
 * 每月结束后5个工作日内, 2024年度终了后4个月内. The due date is the end of the period plus the
 * duration. Without a named year the period is every year (quarter, month), so the window
 * recurs and `due` is its next occurrence on or after the reference date.
 */
import type { IsoDate, Recurrence } from '../../core/annotation';
import { addPeriod, daysInMonth, endOfMonth, parseIso, type YMD } from '../dates/calendar';
import { parseDatePart } from '../dates/date-part';
import { parseNumberToken } from '../numbers/parse-number';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import { isDataCutoff } from './context-rules';
import { COUNT_NUM, S, YEAR_NUM } from './patterns';

/** The rare core of every form: periods are parsed only around it, which keeps the scan cheap. */
const ANCHOR = /(?:结束|终了)(?:之后|以后|后)/g;
/** The period that closes, read backwards from the anchor. */
const PERIOD_BEFORE = new RegExp(
  `(?:(?<each>每)${S}(?:个${S})?|(?<y>${YEAR_NUM})${S}|(?<ry>今|本|当|上一?)${S})?` +
    `(?<per>年度|季度|月度|半年|年|季|月)${S}$`,
);
/** The window after the anchor: 3个月内, 1 5曰内, 10个工作日以内. */
const WINDOW_AFTER = new RegExp(
  `^${S}(?<n>${COUNT_NUM})${S}(?<unit>个${S}月|个${S}工作日|工作日|日|天|周)${S}(?:以内|之内|内)`,
);

type Period = 'year' | 'half' | 'quarter' | 'month';

const PERIOD_OF: Record<string, Period> = {
  年度: 'year',
  年: 'year',
  半年: 'half',
  季度: 'quarter',
  季: 'quarter',
  月度: 'month',
  月: 'month',
};
const MONTHS_IN: Record<Period, number> = { year: 12, half: 6, quarter: 3, month: 1 };

interface Duration {
  months: number;
  days: number;
}

/** Adds the window to a period end; a month count from a month end lands on a month end. */
function closeOf(periodEnd: YMD, d: Duration): IsoDate | null {
  if (d.months === 0) return addPeriod(periodEnd, 0, 0, d.days);
  const shifted = addPeriod({ ...periodEnd, d: 1 }, 0, d.months, 0);
  const s = parseIso(shifted ?? undefined);
  return s === null ? null : endOfMonth(s.y, s.m);
}

/** Last day of the period of kind `p` that contains month `m` of year `y`. */
function periodEndOf(p: Period, y: number, m: number): YMD {
  const span = MONTHS_IN[p];
  const lastMonth = Math.ceil(m / span) * span;
  return { y, m: lastMonth, d: daysInMonth(y, lastMonth) };
}

/** The first close on or after the reference date, over the periods around it. */
function nextClose(p: Period, d: Duration, ref: YMD, refIso: IsoDate): IsoDate | null {
  const span = MONTHS_IN[p];
  for (let k = -Math.ceil(24 / span); k <= Math.ceil(24 / span); k++) {
    const base = addPeriod({ y: ref.y, m: ref.m, d: 1 }, 0, k * span, 0);
    const b = parseIso(base ?? undefined);
    if (b === null) continue;
    const close = closeOf(periodEndOf(p, b.y, b.m), d);
    if (close !== null && close >= refIso) return close;
  }
  return null;
}

/** The recurrence a close date stands for, in the shapes of the other recurring rules. */
function ruleOf(p: Period, close: IsoDate, monthEnd: boolean): Recurrence | null {
  const c = parseIso(close);
  if (c === null) return null;
  const day: number | 'last' = monthEnd ? 'last' : c.d;
  if (p === 'year') return { freq: 'yearly', month: c.m, day };
  if (p === 'month') return { freq: 'monthly', day };
  // Quarterly rules name the month inside the quarter (1 = its first month), as 每季度首月10日前.
  if (p === 'quarter') return { freq: 'quarterly', month: ((c.m - 1) % 3) + 1, day };
  return null;
}

function durationOf(nRaw: string, unitRaw: string): Duration | null {
  const n = nRaw === '半' ? null : parseNumberToken(nRaw.replace(/\s/g, ''));
  if (n === null || n <= 0 || !Number.isInteger(n)) return null;
  const unit = unitRaw.replace(/[ \t个]/g, '');
  if (unit === '月') return n <= 24 ? { months: n, days: 0 } : null;
  if (unit === '周') return n <= 52 ? { months: 0, days: 7 * n } : null;
  // 工作日 are read as calendar days, as the other relative windows read them.
  return n <= 366 ? { months: 0, days: n } : null;
}

/** Finds windows that follow the end of a year, half-year, quarter or month. */
export function findPeriodEndWindows(scan: DeadlineScan): DeadlineCandidate[] {
  const { folded: f, ref, refIso } = scan;
  const out: DeadlineCandidate[] = [];
  for (const a of f.matchAll(ANCHOR)) {
    const anchorEnd = a.index + a[0].length;
    const before = PERIOD_BEFORE.exec(f.slice(Math.max(0, a.index - 12), a.index));
    const after = WINDOW_AFTER.exec(f.slice(anchorEnd, anchorEnd + 16));
    if (!before || !after) continue;
    const g = before.groups ?? {};
    const start = a.index - before[0].length;
    const per = g.per ?? '';
    const named = g.y !== undefined || (g.ry !== undefined && !g.ry.startsWith('上'));
    // 实施3年结束后 is a project term, not a calendar year; a bare 年/月 needs 每 or a year word.
    if (per.length === 1 && g.each === undefined && g.y === undefined && g.ry === undefined) continue;
    if (/[\d〇零一二两三四五六七八九十]/.test(f[start - 1] ?? '') || isDataCutoff(f, start)) continue;
    const p = PERIOD_OF[per];
    const d = durationOf(after.groups?.n ?? '', after.groups?.unit ?? '');
    if (p === undefined || d === null) continue;
    const end = anchorEnd + after[0].length;
    if (named && p === 'year') {
      const y = g.y === undefined ? ref.y : parseDatePart(g.y);
      if (y === null || /[xX×*]/.test(g.y ?? '')) continue;
      const due = closeOf({ y, m: 12, d: 31 }, d);
      if (due !== null) out.push({ start, end, due, ...(g.y === undefined ? { relative: true } : {}) });
      continue;
    }
    if (named) continue; // 今年一季度结束后: rare; the quarter is not read from the year word.
    const due = nextClose(p, d, ref, refIso);
    const rule = due === null ? null : ruleOf(p, due, d.months > 0);
    if (due === null || rule === null) continue;
    out.push({ start, end, due, recurring: rule });
  }
  return out;
}
