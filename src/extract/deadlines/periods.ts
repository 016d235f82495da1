/**
 * Plan periods: “十四五”期间, 十三五时期, bare “十三五” used as a horizon, and year spans such
 * as 2017—2020年. Each becomes a range whose end is the due date.
 */
import { endOfYear } from '../dates/calendar';
import { textAfter, textBefore } from '../text/window';
import type { DeadlineCandidate, DeadlineScan } from './candidate';
import { hasHorizonWordBefore, isDataCutoff, isPlanNameYears, isTitleOrSignature } from './context-rules';
import { S } from './patterns';

const FIVE_YEAR_PLAN = new RegExp(
  `[“"‘'’”]{0,2}十(?<n>[一二三四五六七八九])五[”"’'“]{0,2}(?:${S}(?<suffix>时期|期间|期末|末期|末|规划期内|规划期间|规划期))?`,
  'g',
);
const YEAR_SPAN = new RegExp(
  `(?<a>\\d{4})${S}年?${S}(?:-|至|到)${S}(?<b>\\d{4})${S}年(?:${S}(?<suffix>期间|间|内|底前|底|末))?`,
  'g',
);

const ORDINAL: Record<string, number> = {
  一: 11,
  二: 12,
  三: 13,
  四: 14,
  五: 15,
  六: 16,
  七: 17,
  八: 18,
  九: 19,
};

/** First year of the n-th five-year plan (十一五 = 2006 … 十四五 = 2021). */
export function fiveYearPlanStart(n: number): number {
  return 2006 + 5 * (n - 11);
}

/** Finds plan periods and year spans. */
export function findPeriods(scan: DeadlineScan): DeadlineCandidate[] {
  const f = scan.folded;
  const out: DeadlineCandidate[] = [];
  for (const m of f.matchAll(FIVE_YEAR_PLAN)) {
    const n = ORDINAL[m.groups?.n ?? ''];
    if (n === undefined) continue;
    let start = m.index;
    const end = start + m[0].length;
    const suffix = m.groups?.suffix;
    // The quotes are part of the name; an opening quote char may be a stray closing one.
    while (start < end && /[”’]/.test(f[start] ?? '')) start++;
    if (isTitleOrSignature(f, start, end) || isDataCutoff(f, start)) continue;
    const after = textAfter(f, end, 3);
    if (suffix === undefined) {
      // A bare name is a horizon only after 力争/到/确保; otherwise it names a plan (“十三五”规划).
      if (!hasHorizonWordBefore(f, start) || /^(规划|卫生|时期是|发展|期间是)/.test(after)) continue;
    } else if (/^(规划|是|的规划|以来)/.test(after) || /^规划/.test(suffix)) {
      if (suffix !== '规划期内' && suffix !== '规划期间') continue;
    }
    if (/^(是|开好局|良好开局|开局|起步)/.test(after) || /以来$/.test(suffix ?? '')) continue;
    // 推进“十三五”时期…工作, 是“十三五”时期…任务: the period qualifies an object, it bounds nothing.
    if (/(是|推进|谋划|明确|制定|编制|做好|抓好|部署|总结|回顾|实施|贯彻)$/.test(textBefore(f, start, 2)))
      continue;
    const first = fiveYearPlanStart(n);
    if (first + 4 < scan.ref.y && !hasHorizonWordBefore(f, start)) continue; // “十三五”时期…取得显著成效
    out.push({ start, end, due: endOfYear(first + 4), range: [`${first}-01-01`, endOfYear(first + 4)] });
  }
  for (const m of f.matchAll(YEAR_SPAN)) {
    const a = Number(m.groups?.a);
    const b = Number(m.groups?.b);
    const start = m.index;
    const end = start + m[0].length;
    if (!(b > a && b - a <= 30)) continue;
    if (isTitleOrSignature(f, start, end) || isPlanNameYears(f, start) || isDataCutoff(f, start)) continue;
    if (/^(的|年度|以来|实施方案|规划|行动计划|工作方案)/.test(textAfter(f, end, 4))) continue;
    if (/[(（]$/.test(textBefore(f, start, 1))) continue;
    if (b < scan.ref.y) continue;
    out.push({ start, end, due: endOfYear(b), range: [`${a}-01-01`, endOfYear(b)] });
  }
  return out;
}
