import type { Clip } from '../core/clip';

const WHITESPACE = /\s+/g;
// Characters NFKC leaves as they are: ASCII, the main CJK block and common Chinese punctuation.
// Text made only of these skips normalize(), which is most of the cost of folding.
const NFKC_STABLE =
  /^[\t\n\r\u0020-\u007e\ue000\u4e00-\u9fff\u3001-\u3003\u3008-\u3011\u3014\u3015\u2018-\u201d\u2014\u00b7]*$/;
const UPPER = /[A-Z]/;
const foldedByClip = new WeakMap<Clip, string>();
// Separates fields so that a term never matches across the end of one field and the start of the next.
const FIELD_SEPARATOR = '\ue000'; // private use: never typed, kept by NFKC

/**
 * Folds text for matching: NFKC turns full-width digits, letters and symbols (９０％, ＡＢＣ)
 * into their half-width forms, then case is lowered and whitespace removed, so OCR spaces
 * (`90% 以上`) do not break a match.
 */
export function foldForSearch(text: string): string {
  const folded = NFKC_STABLE.test(text)
    ? UPPER.test(text)
      ? text.toLowerCase()
      : text
    : text.normalize('NFKC').toLowerCase();
  return folded.replace(WHITESPACE, '');
}

/**
 * The folded text a clip is searched by: its text, note, document title and 文号. Computed once
 * per clip object and cached; clips are replaced, never mutated, when they change, so the
 * cache cannot go stale.
 */
export function searchableText(clip: Clip): string {
  let text = foldedByClip.get(clip);
  if (text === undefined) {
    // One fold of the joined fields: NFKC and whitespace removal leave the separator alone.
    text = foldForSearch(
      [clip.text, clip.note, clip.doc?.title ?? '', clip.doc?.docNumber ?? ''].join(FIELD_SEPARATOR),
    );
    foldedByClip.set(clip, text);
  }
  return text;
}

/**
 * Folds every clip ahead of the first keystroke (call when the list loads, ideally when idle),
 * so typing never pays for building the search strings.
 */
export function prepareSearch(clips: readonly Clip[]): void {
  for (const clip of clips) searchableText(clip);
}

/** Splits a query on spaces (half- or full-width) into folded terms; empty terms are dropped. */
export function parseSearchTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(WHITESPACE)
    .map(foldForSearch)
    .filter((term) => term.length > 0);
}

/** True when every term occurs in the clip's searchable text (terms are AND-ed). */
export function matchesSearch(clip: Clip, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = searchableText(clip);
  return terms.every((term) => haystack.includes(term));
}
