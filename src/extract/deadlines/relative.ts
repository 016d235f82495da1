/**
 * Windows relative to the reference date: 一年内, 3个月内, 自印发之日起30日内, 用一到两年,
 * 用3至5年的时间, 3—5年内 (and 35年 where OCR lost the dash). Durations count from the day
 * after the reference date by calendar addition (gold README).
 */
import type { IsoDate } from '../../core/annotation';
import { addPeriod, type YMD } from '../dates/calendar';
import { parseNumberToken } from '../numbers/parse-number';
import { sentenceStart } from '../text/boundaries';
import { textAfter, textBefore } from '../text/window';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import { COUNT_NUM, S } from './patterns';

const N = COUNT_NUM;
const UNIT = `(?:个${S}工作日|工作日|个${S}月|年|月|日|天|周|星期|小时)`;
const DURATION = new RegExp(
  `(?<use>用|利用|花|经过)?${S}(?<a>${N})${S}(?:(?:到|至|-|或)${S}(?<b>${N})${S})?(?<unit>${UNIT})` +
    `(?:${S}(?<de>的时间|时间|左右))?(?:${S}(?<win>内|以内|之内))?`,
  'g',
);
const SINCE = /自[^,，。;；\n]{1,14}(之日|之时|后)?起[ \t]{0,2}$/;
// 控制在7天以内, 缩短至3天: the duration is the value of an indicator, not a time limit.
const NOT_WINDOW_BEFORE =
  /(近|最近|过去|此前|前|每|满|第|超过|不少于|不低于|不超过|至少|连续|工作|控制在|稳定在|保持在|缩短至|缩短到|缩短为|压缩至|压缩到|压缩在|降至|降到|减少到|减少至|精准到|精确到|平均|时长|周期为|住院日)$/;
const EVENT_ANCHOR =
  /((?<!印发|发布|下发)(后|之后|以后)[,，]?[^。;；]{0,14}|(发现|收到|接到|发生|出现|确诊|受理)[^。;；]{0,24})$/;
/** A request or complaint the sentence is about: its answer time counts from its arrival. */
const REQUEST_TOPIC = /(投诉|举报|反映|申请|诉求|来信|来访|咨询|信访)/;
const GOAL_AFTER = /^(上|实现|达到|完成|建成|基本|力争|取得|初步|全面|形成|使)/;

function add(ref: YMD, n: number, unit: string): IsoDate | null {
  if (unit === '年')
    return Number.isInteger(n) ? addPeriod(ref, n, 0, 0) : addPeriod(ref, 0, Math.round(n * 12), 0);
  if (unit === '月')
    return Number.isInteger(n) ? addPeriod(ref, 0, n, 0) : addPeriod(ref, 0, 0, Math.round(n * 30));
  if (unit === '周' || unit === '星期') return addPeriod(ref, 0, 0, Math.round(n * 7));
  if (unit === '小时') return addPeriod(ref, 0, 0, Math.ceil(n / 24));
  return addPeriod(ref, 0, 0, Math.round(n));
}

function amount(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  if (raw === '半') return 0.5;
  // 1 0个工作日 / 1⏎5日: a scan's stray space or line break inside the count.
  return parseNumberToken(raw.replace(/\s/g, ''));
}

/**
 * What ends every accepted duration (…内, …时间, 3—5年 before a goal verb): far rarer than
 * the numbers that start one, so durations are parsed only where one of these ends.
 */
const DURATION_END = new RegExp(
  `(?:年|月|日|天|周|星期|小时|工作日)(?:${S}(?:的时间|时间|左右))?(?:${S}(?:内|以内|之内))?`,
  'g',
);
const DURATION_AT_END = new RegExp(`(?:${DURATION.source})$`);

/** The longest window that is still a plausible time limit, per unit. */
const MAX_COUNT: Record<string, number> = { 年: 30, 月: 120, 周: 104, 星期: 104, 小时: 240 };

/**
 * A count read across a line break (1⏎5日) is an OCR split only when the whole reads as a
 * plausible window; 95⏎3个月内 is a value ending one line and a window opening the next.
 */
function splitCountImplausible(m: RegExpExecArray): boolean {
  const g = m.groups ?? {};
  const raw = `${g.a ?? ''}${g.b ?? ''}`;
  if (!raw.includes('\n')) return false;
  const unit = (g.unit ?? '').replace(/[ \t\n个]/g, '');
  const n = Math.max(amount(g.a) ?? 0, amount(g.b) ?? 0);
  return n > (MAX_COUNT[unit] ?? 400);
}

