/**
 * Counts and quotas: 新增执业(助理)医师3万人、注册护士4.1万人; 建设100个生态体育公园;
 * 每个县建好1所以上政府办综合医院; 完成2所县级医院、14所乡镇卫生院和80所村卫生室标准化建设;
 * 5名重性精神病救治任务; 每年至少办成1项; 至少要设置6~7家.
 */
import { QUANTITY_SOURCE } from '../numbers/parse-number';
import { clauseEnd, clauseStart } from '../text/boundaries';
import { charSet, firstChars, matchAllAt, NUMERAL_CHARS } from '../text/trigger-scan';
import type { TargetCandidate, TargetScan } from './candidate';
import { describeMetric, metricStart } from './metric';
import { isRecord } from './tense';
import { COUNT_UNIT_SOURCE } from './units';
import { parseValues } from './value';

const S = '[ \\t]{0,2}';
const COUNT = `${QUANTITY_SOURCE}${S}(?:(?:-|至|到)${S}${QUANTITY_SOURCE}${S})?${COUNT_UNIT_SOURCE}(?:${S}(?:及以上|以上))?`;
const QUOTA_VERBS =
  '新增|新建|改扩建|建设|建成|建好|完成|创建|争创|创成|打造|培育|培养|培训|招录|招聘|招收|引进|设置|配备|办成|办好|建强|配齐|争取|力争|确定|启动|安排|选派|选取|组建|撰写|救助|扶持|支持|遴选|认定|评选|命名|开设|增设';
/** Verb, then the count: 建设100个…, 引进10户以上…. */
const VERB_COUNT = new RegExp(`(${QUOTA_VERBS})${S}(${COUNT})`, 'y');
const QUOTA_OPENS = charSet(firstChars(QUOTA_VERBS));
/** The count opens right after the verb and its spaces. */
const COUNT_NEAR = { chars: charSet(NUMERAL_CHARS), reach: 8 };
/** Verb, object, then the count: 新增执业(助理)医师3万人. */
const VERB_OBJECT_COUNT = new RegExp(
  `(新增|培养|招录|招聘|招收|引进|培训|增加|增补|选派|完成|设置|开放)([^\\d,，。;；:：\\n、’]{1,20}?)(${COUNT})`,
  'g',
);
/**
 * Building and selecting verbs, object, then a count in digits: 创建省级健康促进医院10家以上,
 * 遴选名中医工作室5个. The object is read greedily up to the first digit (cheap on prose).
 */
const BUILD_OBJECT_COUNT = new RegExp(
  `(创建|争创|建设|建成|新建|遴选|认定|命名|打造|培育|组建)([^\\d,，。;；:：\\n、’]{1,20})((?=\\d)${COUNT})`,
  'g',
);
/** A frequency quota: 每年组织一次督导评估, 每季度开展1次, 每半年至少召开两次. */
const PER_PERIOD = new RegExp(
  `每(?:学年|学期|年|半年|季度|季|月|周|两年|[\\d一二两三四五]年)(?=[^,，。;；\\n]{0,26}[次轮期场])[ \\t]{0,2}(?:至少|不少于|最少)?([^\\d,，。;；:：\\n、’]{0,24}?)(${QUANTITY_SOURCE}${S}(?:次|轮|期|场))`,
  'g',
);
/** 至少/不少于 … count: 每年至少办成1项, 至少要设置6~7家. */
const AT_LEAST = new RegExp(
  `(至少|最少|不少于)([^\\d,，。;；:：\\n、’]{0,8}?)(${QUANTITY_SOURCE}${S}(?:(?:-|至|到)${S}${QUANTITY_SOURCE}${S})?(?:${COUNT_UNIT_SOURCE})?)`,
  'g',
);
/** A count that names a task: 5名重性精神病救治任务. */
const COUNT_TASK = new RegExp(
  `((?<![\\d.]|\\d )\\d{1,6}${S}(?:万)?${S}(?:名|个|人次|人|例|户|所|家|座|张|台|项))([^\\d,，。;；:：\\n、’]{1,16}?)(任务|指标)`,
  'g',
);
/** A further list item after a quota: 、注册护士4.1万人 / 和80所村卫生室…. */
const LIST_ITEM = new RegExp(`[ \\t]{0,2}[、和及][ \\t]{0,2}([^\\d,，。;；:：\\n、’]{0,12}?)(${COUNT})`, 'y');

