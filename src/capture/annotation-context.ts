/**
 * The text around an annotation: its sentence (shown in lists and exports) and a short
 * prefix/suffix (to find the span again on a later visit, as a TextQuote selector does).
 */

const SENTENCE_END = /[。！？!?；;\n]/;
const MAX_SENTENCE = 300;
/** Characters kept on each side of a quote for re-anchoring. */
export const ANCHOR_CONTEXT = 32;

/** The sentence that holds `[start, end)`, trimmed, at most ~300 characters each side. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  const floor = Math.max(0, start - MAX_SENTENCE);
  while (from > floor && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + MAX_SENTENCE);
  while (to < ceiling && !SENTENCE_END.test(text.charAt(to))) to++;
  // Keep the end mark (。；) with its sentence, but not a line break.
  if (to < text.length && SENTENCE_END.test(text.charAt(to)) && text.charAt(to) !== '\n') to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Up to {@link ANCHOR_CONTEXT} characters before and after the span. */
export function quoteContext(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT),
  };
}
