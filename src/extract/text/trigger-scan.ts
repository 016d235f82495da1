/**
 * `text.matchAll(globalRegex)` with a cheap pre-filter: the regex is tried (sticky) only at
 * positions whose character can open a match. Big alternations of verbs cost the regex
 * engine a full attempt at every position of a page; a table look-up skips most of them.
 * Results are the same as a global scan as long as `opens` holds every possible first
 * character of a match (and `near`, when given, a character every match holds within `reach`).
 */

/** A set of UTF-16 code units, for one-look-up membership tests. */
export type CharSet = Uint8Array;

/** Every character that can open a quantity (QUANTITY_SOURCE): digits, Chinese digits, 百千万 of 百分之. */
export const NUMERAL_CHARS = '0123456789零〇一二两三四五六七八九十百千万';

/** The set of the given characters (each must be a single UTF-16 code unit). */
export function charSet(chars: string): CharSet {
  const set = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

/** Every character that opens one of the `|`-separated words. */
export function firstChars(words: string): string {
  return [...new Set(words.split('|').map((w) => w.charAt(0)))].join('');
}

/**
 * Every match of `sticky` (a regex with the `y` flag) in `text`, in order, exactly as a
 * global `matchAll` of the same pattern would find them. Only positions whose character is
 * in `opens` are tried. With `near`, a position is tried only when a character of `near`
 * follows within `reach` characters (inclusive), which skips long stretches of prose.
 */
export function matchAllAt(
  text: string,
  sticky: RegExp,
  opens: CharSet,
  near?: { chars: CharSet; reach: number },
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const len = text.length;
  let nextNear = -1;
  for (let p = 0; p < len;) {
    if (near) {
      if (nextNear < p) {
        nextNear = p;
        while (nextNear < len && near.chars[text.charCodeAt(nextNear)] !== 1) nextNear++;
        if (nextNear >= len) break;
      }
      // No match can open before reach characters ahead of the next anchor.
      if (nextNear - near.reach > p) p = nextNear - near.reach;
    }
    if (opens[text.charCodeAt(p)] !== 1) {
      p++;
      continue;
    }
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      p = m.index + (m[0].length > 0 ? m[0].length : 1);
    } else p++;
  }
  return out;
}
