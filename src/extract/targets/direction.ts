/**
 * Goals with a direction but no number, on statistics (rates, ratios, shares, volumes):
 * 提高…使用比例, 逐年提高基层诊疗量, 出生人口性别比必须下降, 出生缺陷发生率不能回升,
 * 发病率低于全国平均水平, 人口总量控制在既定规划目标之内. Levels such as wages or fees
 * are left out (the gold calls them optional).
 */
import type { Comparator } from '../../core/annotation';
import { isChineseNumeral } from '../numbers/chinese-numerals';
import { QUANTITY_SOURCE, parseQuantity } from '../numbers/parse-number';
import { sentenceEnd, sentenceStart } from '../text/boundaries';
import { charSet, firstChars, matchAllAt } from '../text/trigger-scan';
import type { TargetCandidate, TargetScan } from './candidate';
import { metricStart, metricText } from './metric';
import { isRecord, sentenceLooksForward } from './tense';

// Counts and volumes (人才总量, 招收规模) move like rates; a level (收入水平) is left out.
// Life expectancy, indices and case-mix scores (CMI值) are statistics too.
const RATE =
  '(?:(?<![效频税利汇])率|预期寿命|(?<![价物])指数|[A-Z]{2,5}值|比例|比重|占比|满意度|诊疗量|性别比|所占比例|总量|规模|(?<![少多])数量|(?:床位|人员|医师|护士|医生|药师|机构)数)';
/** The subject of a direction: a statistic, or a list of them summed up (…达标率等关键质控指标). */
const SUBJECT = `(?:${RATE}|等[^\\d,，。;；]{0,8}?指标)`;
const CLAUSE_END = '(?=[ \\t]{0,2}(?:[,，。;；\\n’]|$))';
const VERB_RATE = new RegExp(
  `(逐步|逐年|稳步|进一步|不断|持续|大力|努力)?(提高|提升|扩大|增加|降低|减少|缩小|下降)([^\\d,，。;；:：\\n、’]{1,24}?${RATE})${CLAUSE_END}`,
  'y',
);
const RATE_VERB = new RegExp(
  `${SUBJECT}[ \\t]{0,2}(要|必须|应当|应|将|须|务必)?(逐步|逐年|稳步|持续|进一步|不断|明显|显著|大幅|有效|同比例)?(不能|不得|不再|不会|不)?(提高|提升|下降|降低|回升|上升|增长|增加|扩大|减少|缩小|反弹)${CLAUSE_END}`,
  'g',
);
const VERB_RATE_OPENS = charSet(
  firstChars('逐步|逐年|稳步|进一步|不断|持续|大力|努力|提高|提升|扩大|增加|降低|减少|缩小|下降'),
);
const BENCHMARK =
  /(不低于|不高于|低于|高于|超过)((?:全国|全省|全市|全区|同期|经常性)?[^\d,，。;；:：\n’]{0,12}?(平均水平|增长幅度|增幅|增长速度|水平))/g;
/** A quota held against the previous period: 医院数量不少于上一年度, 投入不低于上年. */
const PREVIOUS_PERIOD =
  /(不少于|不低于|不高于|不超过|不多于)(上一?年度?|去年|前一年|上一周期|同期水平|同期)(?![\d一二三四五六七八九十])/g;
const WITHIN_PLAN = /控制在([^\d,，。;；:：\n’]{1,12}?)(之内|以内|范围内)/g;

/** A start value and a direction: 支付比例从50%起步，逐步提高. */
const FROM_START = new RegExp(
  `从[ \\t]{0,2}(${QUANTITY_SOURCE}[ \\t]{0,2}(?:%|‰)?)[ \\t]{0,2}起步?[,，]?[ \\t]{0,2}(?:逐步|逐年|稳步|持续)?(提高|提升|增加|扩大|降低|下降|减少)`,
  'g',
);
/** Adverbs of gradual change: a plan's wording, forward unless the passage reports. */
const GRADUAL = /^(逐步|逐年|稳步|持续|不断|同比例)$/;
/** A preamble's purpose clause (为…，提高…率，降低…率，根据…，现就…通知如下). */
const PURPOSE_OPENING = /^[ \t]*为了?[^。]*?(现就|特制定|制定本|通知如下|如下[:：])/;

