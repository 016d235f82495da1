/**
 * Context rules shared by the deadline recognisers: what before or after a time expression
 * makes it a limit, and what makes it something else (a data cut-off, a meeting date, a
 * title, a past event). Each rule reads a bounded window.
 */
import { clauseEnd, insideBookTitle, lineEnd, lineStart } from '../text/boundaries';
import { textAfter, textBefore } from '../text/window';

/** 截至/截止到 before a date: a data cut-off, not a deadline. */
const CUTOFF_BEFORE = /(截至|截止到|截止至|截止于|截止|统计到|数据到)$/;
/** 截止时间为 / 截止日期： before a date: the submission deadline itself. */
const SUBMISSION_CUTOFF_BEFORE =
  /((截止时间|截止日期|截止日|报送时间|申报时间|报名时间|提交时间)(为|是|:)?|(报名|申报|报送|提交|征集|受理|填报|上报|推荐|投稿)(截止|截至)(至|到|于)?)$/;
/** Words after a bare date that make it an event, a start or a record, not a limit. */
const EVENT_AFTER =
  /^(以来|至今|起|开始|召开|举行|举办|印发|发布|出台|签署|签发|成立|开幕|闭幕|施行|正式|实施以来|期间|的数据|数据|生效|出生|发生|到|至|前后|之后|后|以后|度)/;
/** Metadata labels: a date after them is the page's own, not a deadline. */
const METADATA_BEFORE = /(日期|时间|发布|成文|生成|更新|公开)[:：]?$/;
/** Words that set a horizon when they precede a bare year. */
const HORIZON_BEFORE =
  /((?<![达得受做看提遇感收识加高降升增长扩延直])到|(?<![截直乃甚以])至|力争|确保|争取|(?<![存现正实所内外])在|(?<![关对由属等鉴基终])于|力求|预计)$/;
/** Meeting verbs that make a dated clause an event report. */
const EVENT_IN_CLAUSE = /(召开|举行|举办|开幕|闭幕|印发了|发布了|出台了|视察|调研了|会议上)/;

/** True when a data cut-off word (截至, 截止到) directly precedes index `i`. */
export function isDataCutoff(f: string, i: number): boolean {
  return CUTOFF_BEFORE.test(textBefore(f, i, 4)) && !SUBMISSION_CUTOFF_BEFORE.test(textBefore(f, i, 8));
}

/** Where a submission cut-off phrase (截止时间为) starts before `i`, or -1. */
export function submissionCutoffStart(f: string, i: number): number {
  const before = f.slice(Math.max(0, i - 10), i);
  const m =
    /(截止时间|截止日期|截止日|报送时间|申报时间|报名时间|提交时间)[ \t]{0,2}(为|是|:|：)?[ \t]{0,2}$/.exec(
      before,
    );
  if (m) return i - before.length + m.index;
  // 报名截止至2023年4月10日: a cut-off named by the action it closes (截至 alone closes data).
  const action =
    /(?<=报名|申报|报送|提交|征集|受理|填报|上报|推荐|投稿)(截止|截至)[ \t]{0,2}(至|到|于)?[ \t]{0,2}$/.exec(
      before,
    );
  return action ? i - before.length + action.index : -1;
}

/** 公示期为 / 公告期限： before a date: the public's objection period, not a task for the reader. */
const PUBLIC_NOTICE_BEFORE =
  /(公示期|公示时间|公示日期|公告期|公告期限|公告时间|质疑期|异议期)(为|是|:|自|从)?$/;

/** True when a public-notice period label (公示期为) precedes index `i`. */
export function isPublicNoticePeriod(f: string, i: number): boolean {
  return PUBLIC_NOTICE_BEFORE.test(textBefore(f, i, 8));
}

/** True when a word after `end` makes the date an event, a start or a record. */
export function isEventAfter(f: string, end: number): boolean {
  if (EVENT_AFTER.test(textAfter(f, end, 6))) return true;
  const rest = f.slice(end, clauseEnd(f, end, 40));
  const next = f.slice(end, Math.min(f.length, end + 30));
  return EVENT_IN_CLAUSE.test(rest) || /^[ \t]{0,2}[,，’][^,，。;；\n]{0,20}(召开|举行|举办)/.test(next);
}

/** True when a metadata label (发布日期：) precedes the date. */
export function isMetadataDate(f: string, start: number): boolean {
  return METADATA_BEFORE.test(textBefore(f, start, 5));
}

/** True when a horizon word (到, 力争, 确保 …) precedes index `i`. */
export function hasHorizonWordBefore(f: string, i: number): boolean {
  return HORIZON_BEFORE.test(textBefore(f, i, 4));
}

/** True when the span lies inside a 《…》 title or is alone on its line (a signature date). */
export function isTitleOrSignature(f: string, start: number, end: number): boolean {
  if (insideBookTitle(f, start)) return true;
  // A signature line is short: look at most 40 characters either side.
  const ls = lineStart(f, start, 40);
  const le = lineEnd(f, end, 40);
  const rest = (f.slice(ls, start) + f.slice(end, le)).replace(/[ \t]/g, '');
  return rest.length === 0 || /^印发$|^(\(|（)?此件/.test(rest);
}

/** True when the year is written inside brackets right after a plan name: 计划（2017—2020年）. */
export function isPlanNameYears(f: string, start: number): boolean {
  return /(》|规划|计划|方案|纲要|意见|要点|行动)[(（]$/.test(textBefore(f, start, 6));
}

/** Words of a clause that describe the past or a record. */
export const PAST_MARKERS = /(以来|已经|已|了|曾|至今|累计|去年|上年|同比|比上年|较上年)/;
