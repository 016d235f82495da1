/**
 * Dated deadlines: 2017年6月中旬前, 今年10月底前, 2020年10月16日18:00前, 截止时间为…,
 * 3月底, 年底前, horizon years (到2025年, 2025年，…), 20xx placeholders and 今年/年内.
 */
import { toIso } from '../dates/calendar';
import { parseDatePart } from '../dates/date-part';
import { clauseEnd, clauseStart, sentenceEnd } from '../text/boundaries';
import { textAfter, textBefore } from '../text/window';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import {
  inReview,
  opensClause,
  opensSentence,
  opensTask,
  sentenceSetsLevel,
  setsQuantifiedGoal,
} from './clause-tense';
import {
  PAST_MARKERS,
  hasHorizonWordBefore,
  isDataCutoff,
  isEventAfter,
  isMetadataDate,
  isPlanNameYears,
  isTitleOrSignature,
  submissionCutoffStart,
} from './context-rules';
import {
  BEFORE,
  WEEKDAY_NOTE,
  DAY_NUM,
  MONTH_NUM,
  PERIOD_PART,
  REL_YEAR,
  S,
  TIME_OF_DAY,
  UNIT_GAP,
  YEAR_NUM,
} from './patterns';
import { resolveDate } from './resolve-date';
import { charSet, matchAllAt } from '../text/trigger-scan';

const DATE_EXPRESSION = new RegExp(
  `(?:(?:(?<y>${YEAR_NUM})|(?<ry>${REL_YEAR}))${S}年(?<du>度)?${S}` +
    `(?:(?<mo>${MONTH_NUM})${UNIT_GAP}月(?:份)?${S}(?:(?<d>${DAY_NUM})${UNIT_GAP}[日号])?)?` +
    `|(?<mo2>${MONTH_NUM})${UNIT_GAP}月(?<fen>份)?${S}(?:(?<d2>${DAY_NUM})${UNIT_GAP}[日号])?)` +
    `(?:${S}(?<part>${PERIOD_PART}))?` +
    `(?:${S}${WEEKDAY_NOTE})?` +
    `(?:${S}(?<time>${TIME_OF_DAY}))?` +
    `(?:${S}(?<before>${BEFORE}))?`,
  'y',
);
/** Characters that can open a date: a digit, a Chinese digit, or a relative-year word. */
const DATE_OPENS = charSet('0123456789〇○零一二两三四五六七八九十今明本当次去上前后');
/** Every date holds 年 or 月 at most 15 characters after its start (split year digits + spaces). */
const DATE_NEAR = { chars: charSet('年月'), reach: 15 };

/** 年底前, 年内 without a year word: the reference year. */
const BARE_YEAR_END =
  /(?<![今明本当次去上前后0-9xX×*〇零一二三四五六七八九十每全近多历同该])年(?<part>内|底|末)(?<before>之前|以前|前)?/g;

const REL_OFFSET: Record<string, number> = {
  今: 0,
  本: 0,
  当: 0,
  明: 1,
  次: 1,
  后: 2,
  去: -1,
  上: -1,
  前: -2,
};
const MODAL_AFTER =
  /((?<![需重主纪摘概简只])要(?![求点素闻])|将(?!军)|必须|务必|确保|争取|力争|全部|都要|新增|实现|提高到|达到|完成|开工|推开|建成|投入使用|至少|不少于)/;
const STRONG_MODAL = /((?<![需重主纪摘概简只])要(?![求点素闻])|必须|务必|确保)/;
const NOT_LIMIT_AFTER =
  /^(以来|的|是|乃至|以前|工作的|工作|以后|起|开始|同期|相比|比|底以来|各项|全年|上半年已|已)/;

/** Nouns after a year or month end that make it the base of a statistic (2022年末常住人口). */
const STATISTIC_AFTER = /^(常住人口|户籍人口|总人口|人口|数据|统计|余额|存量)/;

/** True when the date stands alone in brackets after a phase name: 总结评估阶段（2023年12月）. */
function isPhaseTime(f: string, start: number, end: number): boolean {
  return /(阶段|步骤)[(（]$/.test(textBefore(f, start, 3)) && /^[)）]/.test(textAfter(f, end, 1));
}

/** An activity named right after a bare month: 开展…, or 期间要集中开展… (爱国卫生月期间). */
const ACTIVITY_AFTER =
  /^[^,，。;；\n]{0,12}期间[ \t]{0,2}(要|将|须)?[ \t]{0,2}(集中|统一|全面)?[ \t]{0,2}(开展|组织|举办)/;

