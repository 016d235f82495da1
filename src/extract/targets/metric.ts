/**
 * Where the indicator of a target begins: the start of its clause, past the words that
 * introduce it (要, 确保, 把, 使 …) and past list items that belong to another value.
 */
import { clauseStart } from '../text/boundaries';

/** Leading words that introduce a target but are not part of the indicator. */
// Longest alternatives first: 要求 must not stop at 要.
const LEAD =
  /^(进一步|[一二三四五六七八九十]要|争取|今后|今年|从而|促进|保证|全年|其中|切实|力争|力求|务必|努力|另外|同时|实现|年内|并且|当前|必须|按照|推动|根据|此外|确保|要求|达到|还要|进而|通过|且|以|使|再|对|将|并|把|要|让)+/;

/** A time expression opening a clause (到20xx年底, 今年, 6月底前, “十四五”期间): a deadline, not the indicator. */
const LEAD_TIME = new RegExp(
  [
    '(?:到|至|在|于)?[ \\t]{0,2}(?:20|19)[\\dxX×*]{2}[ \\t]{0,2}年(?:底前|末前|底|末|上半年|下半年|前|内)?',
    '(?:到|至|在|于)?[今明本]年(?:底前|末前|底|末|上半年|下半年|内)?',
    '(?:\\d{1,2}|[一二三四五六七八九十]{1,2})[ \\t]{0,2}月(?:底前|末前|底|末|前|[上中下]旬前?)',
    '年内|年底前|年末前|年底|年末',
    '(?:在|用)?[ \\t]{0,2}(?:\\d{1,2}|[一两二三四五六七八九十半]{1,2})[ \\t]{0,2}(?:(?:-|至|到)[ \\t]{0,2}(?:\\d{1,2}|[一两二三四五六七八九十]{1,2})[ \\t]{0,2})?(?:个月|年)(?:内|的时间|时间)',
    '[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期|末)',
  ]
    .map((x) => `^(?:${x})`)
    .join('|'),
);

/**
 * Length of the lead words and time expressions at the start of `head` (repeated: 确保到20xx年底…).
 * Unless `whole`, at least one character is left for the indicator.
 */
export function leadLength(head: string, whole = false): number {
  let n = 0;
  for (let k = 0; k < 4; k++) {
    const rest = head.slice(n);
    const lead = LEAD.exec(rest)?.[0].length ?? 0;
    const time = LEAD_TIME.exec(rest)?.[0].length ?? 0;
    const step = Math.max(lead, time);
    // Keep at least one character for the indicator unless the caller wants the whole head.
    if (step === 0 || (!whole && n + step >= head.length)) break;
    n += step;
  }
  return n;
}

/** Text up to the last 、 that follows a value (digits, then at most a unit and 以上/以下). */
const VALUE_THEN_ENUMERATION = /^.*[\d%‰][^\d、,，]{0,3}、/;

/** Start offset of the indicator that ends at `verbStart` (same clause), bounded to `max` back. */
export function metricStart(f: string, verbStart: number, max = 40): number {
  let s = clauseStart(f, verbStart, max);
  // 处方不少于100张、出院病历不少于30份: the indicator starts after the previous item's value.
  const item = VALUE_THEN_ENUMERATION.exec(f.slice(s, verbStart));
  if (item) s += item[0].length;
  while (s < verbStart && /[ \t\n]/.test(f[s] ?? '')) s++;
  s += leadLength(f.slice(s, verbStart));
  while (s < verbStart && /[ \t]/.test(f[s] ?? '')) s++;
  return s;
}

/** The indicator text between `start` and `verbStart`, trimmed of modal words (要, 必须 …). */
export function metricText(f: string, start: number, verbStart: number): string | undefined {
  const m = f
    .slice(start, verbStart)
    .replace(
      /(要|必须|应当|应|均|都|将|能够|能|不能|不得|力争|争取|逐步|稳步|持续|进一步|继续|全部|普遍|基本)+$/,
      '',
    )
    // The baseline of a change (在2020年基础上, 较2022年) is not part of the indicator.
    .replace(/(在[^,，。;；]{1,16}基础上|较[^,，。;；]{1,12}|比(?:19|20)[^,，。;；]{1,10})$/, '')
    .replace(/[ \t]+/g, '')
    .trim();
  return m.length > 0 ? m : undefined;
}

/**
 * A readable indicator for targets whose value is not after a verb (quotas, coverage):
 * the span with the value, comparator words and framing verbs removed.
 */
export function describeMetric(spanText: string, valueText = ''): string | undefined {
  let m = spanText;
  if (valueText.length > 0) m = m.replace(valueText, '');
  m = m
    .replace(/[ \t]+/g, '')
    .replace(/^(实现|全面完成|完成|基本|全面|彻底|再)/, '')
    .replace(/(全覆盖|全部|都要|都能|均|都)/g, '')
    .replace(/^(至少|不少于|最少)/, '')
    .replace(/^(及以上|以上)?的/, '')
    .trim();
  return m.length > 0 && m.length <= 60 ? m : undefined;
}
