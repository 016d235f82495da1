/**
 * Indicator + comparator + value: 满意度达到90%以上, 出生人口性别比控制在116以内,
 * 药占比要降到45%以下, 不低于0.1平方米, 支付比例达到75%左右, 起付线降低50%,
 * 补偿标准提高10个百分点, 筹资标准提高到每人380元和90元, 招商任务为4000万元.
 */
import type { Comparator } from '../../core/annotation';
import { charSet, firstChars, matchAllAt, NUMERAL_CHARS } from '../text/trigger-scan';
import { textAfter, textBefore } from '../text/window';
import type { TargetCandidate, TargetScan } from './candidate';
import { metricStart, metricText } from './metric';
import { isApproximateRecord } from './quota';
import { isRecord } from './tense';
import { VALUES_SOURCE, parseValues, type ParsedValues } from './value';

const VERBS = [
  '不低于',
  '不少于',
  '不高于',
  '不超过',
  '不多于',
  '不大于',
  '不小于',
  '低于',
  '高于',
  '超过',
  '少于',
  '多于',
  '大于',
  '小于',
  '达到',
  '提高到',
  '提升到',
  '增加到',
  '增长到',
  '上升到',
  '扩大到',
  '降到',
  '降至',
  '降低到',
  '下降到',
  '减少到',
  '压缩到',
  '缩短到',
  '缩小到',
  '精准到',
  '精确到',
  '提高至',
  '提升至',
  '增加至',
  '增长至',
  '上升至',
  '扩大至',
  '降低至',
  '下降至',
  '减少至',
  '压缩至',
  '缩短至',
  '缩小至',
  '控制在',
  '稳定在',
  '保持在',
  '维持在',
  '延伸到',
  '延伸至',
  '保持',
  '维持',
  '提高',
  '提升',
  '增加',
  '增长',
  '降低',
  '下降',
  '减少',
  '缩短',
  '压缩',
  '覆盖',
  '报销',
  '补偿',
  '拥有',
  '达',
  '为',
];
/** A share of a whole between verb and value: 保持在床位总数的4%以上. */
const SHARE_OF_TOTAL = '(?:[^\\d,，。;；:：\\n]{1,10}?(?:总数|总量|总额|总费用|总人数|总支出)的)?';
const VERB_VALUE = new RegExp(`(${VERBS.join('|')})[ \\t]{0,2}${SHARE_OF_TOTAL}(${VALUES_SOURCE})`, 'y');
const VERB_OPENS = charSet(firstChars(VERBS.join('|')));
/** A value opens at most 26 characters after its verb (verb, share of a total, 每… prefix, spaces). */
const VALUE_NEAR = { chars: charSet(NUMERAL_CHARS), reach: 32 };

const RAISE = /^(提高|提升|增加|增长)$/;
const LOWER = /^(降低|下降|减少|缩短|压缩)$/;
const TO = /(到|至)$/;
/** A change measured from a stated baseline: 在2020年基础上提高1岁, 较2022年缩短20%. */
const BASELINE_BEFORE = /(在[^,，。;；]{1,16}基础上|较[^,，。;；]{1,12}|比[^,，。;；]{1,12})$/;
/** Units in which a bare change (提高1岁, 缩短2天) is a goal on its own. */
const CHANGE_UNIT = /^(%|个百分点|倍|元|岁|天|日|分钟|小时)$/;
/** Levels set by a verb to a value (精准到30分钟以内): like 控制在, an upper bound. */
const PRECISION = /^(精准到|精确到)$/;

/** Comparator from verb and qualifier (以上 → ≥, 以下/以内 → ≤, 左右 → ≈). */
export function comparatorOf(verb: string, qualifier: string | undefined, negated: boolean): Comparator {
  if (qualifier === '以上' || qualifier === '及以上') return '≥';
  if (qualifier === '以下' || qualifier === '以内' || qualifier === '之内' || qualifier === '内') return '≤';
  if (qualifier === '左右' || qualifier === '上下') return '≈';
  if (/^不(低于|少于|小于)$/.test(verb) || (negated && /^(低于|少于|小于)$/.test(verb))) return '≥';
  if (/^不(高于|超过|多于|大于)$/.test(verb) || (negated && /^(高于|超过|多于|大于)$/.test(verb))) return '≤';
  if (/^(低于|少于|小于)$/.test(verb)) return '<';
  if (/^(高于|超过|多于|大于)$/.test(verb)) return '>';
  if (verb === '控制在' || PRECISION.test(verb)) return '≤';
  if (RAISE.test(verb)) return '+Δ';
  if (LOWER.test(verb)) return '−Δ';
  if (verb === '达到' || verb === '达' || verb === '覆盖') return '≥';
  if (TO.test(verb)) return '→';
  return '=';
}

/** A population base that makes a value a ratio: 每千人口, 每万名居民, 每百户. */
const POPULATION = '名?(?:常住|户籍|老年|城镇|农村)?(?:人口|居民|人|户)';
const PER_POPULATION = new RegExp(`每([十百千万]+)(${POPULATION})$`);
const PER_POPULATION_START = new RegExp(`^(?:城乡|全省|全市|全国|全区|全县)?每([十百千万]+)(${POPULATION})`);

