import type { Clip } from '../core/clip';
import { parseChineseNumeral } from '../extract/numbers/chinese-numerals';

/** Where a target's horizon year was read from. */
export type HorizonSource = 'deadline' | 'sentence' | 'document';

/** The year by which a target is to be reached. */
export interface Horizon {
  year: number;
  from: HorizonSource;
}

interface YearMention {
  year: number;
  start: number;
}

// Years that are not horizons: baselines (比2015年, 较2019年), data cut-offs (截至2020年),
// starting points (自2018年, 2018年以来).
const NOT_HORIZON_BEFORE = /(比|较|与|截至|截止|截止到|自|从|同)\s*$/;
const NOT_HORIZON_AFTER = /^\s*(以来|相比|同期|水平|基础上|的基础)/;
const FIVE_YEAR_PLAN_END: Record<string, number> = { 三: 2020, 四: 2025, 五: 2030, 六: 2035 };

function insideBookTitle(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/**
 * The horizon years a sentence mentions, in order: `2025年`, `2021—2025年` (its end),
 * `二〇二五年`, `十四五` (2025), and `今年`/`年内`/`年底` (the reference year) or `明年`.
 * Baselines, cut-offs and years inside 《book titles》 are skipped.
 */
export function yearMentions(sentence: string, referenceYear?: number): YearMention[] {
  const text = sentence.normalize('NFKC');
  const found: YearMention[] = [];
  const keep = (year: number, start: number, end: number) => {
    if (insideBookTitle(text, start)) return;
    if (NOT_HORIZON_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return;
    if (NOT_HORIZON_AFTER.test(text.slice(end, end + 4))) return;
    found.push({ year, start });
  };
  for (const m of text.matchAll(/(?:\d{4}\s*[-—–~至到]\s*)?(\d{4})\s*年/g)) {
    keep(Number(m[1]), m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/([〇零一二三四五六七八九]{4})年/g)) {
    const year = parseChineseNumeral(m[1]!) ?? 0;
    keep(year, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/十([三四五六])五/g)) {
    keep(FIVE_YEAR_PLAN_END[m[1]!]!, m.index, m.index + m[0].length);
  }
  if (referenceYear !== undefined) {
    for (const m of text.matchAll(/今年|年内|(?<![\dxX〇零一二三四五六七八九])年底|本年度|明年/g)) {
      keep(m[0] === '明年' ? referenceYear + 1 : referenceYear, m.index, m.index + m[0].length);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The mention closest before `quote` in `sentence`, else the first after it, else the first. */
export function horizonInSentence(
  sentence: string,
  quote: string,
  referenceYear?: number,
): number | undefined {
  const mentions = yearMentions(sentence, referenceYear);
  if (mentions.length === 0) return undefined;
  const at = quote ? sentence.normalize('NFKC').indexOf(quote.normalize('NFKC')) : -1;
  if (at < 0) return mentions[0]!.year;
  const before = mentions.filter((m) => m.start < at);
  return (before[before.length - 1] ?? mentions.find((m) => m.start >= at) ?? mentions[0]!).year;
}

function yearOf(iso: string | undefined): number | undefined {
  const year = iso ? Number(iso.slice(0, 4)) : NaN;
  return Number.isInteger(year) && year > 1900 ? year : undefined;
}

/** The year a document's own date or title points to: a plan's end year, else its written/published year. */
export function documentYear(clip: Pick<Clip, 'doc'>): number | undefined {
  const titleYears = yearMentions(clip.doc?.title ?? '');
  const last = titleYears[titleYears.length - 1];
  return last?.year ?? yearOf(clip.doc?.writtenDate) ?? yearOf(clip.doc?.publishedDate);
}

/**
 * The horizon of a target: the due year of a saved deadline in the same sentence
 * (`sameSentenceDeadlines`), else a year the sentence names, else the document's year.
 */
export function targetHorizon(
  target: Clip,
  sameSentenceDeadlines: readonly Clip[] = [],
): Horizon | undefined {
  const dated = sameSentenceDeadlines
    .filter((d) => d.kind === 'deadline' && d.due)
    .sort(
      (a, b) =>
        Math.abs(a.anchor.start - target.anchor.start) - Math.abs(b.anchor.start - target.anchor.start),
    );
  const fromDeadline = yearOf(dated[0]?.due ?? undefined);
  if (fromDeadline !== undefined) return { year: fromDeadline, from: 'deadline' };
  const referenceYear = yearOf(target.doc?.writtenDate) ?? yearOf(target.doc?.publishedDate);
  const fromSentence = target.context
    ? horizonInSentence(target.context, target.anchor?.quote || target.text, referenceYear)
    : undefined;
  if (fromSentence !== undefined) return { year: fromSentence, from: 'sentence' };
  const fromDocument = documentYear(target);
  return fromDocument !== undefined ? { year: fromDocument, from: 'document' } : undefined;
}