const UP = /^(提高|提升|扩大|增加|回升|上升|增长|反弹)$/;

/** Finds direction-only targets. */
export function findDirectionTargets(scan: TargetScan): TargetCandidate[] {
  const { f } = scan;
  const out: TargetCandidate[] = [];
  const add = (start: number, end: number, comparator: Comparator, verbStart: number): void => {
    if (end - start < 4 || isRecord(scan, start, end)) return;
    out.push({ start, end, comparator, metric: metricText(f, start, verbStart) });
  };
  for (const m of matchAllAt(f, VERB_RATE, VERB_RATE_OPENS)) {
    const verb = m[2] ?? '';
    const object = m[3] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    // 知名度和市场占有率: a list led by a non-statistic is a quality goal, not a rate.
    if (/(度|感|性|质量|水平|效率|能力|形象)[和及与]/.test(object)) continue;
    if (isRecord(scan, start, end) || isPurposeClause(f, start)) continue;
    out.push({ start, end, comparator: UP.test(verb) ? '+Δ' : '−Δ', metric: object.replace(/^的/, '') });
  }
  for (const m of f.matchAll(RATE_VERB)) {
    const verbAt = m.index + m[0].length - (m[4] ?? '').length;
    const start = metricStart(f, m.index);
    const negated = m[3] !== undefined;
    const verb = m[4] ?? '';
    const up = UP.test(verb);
    const comparator: Comparator = negated ? (up ? '≤' : '≥') : up ? '+Δ' : '−Δ';
    // 逐年提高 is a plan's wording on its own; 提高 alone needs an order in the sentence.
    const gradual = GRADUAL.test(m[2] ?? '');
    if (!gradual && !sentenceLooksForward(f, start, m.index + m[0].length)) continue;
    add(start, m.index + m[0].length, comparator, verbAt);
  }
  for (const m of f.matchAll(FROM_START)) {
    const start = metricStart(f, m.index);
    const end = m.index + m[0].length;
    const q = parseQuantity((m[1] ?? '').replace(/[%‰]$/, ''));
    if (end - start < 4 || q === null || isRecord(scan, start, end)) continue;
    out.push({
      start,
      end,
      comparator: UP.test(m[2] ?? '') ? '+Δ' : '−Δ',
      metric: metricText(f, start, m.index),
      value: q.value,
      unit: /%$/.test(m[1] ?? '') ? '%' : /‰$/.test(m[1] ?? '') ? '‰' : q.impliedUnit,
    });
  }
  for (const m of f.matchAll(BENCHMARK)) {
    const start = metricStart(f, m.index);
    const verb = m[1] ?? '';
    const comparator: Comparator =
      verb === '不低于' ? '≥' : verb === '不高于' ? '≤' : verb === '低于' ? '<' : '>';
    if (!sentenceLooksForward(f, start, m.index + m[0].length)) continue;
    add(start, m.index + m[0].length, comparator, m.index);
  }
  for (const m of f.matchAll(PREVIOUS_PERIOD)) {
    const start = metricStart(f, m.index);
    add(start, m.index + m[0].length, /^不(少|低)/.test(m[1] ?? '') ? '≥' : '≤', m.index);
  }
  for (const m of f.matchAll(WITHIN_PLAN)) {
    if (isChineseNumeral(m[1] ?? '')) continue; // 控制在一百零八以内 has a value: a numeric target
    const start = metricStart(f, m.index);
    add(start, m.index + m[0].length, '≤', m.index);
  }
  return out;
}

/** True when `i` lies in a preamble sentence that states the document's purpose (为…，现就…). */
function isPurposeClause(f: string, i: number): boolean {
  const ss = sentenceStart(f, i, 200);
  return PURPOSE_OPENING.test(f.slice(ss, sentenceEnd(f, i, 200)));
}