/** Unit of a per-person value (每人380元 → 元/人) or a ratio (每千人口…3.2人 → 人/千人口). */
function unitOf(v: ParsedValues, metric: string | undefined): string | undefined {
  if (v.unit === undefined) return undefined;
  if (v.perPerson && v.unit === '元') return '元/人';
  const per = PER_POPULATION_START.exec(metric ?? '');
  return per && !v.unit.startsWith('/') && v.unit !== '%' ? `${v.unit}/${per[1]}${per[2]}` : v.unit;
}

/** End of the object after a share's 的 (的村卫生室), bounded to the clause. */
function shareObjectEnd(f: string, from: number): number {
  let e = from + 1;
  while (e < f.length && e - from < 16 && /[\u4e00-\u9fff（）()]/.test(f[e] ?? '')) e++;
  return e > from + 1 ? e : from;
}

/** Finds indicator–comparator–value targets. */
export function findNumericTargets(scan: TargetScan): TargetCandidate[] {
  const { f } = scan;
  const out: TargetCandidate[] = [];
  for (const m of matchAllAt(f, VERB_VALUE, VERB_OPENS, VALUE_NEAR)) {
    const verb = m[1] ?? '';
    const verbStart = m.index;
    const valueText = m[2] ?? '';
    let end = verbStart + m[0].length;
    while (end > verbStart && /[ \t、和及]/.test(f[end - 1] ?? '')) end--;
    const v = parseValues(valueText);
    if (v.values.length === 0) continue;
    const chineseOnly = !/\d/.test(valueText);
    // 一个, 两项 … are words; a bare Chinese numeral reads as a value only with a qualifier (一百零八以内).
    if (chineseOnly && v.unit === undefined && v.qualifier === undefined) continue;
    if (/^[\d.]/.test(f[end] ?? '') || (/^(年|月|日|号)/.test(textAfter(f, end, 1)) && v.unit === undefined))
      continue;
    if (v.unit === '年' && v.values.some((x) => x >= 1900)) continue;
    const start = metricStart(f, verbStart);
    const metric = metricText(f, start, verbStart);
    const before = f.slice(start, verbStart);
    // 为 and the bare Δ verbs read as targets only in narrow frames (avoid 分为3类, 增加1个).
    if (verb === '为' && !/(任务|目标|指标)$/.test(metric ?? '')) continue;
    // 拥有 sets a ratio only after a population base: 每万名居民拥有2至3名全科医生.
    if (verb === '拥有' && !PER_POPULATION.test(before)) continue;
    if ((verb === '报销' || verb === '补偿') && v.unit !== '%') continue;
    if (verb === '覆盖' && v.qualifier === undefined) continue;
    // 比例保持100%: a share held; 保持稳定 or 保持3年 are not values.
    if ((verb === '保持' || verb === '维持') && v.unit !== '%') continue;
    if (
      (RAISE.test(verb) || LOWER.test(verb)) &&
      !CHANGE_UNIT.test(v.unit ?? '') &&
      !(v.unit !== undefined && BASELINE_BEFORE.test(before))
    )
      continue;
    if ((verb === '达' || verb === '达到') && /(高|低|已|总数|共|合计)$/.test(before)) continue;
    if (
      /(年龄|年满|工作|从事|工龄|任职|服务期|满)[^,，。]{0,6}$/.test(before) &&
      /^(年|周岁|岁)$/.test(v.unit ?? '')
    )
      continue;
    // …提高20元，达到每人每年400元: a per-capita level continues the indicator of the clause before.
    if (
      metric === undefined &&
      !/^(不低于|不少于|至少|不超过|不高于)$/.test(verb) &&
      !/^每/.test(textBefore(f, verbStart, 4)) &&
      !/^[ \t]{0,2}(每|人均)/.test(valueText)
    )
      continue;
    // 维持在一个合理的水平: 一个 is an article here.
    if (/^一[ \t]{0,2}[个种项]/.test(valueText)) continue;
    // 超过3万元的, / 给予不高于2万元: eligibility thresholds and benefit caps, not goals.
    if (
      /^[ \t]{0,2}的[ \t]{0,2}[,，]/.test(f.slice(end, end + 5)) ||
      (/(给予|补助|奖励|救助)[^,，。;；]{0,6}$/.test(before) &&
        !/标准(每人)?(每年|每月)?$/.test(metric ?? '') &&
        v.unit === '元')
    )
      continue;
    if (isApproximateRecord(f, start, end) || isRecord(scan, start, end)) continue;
    const negated = /(不能|不得|不应|不可|不会)$/.test(before);
    const comparator = comparatorOf(verb, v.qualifier, negated);
    // 延伸到80%以上的村卫生室: the share's object belongs to the span.
    if (/^(覆盖|延伸到|延伸至)$/.test(verb) && f[end] === '的') end = shareObjectEnd(f, end);
    const value = v.values.length === 1 ? v.values[0] : v.values;
    out.push({ start, end, metric, comparator, value, unit: unitOf(v, metric) });
  }
  return out;
}
