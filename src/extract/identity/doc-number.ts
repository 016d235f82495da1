/**
 * 发文字号: issuer code + year in brackets + serial + 号 (国卫基层发〔2022〕20号, 桂卫办发〔2017〕22号),
 * also with [ ] ［］（）【】, damaged forms (国发2019〕13号) and OCR-merged ones (琼卫基层〔202210).
 * The document's own number is the first one before the 主送机关 line; later ones are citations.
 */

import { fold } from '../text/fold';

// Anchored on the year bracket (fast to find); the issuer code is read backwards from it.
const YEAR_SERIAL =
  /[〔［[【(（]?[ \t]{0,2}(?:19|20)\d\d[ \t]{0,2}[〕］\]】)）][ \t]{0,2}第?[ \t]{0,2}\d{1,5}[ \t]{0,2}号/g;
// × stands in for the issuer's abbreviation in templates (×卫发〔2024〕1号).
const CODE_BEFORE = /[\u4e00-\u9fff×]{1,12}[ \t]{0,2}$/;
const MERGED_LINE =
  /^[ \t]*([\u4e00-\u9fff]{1,12}[〔［[【(（](?:19|20)\d\d\d{0,4}[〕］\]】)）]?\d{0,5}号?)[ \t]*$/m;

/**
 * Every document number in `text` with its offset, in order. Matching reads `folded`
 * (full-width digits folded); values are sliced from `text` as shown.
 */
export function findDocNumbers(
  text: string,
  folded: string = fold(text),
): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  for (const m of folded.matchAll(YEAR_SERIAL)) {
    const code = CODE_BEFORE.exec(folded.slice(Math.max(0, m.index - 14), m.index));
    if (!code) continue;
    const index = m.index - code[0].length;
    out.push({ value: text.slice(index, m.index + m[0].length).replace(/[ \t]/g, ''), index });
  }
  return out;
}

/** The document's own number: the first before `bodyStart` (the 主送机关 line), else an own-line number near the top. */
export function findOwnDocNumber(text: string, folded: string, bodyStart: number): string | undefined {
  const headEnd = Math.min(text.length, bodyStart >= 0 ? bodyStart : 3000);
  const head = text.slice(0, headEnd);
  for (const n of findDocNumbers(head, folded.slice(0, headEnd))) {
    const lineStart = head.lastIndexOf('\n', n.index) + 1;
    const before = head.slice(lineStart, n.index);
    // A number inside a sentence (（桂发〔2017〕10号）) is a citation; the own number stands on its own line.
    if (before.trim().length === 0 || /(文号|发文字号|字号)[:：]?[ \t]*$/.test(before)) return n.value;
  }
  const merged = MERGED_LINE.exec(head);
  return merged?.[1]?.trim();
}