/** Extends a quota's span over its object, up to the clause end or the next list item. */
function objectEnd(f: string, from: number): number {
  const stop = clauseEnd(f, from, 30);
  for (let j = from; j < stop; j++) {
    const ch = f[j] ?? '';
    if (/[、和及]/.test(ch) && /[\d一二两三四五六七八九十]/.test(f.slice(j + 1, j + 14))) return j;
    if (/[(（]/.test(ch)) {
      // 县级中医（藏医、蒙医）医院: a short bracket inside the object; (见附件1) after it ends it.
      const close = f.slice(j, j + 12).search(/[)）]/);
      if (close < 0 || !/[\u4e00-\u9fff]/.test(f[j + close + 1] ?? '')) return j;
      j += close;
    }
  }
  return stop;
}

function push(
  out: TargetCandidate[],
  scan: TargetScan,
  start: number,
  end: number,
  countText: string,
  atLeast: boolean,
): void {
  const { f } = scan;
  const v = parseValues(countText);
  if (v.values.length === 0) return;
  if (isApproximateRecord(f, start, end)) return;
  // 新增确诊病例12例 is a bulletin statistic.
  // 至少曝光典型案例2例 is an order, so 例 under 至少 stays.
  if (/(病例|确诊|感染者|死亡|治愈|疑似)/.test(f.slice(start, end)) || (/^例/.test(v.unit ?? '') && !atLeast))
    return;
  // 培养“三个一批”: a count that opens a quoted slogan names it.
  const countAt = f.indexOf(countText, start);
  if (countAt > 0 && countAt < end && /[“"‘]/.test(f[countAt - 1] ?? '')) return;
  if (!/\d/.test(countText) && v.unit === undefined) return;
  // 队伍建设的一项重要内容: 一项 is an article before an adjective, not a quota of one.
  if (/^一[ \t]{0,2}\S$/.test(countText.trim())) {
    const after = f.slice(countAt + countText.length, countAt + countText.length + 4);
    if (countAt >= 0 && countAt < end && ARTICLE_FOLLOWER.test(after)) return;
  }
  if (isRecord(scan, start, end)) return;
  const comparator = atLeast || /以上/.test(countText) ? '≥' : '=';
  const metric = describeMetric(f.slice(start, end), countText);
  out.push({
    start,
    end,
    metric,
    comparator,
    value: v.values.length === 1 ? v.values[0] : v.values,
    unit: v.unit,
  });
}

/**
 * A shared 至少 covers every item of its list (至少建成1个胸痛中心和1个卒中中心): the span runs
 * over the further items, which are not quotas of their own.
 */
function sharedListEnd(f: string, from: number): number {
  let pos = from;
  for (let k = 0; k < 8; k++) {
    LIST_ITEM.lastIndex = pos;
    const m = LIST_ITEM.exec(f);
    // 、出院病历不少于30份 carries its own comparator: a quota of its own.
    if (!m || OWN_COMPARATOR.test(m[1] ?? '')) break;
    pos = objectEnd(f, pos + m[0].length);
  }
  return pos;
}

/** Verbs that make 至少有一所… a quota: the unit must set something up or reach a level. */
const SETS_UP = /(设置|设立|开设|建成|建有|配备|达到|具备)/;

const OWN_COMPARATOR = /(不少于|不低于|至少|最少|不超过|不高于|达到|以上)/;

/** A subject that distributes a quota over units (每个县, 各市, 每所医院): its list is one quota. */
const DISTRIBUTIVE = /(每个|每所|每家|各[县市区乡镇州省]|[均都]$)/;

/** Words after 一项/一个 that make it an article (一项重要内容), not a count. */
const ARTICLE_FOLLOWER = /^[ \t]{0,2}(重要|主要|关键|核心|基本|有效|新的|突出|长期)/;

/** 200余万元, 3000多人, 500家之一: figures of a record, not quotas. */
export function isApproximateRecord(f: string, start: number, end: number): boolean {
  void start;
  return /^[ \t]{0,2}(余|多|之一)/.test(f.slice(end, end + 4));
}

/** Finds count and quota targets, each list item separately. */
export function findQuotaTargets(scan: TargetScan): TargetCandidate[] {
  const { f } = scan;
  const out: TargetCandidate[] = [];
  const followList = (from: number): void => {
    let pos = from;
    for (let k = 0; k < 8; k++) {
      LIST_ITEM.lastIndex = pos;
      const m = LIST_ITEM.exec(f);
      if (!m) return;
      const itemStart = pos + (m[0].length - m[0].trimStart().length) + 1;
      const countEnd = pos + m[0].length;
      const end = objectEnd(f, countEnd);
      push(out, scan, itemStart, end, m[2] ?? '', false);
      pos = end;
    }
  };
  for (const m of matchAllAt(f, VERB_COUNT, QUOTA_OPENS, COUNT_NEAR)) {
    const start = m.index;
    const end = objectEnd(f, start + m[0].length);
    // 每个县办好1所A和1所B: under a distributive subject the verb is shared, one span.
    // 选取二十个社区和二十个行政村: a sample drawn at once is one quota over its list.
    if (DISTRIBUTIVE.test(f.slice(clauseStart(f, start, 30), start)) || /^(选取|选择)/.test(m[1] ?? '')) {
      push(out, scan, start, sharedListEnd(f, end), m[2] ?? '', false);
      continue;
    }
    push(out, scan, start, end, m[2] ?? '', false);
    followList(end);
  }
  for (const m of [...f.matchAll(VERB_OBJECT_COUNT), ...f.matchAll(BUILD_OBJECT_COUNT)]) {
    // 建设的一项 (a noun), 评选出…793项 (a result): not an order to build or select.
    if (/^[的出了过]/.test(m[2] ?? '')) continue;
    // 新疆生产建设兵团的336个监测点: the verb is part of a name.
    if (/^兵团/.test(m[2] ?? '')) continue;
    const start = m.index;
    const end = start + m[0].length;
    push(out, scan, start, end, m[3] ?? '', false);
    followList(end);
  }
  for (const m of f.matchAll(AT_LEAST)) {
    const objectTo = objectEnd(f, m.index + m[0].length);
    // 至少有四条路 states existence; 至少有一所医院设置… is a quota on what it sets up.
    if (/^(有|是)/.test(m[2] ?? '') && !/\d/.test(m[3] ?? '') && !SETS_UP.test(f.slice(m.index, objectTo)))
      continue;
    // 从事临床工作不少于3年: an eligibility duration, not a quota.
    if (/^[ \t]{0,2}(年|周岁|岁|个月)/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 4)))
      continue;
    const start = metricStart(f, m.index);
    const end = sharedListEnd(f, objectTo);
    push(out, scan, start, end, m[3] ?? '', true);
  }
  for (const m of f.matchAll(PER_PERIOD)) {
    // The verb that comes with the frequency (组织, 开展, 召开 …) makes it a duty, not a statistic.
    if (
      !/(组织|开展|召开|举办|进行|实施|督导|检查|调研|培训|演练|评估|汇报|报告|通报|考核|听取|研究|接受|报送|上报|提供)/.test(
        f.slice(m.index, m.index + m[0].length + 6),
      )
    )
      continue;
    const start = metricStart(f, m.index);
    push(out, scan, start, objectEnd(f, m.index + m[0].length), m[2] ?? '', /至少|不少于|最少/.test(m[0]));
  }
  for (const m of f.matchAll(COUNT_TASK)) {
    if (/[“"]$/.test(f.slice(Math.max(0, m.index - 1), m.index))) continue; // “八项重点任务” is a slogan
    push(out, scan, m.index, m.index + m[0].length, m[1] ?? '', false);
  }
  return out;
}
