/**
 * Less common target frames: 实现人口自然增长率8.2‰的控制目标, 乡镇卫生院90%以上医技人员
 * 取得大专以上学历, 按住院总费用的70%予以报销.
 */
import type { TargetCandidate, TargetScan } from './candidate';
import { isClauseBreak } from '../text/boundaries';
import { describeMetric, metricStart, metricText } from './metric';
import { isRecord } from './tense';
import { FRACTION_SOURCE, NUMBER_SOURCE } from '../numbers/parse-number';
import { ONE_VALUE_SOURCE, parseValues } from './value';

const S = '[ \\t]{0,2}';
const VALUE_GOAL = new RegExp(`(率|比|数)${S}(${ONE_VALUE_SOURCE})${S}的?${S}(控制)?(目标|指标)`, 'g');
/** A share written first: 85%以上的村卫生室能够提供…, 三分之二以上的县达到…. */
// The object never opens with 、 (that is the next list item) and the verb is no noun (使用率).
// After 以上的 the object may run longer and list several kinds (综合性医院、护理院和…).
const SHARE_TAIL = `${S}(?:及以上|以上)?)(?:(?<=以上)的?([^\\d,，。;；:：\\n’、][^\\d,，。;；:：\\n’]{0,29}?)|的?([^\\d,，。;；:：\\n’、][^\\d,，。;；:：\\n’]{0,11}?))(?:均|都|要|必须|能够|能|可以|应当)?(取得|达到|具备|参加|接受|掌握|完成|建成|实现|开展|设立|配备|通过|达标|纳入|提供|签约|使用|接入|成为)(?![率量])`;
const SHARE_REACHES = new RegExp(`(\\d{1,3}(?:\\.\\d{1,2})?${S}%${SHARE_TAIL}`, 'g');
/** The same with the share in words, tried only where 分之 occurs (a sticky match before it). */
const SHARE_IN_WORDS = new RegExp(`((?:百分之${NUMBER_SOURCE}|${FRACTION_SOURCE})${SHARE_TAIL}`, 'y');
/** A share of the first item of a list whose verb comes later: 60%以上的服务站和70%以上的村卫生室能够提供…. */
const SHARE_LIST_ITEM = new RegExp(
  `(\\d{1,3}(?:\\.\\d{1,2})?${S}%${S}(?:及以上|以上)?)的([^\\d,，。;；:：\\n’、和及]{1,12})(?=[、和及]${S}\\d{1,3}(?:\\.\\d{1,2})?${S}%)`,
  'g',
);
/** Progress of a task in per cent: 8月底前完成全年任务量的40%以上, 9月底前完成80%以上. */
const PROGRESS = new RegExp(
  `完成(?:[^\\d,，。;；:：\\n’]{1,10}?的)?${S}(${NUMBER_SOURCE}${S}%${S}(?:及以上|以上)?)`,
  'g',
);
const BENEFIT_RATE = new RegExp(
  `按([^\\d,，。;；:：\\n’]{1,12}?)的${S}(\\d{1,3}(?:\\.\\d{1,2})?${S}%)${S}(予以|给予)?(报销|补偿|支付|补助)`,
  'g',
);

/** Finds targets in the less common frames. */
export function findSpecialTargets(scan: TargetScan): TargetCandidate[] {
  const { f } = scan;
  const out: TargetCandidate[] = [];
  for (const m of f.matchAll(VALUE_GOAL)) {
    const start = metricStart(f, m.index);
    const end = m.index + m[0].length;
    const v = parseValues(m[2] ?? '');
    if (v.values.length !== 1 || isRecord(scan, start, end)) continue;
    // 基数 2025年目标: a year in a column header, not a value.
    if (v.unit === '年') continue;
    out.push({
      start,
      end,
      metric: metricText(f, start, m.index + (m[1] ?? '').length),
      comparator: m[3] ? '≤' : '≥',
      value: v.values[0],
      unit: v.unit,
    });
  }
  const shares: RegExpExecArray[] = [...f.matchAll(SHARE_REACHES)];
  for (let at = f.indexOf('分之'); at >= 0; at = f.indexOf('分之', at + 2)) {
    for (const back of [2, 1]) {
      SHARE_IN_WORDS.lastIndex = at - back;
      const m = at >= back ? SHARE_IN_WORDS.exec(f) : null;
      if (m) {
        shares.push(m);
        break;
      }
    }
  }
  const shareStarts = new Set(shares.map((m) => m.index));
  for (const m of f.matchAll(SHARE_LIST_ITEM)) {
    const end = m.index + m[0].length;
    // Only when the next item is a share with its verb: the pair is one goal split in two.
    let next = end + 1;
    while (/[ \t]/.test(f[next] ?? '')) next++;
    const v = parseValues(m[1] ?? '');
    if (!shareStarts.has(next) || v.values.length !== 1 || isRecord(scan, m.index, end)) continue;
    out.push({
      start: m.index,
      end,
      metric: describeMetric(m[2] ?? ''),
      comparator: /以上/.test(m[1] ?? '') ? '≥' : '=',
      value: v.values[0],
      unit: '%',
    });
  }
  for (const m of f.matchAll(PROGRESS)) {
    const end = m.index + m[0].length;
    const v = parseValues(m[1] ?? '');
    if (v.values.length !== 1 || isRecord(scan, m.index, end)) continue;
    out.push({
      start: m.index,
      end,
      metric: describeMetric(f.slice(m.index + 2, end), m[1] ?? '') ?? '完成进度',
      comparator: /以上/.test(m[1] ?? '') ? '≥' : '=',
      value: v.values[0],
      unit: '%',
    });
  }
  for (const m of shares) {
    let start = metricStart(f, m.index);
    // The second share of a list starts at its own figure; the first is its own item.
    if (/%[^,，。;；]*[、和及][ \t]{0,2}$/.test(f.slice(start, m.index))) start = m.index;
    let end = m.index + m[0].length;
    while (end < f.length && !isClauseBreak(f, end) && end - m.index < 60) end++;
    const v = parseValues(m[1] ?? '');
    if (v.values.length !== 1 || isRecord(scan, start, end)) continue;
    out.push({
      start,
      end,
      metric: describeMetric(f.slice(start, end), m[1] ?? ''),
      comparator: /以上/.test(m[1] ?? '') ? '≥' : '=',
      value: v.values[0],
      unit: '%',
    });
  }
  for (const m of f.matchAll(BENEFIT_RATE)) {
    const end = m.index + m[0].length;
    const v = parseValues(m[2] ?? '');
    if (v.values.length !== 1 || isRecord(scan, m.index, end)) continue;
    out.push({
      start: m.index,
      end,
      metric: (m[4] ?? '') + '比例',
      comparator: '=',
      value: v.values[0],
      unit: '%',
    });
  }
  return out;
}
