/**
 * Is a figure a goal or a record? ANNOTATION.md: achieved figures (已达到, 目前…占48.4%,
 * 累计惠及126万人次), statistics and self-assessments are not targets. Decided from the
 * clause, then the sentence, then the paragraph, each read through a bounded window.
 */
import { parseChineseNumeral } from '../numbers/chinese-numerals';
import { inForwardSection, inReviewSection } from '../text/sections';
import type { TargetScan } from './candidate';
import { clauseEnd, clauseStart, lineEnd, lineStart, sentenceEnd, sentenceStart } from '../text/boundaries';

/** Words that mark a record of the past or a present statistic, in the target's own clause. */
const PAST =
  /(已经|(?<![而])已(?!于)|累计(?![^,，。;；]{0,8}(?:不少于|不低于|至少)|[^,，。;；]{0,12}以上)|(?<![为除解罢])了(?![解如])|以来|至今|同比(?!例)|(?<![低少高多]于[^,，。;；]{0,8})(?<![较比])(?:去年|上年)|分别增长|显著|明显提[高升]|首次|目前|(?<!实)现有(?![^,，。;；]{0,16}基础上)|仅占|仅为|仅有|只有|截至|截止到|总计|共计|共有|现已|(?<!不)曾|过去|历年|近年来|这些年|实现了|增至|达到了|(?<![要须])始终|(?<![在])共(?:投入|完成|建成|培训|救治|接诊|筹集|落实|争取|发放|办理)|(?<![到至])(?:19|20)[\dxX×*]{2}[ \t]{0,2}年[^,，。;；到]{0,30}(?:比|较)[ \t]{0,2}(?:19|20)[\dxX×*]{2}|(?:比|较|与)(?:上月|上周|上季度|上一?年度|同期|[一二三四五六七八九十\d]{1,2}月(?!底|末|前))|由[^,，。;；]{0,12}\d[^,，。;；]{0,12}(增长|增加|提高|下降|降低|减少|上升)到)/;
/**
 * A change on the previous year (较上年增长20%以上): a statistic in a report, a goal in a plan
 * (an order in the sentence, or a floor).
 * 同期 (较去年同期) always marks a statistic.
 */
const CHANGE_ON_LAST_YEAR = /(?:比|较)(?:上年|去年)(同期)?/;
/** A checklist question (专职医师是否达到基本标准): an item to inspect, not a goal. */
const CHECK_ITEM = /(是否|有无|能否|是不是)/;
/** Words that mark an instruction or a goal. */
const FUTURE =
  /((?<![需重主纪摘概简只])要(?![求点素闻])|确保|力争|争取(?!到)|必须|务必|应当|(?<![适响相供反])应(?![急用该])|将(?!军|近)|计划|力求|努力|不能|不得|须|预期(?!寿命)|预计|到[ \t]{0,2}(?:20|二[〇零○O0])|需(?![求要])|原则上|(?:年底|年末|月底|月末|季度末|半年)前)/g;
/** Words of an order, strong enough to hold inside a review section. */
const STRONG_FUTURE =
  /((?<![需重主纪摘概简只])要(?![求点素闻])|确保|力争|争取(?!到)|必须|务必|(?<![适响相供反])应当|将(?!军|近))/;
/** Achievement vocabulary of reports (counted per paragraph against FUTURE). */
const RECORD_WORDS =
  /(了|已|累计|同比|提前实现|顺利|初步形成|基本完成|稳步推进|深入推进|不断|日趋|大幅|有效提升|取得|成效|成绩|明显|显著|率先|完成|实现|增长|下降)/g;
/** A clause that opens with a past or placeholder year (20xx年，全省…; 2015年…). */
const YEAR_OPENING =
  /^[ \t]{0,2}(20[xX×*]{2}|19\d\d|20\d\d|二[〇零○][一二三四五六七八九〇零○]{2})[ \t]{0,2}年(?!底前|前|内)/;

/** A year written in Arabic digits or digit by digit in Chinese (二〇二二). */
function yearNumber(y: string): number {
  return /^\d+$/.test(y) ? Number(y) : (parseChineseNumeral(y.replace(/○/g, '〇')) ?? 0);
}

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) n++;
  return n;
}

/** True when the sentence around [start, end) gives an instruction or sets a goal. */
export function sentenceLooksForward(f: string, start: number, end: number): boolean {
  return count(FUTURE, f.slice(sentenceStart(f, start, 160), sentenceEnd(f, end, 120))) > 0;
}

/**
 * True when the clause, sentence or paragraph around [start, end) reports the past or a
 * statistic, or asks a checklist question.
 */
export function isRecord(scan: TargetScan, start: number, end: number): boolean {
  const { f, refYear } = scan;
  const clause = f.slice(clauseStart(f, start, 60), clauseEnd(f, end, 40));
  if (PAST.test(clause) || CHECK_ITEM.test(clause)) return true;
  if (/(任务|目标|指标)(为|是)/.test(clause)) return false;
  const ss = sentenceStart(f, start, 160);
  const sentence = f.slice(ss, sentenceEnd(f, end, 120));
  const lastYear = CHANGE_ON_LAST_YEAR.exec(clause);
  // Without an order in the sentence, only a floor (增长20%以上) keeps it a goal.
  if (lastYear && (lastYear[1] !== undefined || (count(FUTURE, sentence) === 0 && !/以上/.test(clause))))
    return true;
  // The year may open the full sentence before a ；(2023年，全省共招收…；培训…).
  const back = f.slice(Math.max(0, start - 160), start);
  const stop = Math.max(back.lastIndexOf('。'), back.lastIndexOf('\n'));
  const full = stop >= 0 ? start - back.length + stop + 1 : start <= 160 ? 0 : ss;
  const opening =
    YEAR_OPENING.exec(f.slice(ss, ss + 12)) ??
    (full < ss ? YEAR_OPENING.exec(f.slice(full, full + 12)) : null);
  if (opening) {
    const y = opening[1] ?? '';
    const past = /[xX×*]/.test(y) || yearNumber(y) < refYear;
    if (past && !/(到|力争|确保|争取)/.test(f.slice(Math.max(0, ss - 4), ss))) return true;
  }
  // A review section (一、20xx年工作回顾) speaks of the past unless the sentence orders; so does
  // a whole document that only reports (a bulletin, a self-assessment), except its closing plan
  // (三、下半年工作安排).
  const reportPart = scan.reportGenre === true && !inForwardSection(scan.sections, start);
  if ((reportPart || inReviewSection(scan.sections, start)) && !STRONG_FUTURE.test(sentence)) return true;
  const futureInSentence = count(FUTURE, sentence) > 0;
  if (futureInSentence) return false;
  if (PAST.test(sentence)) return true;
  // A sentence with neither: let its paragraph decide (a report of results vs. a plan).
  const paragraph = f.slice(lineStart(f, start, 400), lineEnd(f, end, 400));
  return count(RECORD_WORDS, paragraph) > 2 * count(FUTURE, paragraph) + 2;
}
