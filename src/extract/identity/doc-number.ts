/**
 * 发文字号: issuer code + year in brackets + serial + 号 (国卫基层发〔2022〕20号, 桂卫办发〔2017〕22号),
 * also with [ ] ［］（）【】, damaged forms (国发2019〕13号) and OCR-merged ones (琼卫基层〔202210).
 * The document's own number is the first one before the 主送机关 line; later ones are citations.
 */

const CODE = '[\\u4e00-\\u9fff]{1,12}';
const DOC_NUMBER = new RegExp(
  `${CODE}[ \\t]{0,2}[〔［\\[【(（]?[ \\t]{0,2}(?:19|20)\\d\\d[ \\t]{0,2}[〕］\\]】)）][ \\t]{0,2}第?[ \\t]{0,2}\\d{1,5}[ \\t]{0,2}号`,
  'g',
);
const MERGED_LINE = /^[ \t]*([\u4e00-\u9fff]{1,12}[〔［[【(（](?:19|20)\d\d\d{0,4}[〕］\]】)）]?\d{0,5}号?)[ \t]*$/m;

/** Every document number in `text` with its offset, in order. */
export function findDocNumbers(text: string): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  for (const m of text.matchAll(DOC_NUMBER)) out.push({ value: m[0].replace(/[ \t]/g, ''), index: m.index });
  return out;
}

/** The document's own number: the first before `bodyStart` (the 主送机关 line), else an own-line number near the top. */
export function findOwnDocNumber(text: string, bodyStart: number): string | undefined {
  const head = text.slice(0, Math.min(text.length, bodyStart >= 0 ? bodyStart : 3000));
  for (const n of findDocNumbers(head)) {
    const lineStart = head.lastIndexOf('\n', n.index) + 1;
    const before = head.slice(lineStart, n.index);
    // A number inside a sentence (（桂发〔2017〕10号）) is a citation; the own number stands on its own line.
    if (before.trim().length === 0 || /(文号|发文字号|字号)[:：]?[ \t]*$/.test(before)) return n.value;
  }
  const merged = MERGED_LINE.exec(head);
  return merged?.[1]?.trim();
}
