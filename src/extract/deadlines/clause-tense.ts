/**
 * Whether the clause after a time word sets a task or a goal (今年引进…不少于50人, 2025年组织
 * 开展中期评估) or reports a result (今年全市完成了…). Bounded windows only; the section map
 * (which parts of a speech review the past) is built lazily, once per scan, and only when a
 * time word needs it.
 */
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../text/boundaries';
import { buildSections, inReviewSection } from '../text/sections';
import { textAfter } from '../text/window';
import type { DeadlineScan } from './candidate';

/** Verbs that open an instruction right after a time word (上半年完成…, 2025年组织开展…). */
export const TASK_VERB_AFTER =
  /^(?:先|再|还|也|首先)?(要|将|须|需|需要|必须|务必|确保|力争|争取|全面|基本|完成|实现|启动|开展|组织|建成|建立|出台|制定|推进|推动|落实|部署|开工|投入|上线|覆盖|达到|形成|印发|报送|上报|提交|做好|完善|健全|引进|招收|招聘|新增|培训|试点|累计完成|累计达到)/;

/** A comparator that states a required level (不少于50人, 50人以上, 控制在…以内). */
const GOAL_COMPARATOR = /(不少于|不低于|不超过|至少|以上|以内|以下|控制在|提高到|降低到|降到|降至)/;
const DIGIT_OR_NUMERAL = /[\d一二两三四五六七八九十百千万]/;
const PAST_IN_CLAUSE = /(了|已|以来|累计|同比|比上年|较上年|仅为|仅占|仅有)/;
/** Words that read as past unless a floor follows (累计完成80%以上, 比上年增长8%以上). */
const PAST_UNLESS_FLOOR = /(累计|比上年|较上年)/g;

/** True when a clause reports the past; 累计/比上年 before a floor (…以上, 不少于) set a goal. */
export function pastInClause(clause: string): boolean {
  const rest = /(以上|不少于|不低于|至少)/.test(clause) ? clause.replace(PAST_UNLESS_FLOOR, '') : clause;
  return PAST_IN_CLAUSE.test(rest);
}

/** True when the time word ending at `end` opens a clause that states a quantified goal. */
export function setsQuantifiedGoal(f: string, end: number): boolean {
  const clause = f.slice(end, clauseEnd(f, end + 1, 40));
  return GOAL_COMPARATOR.test(clause) && DIGIT_OR_NUMERAL.test(clause) && !pastInClause(clause);
}

/** True when the span starting at `start` opens its clause (only spaces before it). */
export function opensClause(f: string, start: number): boolean {
  const from = clauseStart(f, start, 30);
  return from === start || f.slice(from, start).trim().length === 0;
}

/**
 * A task verb after a short prepositional object: 2025年对《方案》实施情况开展中期评估,
 * 上半年在全省组织…, 年内就…进行评估.
 */
const TASK_AFTER_OBJECT =
  /^(对|就|向|在|按照|围绕)[^,，。;；:：\n]{1,20}?(开展|组织|进行|完成|实施|启动|召开|部署|评估|验收|考核|督导|试点)/;

/** True when a task verb follows `end` and the clause does not read as past. */
export function opensTask(f: string, end: number): boolean {
  const head = textAfter(f, end, 6);
  const object = head.replace(/^(先|再|还|也|首先)/, '');
  if (
    !TASK_VERB_AFTER.test(head) &&
    !(
      /^[对就向在按围]/.test(object) &&
      TASK_AFTER_OBJECT.test(textAfter(f, end + head.length - object.length, 24))
    )
  )
    return false;
  return !pastInClause(f.slice(end, clauseEnd(f, end, 40)));
}

/** A level set by a change of the value: 标准提高30元, 新增床位200张, 降低5个百分点. */
const CHANGE_BY = /(提高|增加|新增|降低|减少|扩大到|增至|提升至|提升到)[ \t]{0,2}[\d一二两三四五六七八九十]/;

/**
 * True when the sentence after `end` sets a quantified level (a comparator or a change by a
 * number) and nothing in it reads as past: 2024年居民医保人均财政补助标准提高30元，达到…不低于670元.
 */
export function sentenceSetsLevel(f: string, end: number): boolean {
  const sentence = f.slice(end, sentenceEnd(f, end, 80));
  return (
    (CHANGE_BY.test(sentence) || (GOAL_COMPARATOR.test(sentence) && DIGIT_OR_NUMERAL.test(sentence))) &&
    !PAST_IN_CLAUSE.test(sentence) &&
    !/(是|为)/.test(textAfter(f, end, 1))
  );
}

/** True when the span starting at `start` opens its sentence (only spaces before it). */
export function opensSentence(f: string, start: number): boolean {
  return f.slice(sentenceStart(f, start, 30), start).trim().length === 0;
}

/** Modals that make a clause an instruction (要, 将, 必须 …), not a report. */
const INSTRUCTION_MODAL = /((?<![需重主纪摘概简只])要(?![求点素闻])|将(?!军)|必须|务必|确保|力争|争取)/;

/**
 * True when a time word is the topic of an instruction: 上半年，所有县域医共体都要完成…
 * (a comma after it, a modal in the next clause, nothing past).
 */
export function topicOfInstruction(f: string, end: number): boolean {
  const comma = /^[ \t]{0,2}[,，’]/.exec(f.slice(end, end + 3));
  if (!comma) return false;
  const from = end + comma[0].length;
  const clause = f.slice(from, clauseEnd(f, from, 40));
  return INSTRUCTION_MODAL.test(clause) && !PAST_IN_CLAUSE.test(clause);
}

/** True when offset `i` lies in a section that reviews the past (一、20xx年工作回顾 …). */
export function inReview(scan: DeadlineScan, i: number): boolean {
  scan.sections ??= buildSections(scan.folded);
  return inReviewSection(scan.sections, i);
}
