/**
 * Sentence and clause boundaries over folded text, found by bounded scans around an index
 * (never a whole-text pass per query), so callers stay linear in the input length.
 */

// Character codes compared directly: these run once per scanned character, so no Set/strings.
function isCjkAt(f: string, i: number): boolean {
  const c = f.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

function isQuoteAt(f: string, i: number): boolean {
  const c = f.charCodeAt(i);
  return c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x22 || c === 0x27;
}

/** 。 ! ? ！ ？ ; ； and line breaks. */
function isSentencePunct(c: number): boolean {
  return (
    c === 0x3002 ||
    c === 0x0a ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0x3b ||
    c === 0xff1b
  );
}

/**
 * True when the character at `i` ends a clause. Besides real punctuation this covers OCR
 * stand-ins: a lone ’ for ， and · between ideographs for 。 (doubled ’’ is a closing quote).
 */
export function isClauseBreak(f: string, i: number): boolean {
  const c = f.charCodeAt(i);
  if (c !== c) return true; // outside the text
  if (
    c < 0x2000
      ? c === 0x2c ||
        c === 0x3a ||
        c === 0x0a ||
        c === 0x21 ||
        c === 0x3f ||
        c === 0x3b ||
        (c === 0xb7 && isCjkAt(f, i - 1) && isCjkAt(f, i + 1))
      : false
  )
    return true;
  if (c === 0xff0c || c === 0xff1a || isSentencePunct(c)) return true;
  if (c === 0x2019) return !isQuoteAt(f, i - 1) && !isQuoteAt(f, i + 1);
  if (c === 0x2022) return isCjkAt(f, i - 1) && isCjkAt(f, i + 1);
  return false;
}

/** True when the character at `i` ends a sentence (。！？；, a line break, OCR ·). */
export function isSentenceBreak(f: string, i: number): boolean {
  const c = f.charCodeAt(i);
  if (c !== c) return true;
  if (isSentencePunct(c)) return true;
  if (c === 0xb7 || c === 0x2022) return isCjkAt(f, i - 1) && isCjkAt(f, i + 1);
  return false;
}

/** Start of the clause holding index `i` (the index after the previous break), at most `max` back. */
export function clauseStart(f: string, i: number, max = 80): number {
  const stop = Math.max(0, i - max);
  for (let j = i - 1; j >= stop; j--) if (isClauseBreak(f, j)) return j + 1;
  return stop;
}

/** End (exclusive) of the clause holding index `i`, at most `max` ahead. */
export function clauseEnd(f: string, i: number, max = 80): number {
  const stop = Math.min(f.length, i + max);
  for (let j = i; j < stop; j++) if (isClauseBreak(f, j)) return j;
  return stop;
}

/** Start of the sentence holding index `i`, at most `max` back. */
export function sentenceStart(f: string, i: number, max = 240): number {
  const stop = Math.max(0, i - max);
  for (let j = i - 1; j >= stop; j--) if (isSentenceBreak(f, j)) return j + 1;
  return stop;
}

/** End (exclusive) of the sentence holding index `i`, at most `max` ahead. */
export function sentenceEnd(f: string, i: number, max = 240): number {
  const stop = Math.min(f.length, i + max);
  for (let j = i; j < stop; j++) if (isSentenceBreak(f, j)) return j;
  return stop;
}

/** Start of the line (paragraph) holding index `i`, at most `max` back. */
export function lineStart(f: string, i: number, max = 2000): number {
  // A bounded loop, not lastIndexOf: on a text without line breaks that would scan to 0.
  const stop = Math.max(0, i - max);
  for (let j = i - 1; j >= stop; j--) if (f.charCodeAt(j) === 10) return j + 1;
  return stop;
}

/** End (exclusive) of the line holding index `i`, at most `max` ahead. */
export function lineEnd(f: string, i: number, max = 2000): number {
  const stop = Math.min(f.length, i + max);
  for (let j = i; j < stop; j++) if (f.charCodeAt(j) === 10) return j;
  return stop;
}

/**
 * True when index `i` lies inside a 《…》 title that opened at most `max` characters before
 * (years and numbers inside titles are names, not deadlines or targets).
 */
export function insideBookTitle(f: string, i: number, max = 60): boolean {
  const stop = Math.max(0, i - max);
  for (let j = i - 1; j >= stop; j--) {
    const ch = f[j];
    if (ch === '》' || ch === '\n') return false;
    if (ch === '《') return true;
  }
  return false;
}