function* durationMatches(f: string): Generator<RegExpExecArray> {
  let lastEnd = -1;
  for (const t of f.matchAll(DURATION_END)) {
    const end = t.index + t[0].length;
    let from = Math.max(0, t.index - 16, lastEnd);
    let m = DURATION_AT_END.exec(f.slice(from, end));
    if (m && splitCountImplausible(m)) {
      from += m.index + m[0].lastIndexOf('\n') + 1;
      m = DURATION_AT_END.exec(f.slice(from, end));
    }
    if (!m || m[0].length === 0) continue;
    m.index += from;
    lastEnd = end;
    yield m;
  }
}

/** Finds relative windows. */
export function findRelativeWindows(scan: DeadlineScan): DeadlineCandidate[] {
  const { folded: f, ref } = scan;
  const out: DeadlineCandidate[] = [];
  for (const m of durationMatches(f)) {
    const g = m.groups ?? {};
    let start = m.index;
    const end = start + m[0].length;
    if (/[\d.]/.test(f[start - 1] ?? '') || /^[\d.%]/.test(f[end] ?? '')) continue;
    const unitRaw = (g.unit ?? '').replace(/[ \t个]/g, '');
    const unit = unitRaw === '工作日' || unitRaw === '天' ? '日' : unitRaw;
    const a = amount(g.a);
    const b = amount(g.b);
    if (a === null || a <= 0) continue;
    const hasWindowWord = g.win !== undefined;
    const usesTime = g.use !== undefined && (g.de !== undefined || unit === '年');
    const since = SINCE.exec(f.slice(Math.max(0, start - 18), start));
    const before = textBefore(f, start, 4);
    if (NOT_WINDOW_BEFORE.test(before) && since === null && g.use === undefined) continue;
    let ok = hasWindowWord || usesTime || (since !== null && /^(内|以内|完成|前)/.test(textAfter(f, end, 2)));
    // 3—5年 followed by a goal (上一个新台阶), or 35年 when OCR lost the dash.
    if (!ok && unit === '年' && g.de === undefined && GOAL_AFTER.test(textAfter(f, end, 2))) {
      if (b !== null && b > a) ok = true;
      else if (b === null && /^[1-9][2-9]$/.test(g.a ?? '') && Number(g.a?.[0]) < Number(g.a?.[1])) {
        const lo = Number(g.a?.[0]);
        const hi = Number(g.a?.[1]);
        const first = add(ref, lo, unit);
        const last = add(ref, hi, unit);
        if (first && last) out.push({ start, end, due: last, range: [first, last], relative: true });
        continue;
      }
    }
    if (!ok) continue;
    // 6年内继续执行… is a validity period; 年内完成了… is a record.
    if (
      /^(继续|仍|不得|不再|不予|有效|免|享受|保持|未|没有|无|出现|发生|死亡|发病)/.test(
        textAfter(f, end, 2),
      ) ||
      /了/.test(textAfter(f, end, 8))
    )
      continue;
    if (unit === '小时' && !hasWindowWord) continue;
    if (since !== null) start -= since[0].length;
    // 培训结束后，各地要在3个月内…; 发现…应当于2小时内…: counted from an event, so undated.
    const lead = f.slice(sentenceStart(f, start, 40), start);
    const fromDocument =
      since !== null && /(印发|发布|下发|施行|本通知|本方案|本办法|本意见|文件)/.test(since[0]);
    // Hours are response times (应当在2小时内报告): counted from a case, never from the document
    // unless it says so; so are working days to answer a request (对群众投诉…5个工作日内办结).
    const responseTime =
      unit === '小时' ||
      (unitRaw === '工作日' && REQUEST_TOPIC.test(f.slice(sentenceStart(f, start, 80), start)));
    if (!fromDocument && (since !== null || responseTime || EVENT_ANCHOR.test(lead))) {
      out.push({ start, end, due: null });
      continue;
    }
    const last = add(ref, b ?? a, unit);
    if (last === null) continue;
    if (b !== null && b > a) {
      const first = add(ref, a, unit);
      if (first === null) continue;
      out.push({ start, end, due: last, range: [first, last], relative: true });
    } else out.push({ start, end, due: last, relative: true });
  }
  return out;
}