/** True when a bare month opens a clause that orders an activity, outside a review. */
function isActivityMonth(scan: DeadlineScan, start: number, end: number): boolean {
  const f = scan.folded;
  if (!opensClause(f, start) || inReview(scan, start)) return false;
  return (
    /^(开展|组织|举办|集中开展|组织开展)/.test(textAfter(f, end, 4)) ||
    ACTIVITY_AFTER.test(textAfter(f, end, 24))
  );
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[ \t]/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** A clause continues with a modal or goal verb and does not read as past. */
function forwardClause(f: string, end: number): boolean {
  const after = textAfter(f, end, 5).replace(/^[,，’]/, '');
  if (NOT_LIMIT_AFTER.test(after)) return false;
  const topic = /^[ \t]{0,2}[,，’]/.test(f.slice(end, end + 3));
  const clause = f.slice(end, clauseEnd(f, topic ? end + 1 + f.slice(end).search(/[,，’]/) : end, 40));
  if (MODAL_AFTER.test(clause) && !/(了|已|以来|得很|地很)/.test(clause)) return true;
  // 今年，…项目已列入…，各单位要…必须…: a year as the topic of a whole instruction.
  const sentence = f.slice(end, sentenceEnd(f, end, 80));
  return topic && STRONG_MODAL.test(sentence) && !/了/.test(sentence);
}

/** Finds dated deadlines in the scan's folded text. */
export function findDatedDeadlines(scan: DeadlineScan): DeadlineCandidate[] {
  const { folded: f, ref } = scan;
  const out: DeadlineCandidate[] = [];
  for (const m of matchAllAt(f, DATE_EXPRESSION, DATE_OPENS, DATE_NEAR)) {
    const c = classify(scan, m);
    if (c) out.push(c);
  }
  for (const m of f.matchAll(BARE_YEAR_END)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isDataCutoff(f, start) || textBefore(f, start, 1) === '每') continue;
    const part = m.groups?.part;
    const after = textAfter(f, end, 6);
    if (part === '内' && /^(外|容)/.test(after)) continue;
    if (/(了|已)/.test(after) || /已/.test(textBefore(f, start, 3))) continue;
    if (part !== '内' && m.groups?.before === undefined) {
      // 年末总人口 is a statistic; 确保年底完成 is a limit.
      if (
        !hasHorizonWordBefore(f, start) &&
        !/^(前|完成|实现|达到|要|将|全面|基本|建成|覆盖|[,，’])/.test(after)
      )
        continue;
    }
    out.push({ start, end, due: resolveDate(ref.y, undefined, undefined, part), relative: true });
  }
  return out;
}

function classify(scan: DeadlineScan, m: RegExpMatchArray): DeadlineCandidate | null {
  const { folded: f, ref } = scan;
  const g = m.groups ?? {};
  let start = m.index ?? 0;
  const end = trimEnd(f, start, start + m[0].length);
  if (end <= start) return null;
  if (/\d/.test(f[start - 1] ?? '') || (g.y !== undefined && /[0-9]/.test(f[start - 1] ?? ''))) return null;
  // 截止日期：2023年10月10日 is a submission cut-off, although 日期： also labels page metadata.
  const cutoffStart = submissionCutoffStart(f, start);
  if (isDataCutoff(f, start) || isTitleOrSignature(f, start, end)) return null;
  if (cutoffStart < 0 && isMetadataDate(f, start)) return null;
  if (isPlanNameYears(f, start)) return null;

  const monthRaw = g.mo ?? g.mo2;
  const dayRaw = g.d ?? g.d2;
  const month = monthRaw === undefined ? undefined : (parseDatePart(monthRaw) ?? undefined);
  const day = dayRaw === undefined ? undefined : (parseDatePart(dayRaw) ?? undefined);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  const part = g.part;
  const before = g.before !== undefined;
  const isLimit = before || (part !== undefined && part !== '初');
  const placeholder = g.y !== undefined && /[xX×*]/.test(g.y);
  const offset = g.ry === undefined ? 0 : (REL_OFFSET[g.ry] ?? 0);
  if (offset < 0) return null;
  const eventAfter = !before && isEventAfter(f, end);

  let year: number;
  if (g.y !== undefined && !placeholder) {
    const y = parseDatePart(g.y);
    if (y === null || y < 1900 || y > 2199) return null;
    year = y;
  } else year = ref.y + offset;
  const relative = g.ry !== undefined || undefined;

  let accept: boolean;
  if (cutoffStart >= 0) {
    accept = true;
    start = cutoffStart;
  } else if (month === undefined) {
    accept = acceptYearOnly(scan, {
      start,
      end,
      isLimit,
      placeholder,
      known: g.y !== undefined && !placeholder,
      year,
      rel: g.ry,
      du: g.du,
    });
  } else if (day !== undefined) {
    accept =
      before ||
      (/(于|在)$/.test(textBefore(f, start, 1)) &&
        /^(报送|上报|报|提交|完成|截止)/.test(textAfter(f, end, 3)));
  } else if (part === undefined && !before && isPhaseTime(f, start, end)) {
    // 总结评估阶段（2023年12月）: the whole month is the phase's window.
    const last = resolveDate(year, month, undefined, undefined);
    const first = toIso(year, month, 1);
    if (placeholder || last === null || first === null) return null;
    return { start, end, due: last, range: [first, last] };
  } else if (!isLimit && g.y === undefined && g.ry === undefined && isActivityMonth(scan, start, end)) {
    // 4月开展第36个爱国卫生月活动, 4月份…期间要集中开展…: the month is the activity's window.
    const last = resolveDate(year, month, undefined, undefined);
    const first = toIso(year, month, 1);
    if (last === null || first === null) return null;
    return { start, end, due: last, range: [first, last] };
  } else {
    // 于4月挂牌运行 in a review section reports an event.
    accept = isLimit
      ? !eventAfter
      : hasHorizonWordBefore(f, start) && !eventAfter && g.fen === undefined && !inReview(scan, start);
  }
  if (!accept) return null;
  // 按2022年末常住人口计算, 2023年上半年…下降 in a page dated August: a dated period that closed
  // before the document was written reports the past; only an explicit 前 keeps it a limit.
  if (!before && g.y !== undefined && !placeholder && !scan.refIsFallback) {
    const closes = resolveDate(year, month, day, part);
    if (closes !== null && closes < scan.refIso) return null;
  }
  if (!before && STATISTIC_AFTER.test(textAfter(f, end, 4))) return null;
  if (g.ry === undefined && /^(去年|上年|前年)$/.test(textBefore(f, start, 2))) return null;
  if (/^(到|至)$/.test(textBefore(f, start, 1)) && month === undefined && f[start - 1] !== ' ') start -= 1;

  if (placeholder) return { start, end, due: null, yearMissing: true };
  const due = resolveDate(year, month, day, part);
  if (due === null) return null;
  return relative ? { start, end, due, relative } : { start, end, due };
}

