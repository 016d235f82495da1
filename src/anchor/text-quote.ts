/**
 * TextQuote and TextPosition selectors as pure functions over text, in the manner of the
 * hypothesis client's anchoring: describe a range by its exact text with some context and by
 * its offsets; find it again in a text that may have changed since.
 *
 * Order of attempts: the saved position if its text is still the quote; every exact
 * occurrence of the quote, scored by how well its surroundings agree with the saved
 * prefix/suffix and by distance from the saved position; finally an approximate match with at
 * most a quarter of the quote's characters edited and enough of its context still around it,
 * searched near the old position first and then, within a fixed cost budget, in the whole text.
 */
import { findApproximate } from './approximate-match';

/** The quoted text with up to 32 characters of context on each side. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets in the text the selector was made from. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** How a range was found again. */
export type AnchorMethod = 'position' | 'exact' | 'context' | 'fuzzy';

/** A range found in the current text. */
export interface AnchoredRange {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Describes `text[start, end)` as a quote selector with `contextLength` characters around it. */
export function describeQuote(
  text: string,
  start: number,
  end: number,
  contextLength = 32,
): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
  };
}

/** Characters of `a` and `b` that agree, read backwards from their ends. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n))
    n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * How well a candidate `[start, end)` fits the selector: context agreement in characters
 * (up to 64), minus a small penalty growing with the distance from the old position.
 */
export function contextScore(
  text: string,
  start: number,
  end: number,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  const agreement = commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix);
  // Distance only breaks near-ties: one character of context outweighs ~10,000 characters of shift.
  const shift = position ? Math.abs(start - position.start) / 10_000 : 0;
  return agreement - Math.min(shift, 0.99);
}

/** Most exact occurrences examined; a quote like `年底前` can occur hundreds of times. */
const MAX_EXACT_CANDIDATES = 2000;
/** Characters around the old position searched first by the approximate matcher. */
const NEAR_WINDOW = 2000;

/**
 * Finds the selector's range in `text`, or `undefined` when it is gone.
 * `accept`, when given, can veto a candidate range (e.g. one already taken by another clip).
 */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
  accept: (start: number, end: number) => boolean = () => true,
): AnchoredRange | undefined {
  const { exact } = quote;
  if (exact.length === 0) return undefined;
  if (
    position &&
    text.slice(position.start, position.end) === exact &&
    accept(position.start, position.end)
  ) {
    const start = position.start;
    // The old position wins unless another occurrence matches the context clearly better.
    const here = contextScore(text, start, start + exact.length, quote);
    const best = bestExact(text, quote, position, accept);
    if (!best || best.score <= here + 0.99) return { start, end: position.end, method: 'position' };
    return { start: best.start, end: best.start + exact.length, method: 'context' };
  }
  const best = bestExact(text, quote, position, accept);
  if (best)
    return { start: best.start, end: best.start + exact.length, method: best.only ? 'exact' : 'context' };
  return anchorApproximately(text, quote, position, accept);
}

function bestExact(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector | undefined,
  accept: (start: number, end: number) => boolean,
): { start: number; score: number; only: boolean } | undefined {
  let best: { start: number; score: number } | undefined;
  let count = 0;
  for (
    let at = text.indexOf(quote.exact);
    at >= 0 && count < MAX_EXACT_CANDIDATES;
    at = text.indexOf(quote.exact, at + 1)
  ) {
    count++;
    if (!accept(at, at + quote.exact.length)) continue;
    const score = contextScore(text, at, at + quote.exact.length, quote, position);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best && { ...best, only: count === 1 };
}

/**
 * An approximate match must also sit in recognisably the same place: a quote one edit away
 * is often a different fact (2024年4月30日前 vs 2024年6月30日前), and only the context tells
 * them apart. At least a quarter of the saved context (and 4 characters) must agree.
 */
function contextAgrees(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  const available = quote.prefix.length + quote.suffix.length;
  if (available === 0) return true;
  const agreement = contextScore(text, start, end, quote);
  return agreement >= Math.min(available, Math.max(4, available / 4));
}

function anchorApproximately(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector | undefined,
  accept: (start: number, end: number) => boolean,
): AnchoredRange | undefined {
  const maxErrors = Math.floor(quote.exact.length / 4);
  // A 3-character quote with one edit matches almost anything; require some real text.
  if (maxErrors === 0) return undefined;
  const windows: { from?: number; to?: number }[] = [];
  if (position) windows.push({ from: position.start - NEAR_WINDOW, to: position.end + NEAR_WINDOW });
  windows.push({});
  for (const window of windows) {
    const matches = findApproximate(text, quote.exact, { maxErrors, ...window }) ?? [];
    let best: { start: number; end: number; score: number } | undefined;
    for (const m of matches) {
      if (!accept(m.start, m.end) || !contextAgrees(text, m.start, m.end, quote)) continue;
      // Each edit costs as much as two characters of agreeing context.
      const score = contextScore(text, m.start, m.end, quote, position) - 2 * m.errors;
      if (!best || score > best.score) best = { start: m.start, end: m.end, score };
    }
    if (best) return { start: best.start, end: best.end, method: 'fuzzy' };
  }
  return undefined;
}