interface YearOnly {
  start: number;
  end: number;
  isLimit: boolean;
  placeholder: boolean;
  known: boolean;
  year: number;
  rel: string | undefined;
  du: string | undefined;
}

/** Decides whether a year without a month (2025年, 20xx年, 今年) bounds a goal or an action. */
function acceptYearOnly(scan: DeadlineScan, x: YearOnly): boolean {
  const f = scan.folded;
  const clauseAfter = f.slice(x.end, clauseEnd(f, x.end, 30));
  const horizonWord = hasHorizonWordBefore(f, x.start);
  if (/已/.test(textBefore(f, x.start, 4)) || /了/.test(clauseAfter)) return false;
  if (x.isLimit) {
    // 到2025年底累计培训…: after a horizon word, 累计 counts towards the goal, it reports nothing.
    const after = textAfter(f, x.end, 2);
    return !PAST_MARKERS.test(horizonWord ? after.replace(/^累计/, '') : after);
  }
  // 2016-2020年 / 2020年至2025年: one end of a span (the span itself is a period).
  if (/^[-至到]/.test(textAfter(f, x.end, 1)) || /\d[-至到]$/.test(textBefore(f, x.start, 2))) return false;
  if (isEventAfter(f, x.end)) return false;
  if ((x.du !== undefined && x.rel === undefined) || /^的/.test(textAfter(f, x.end, 1))) return false;
  if (x.placeholder) {
    if (horizonWord) return !/^(开好局|良好开局|开局)/.test(textAfter(f, x.end, 4));
    // 20xx年卫生计生部门招商任务为4000万元: a year opening a clause that sets a quota.
    const atClauseStart =
      clauseStart(f, x.start, 30) === x.start ||
      /^[\s]*$/.test(f.slice(clauseStart(f, x.start, 30), x.start));
    return (
      atClauseStart && /(任务|目标|指标)(为|是|:|要)/.test(clauseAfter) && !PAST_MARKERS.test(clauseAfter)
    );
  }
  if (x.rel !== undefined) {
    if (x.rel !== '今' && x.rel !== '本' && x.rel !== '明') return false;
    if (forwardClause(f, x.end)) return true;
    // 今年引进人才不少于50人，明年再引进50人以上: the year bounds the quota of its clause.
    // 明年再引进100名, 今年先在两地试点: the year opening a clause that orders a task.
    return (
      opensClause(f, x.start) &&
      (setsQuantifiedGoal(f, x.end) || opensTask(f, x.end)) &&
      !inReview(scan, x.start)
    );
  }
  // 到2020年 in an undated page still bounds a goal; in a page dated 2021 it reports a result.
  if (horizonWord && (x.year >= scan.ref.y || scan.refIsFallback))
    return !/^(开好局|良好开局|开局)/.test(textAfter(f, x.end, 4));
  if (x.year < scan.ref.y || (x.year === scan.ref.y && scan.refIsFallback)) return false;
  const topic = /^[ \t]{0,2}[,，’]/.test(f.slice(x.end, x.end + 3));
  // 2024年，我局将继续…: the document's own year as the topic of next steps (not of a review).
  if (x.year === scan.ref.y) {
    if (inReview(scan, x.start)) return false;
    // 2024年居民医保人均财政补助标准提高30元…: the year opening a sentence that sets a level.
    if (topic) return forwardClause(f, x.end);
    // 2024年开展省级师资培训800人次: the year opening a sentence that orders a task.
    return opensSentence(f, x.start) && (sentenceSetsLevel(f, x.end) || opensTask(f, x.end));
  }
  // 2025年，我省…达到…: a future year as the topic of a goal sentence; 2025年组织开展中期评估:
  // a future year opening a task.
  return topic || (opensClause(f, x.start) && (opensTask(f, x.end) || setsQuantifiedGoal(f, x.end)));
}
