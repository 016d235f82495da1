/**
 * Sentence and clause boundaries over folded text, found by bounded scans around an index
 * (never a whole-text pass per query), so callers stay linear in the input length.
 */

const SENTENCE_END = new Set(['。', '!', '?', '！', '？', '\n', ';', '；']);
const CLAUSE_END = new Set([...SENTENCE_END, ',', '，', ':', '：']);
const QUOTES = new Set(['’', '‘', '“', '”', '"', "'"]);

function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * True when the character at `i` ends a clause. Besides real punctuation this covers OCR
 * stand-ins: a lone ’ for ， and · between ideographs for 。 (doubled ’’ is a closing quote).
 */
export function isClauseBreak(f: string, i: number): boolean {
  const ch = f[i];
  if (ch === undefined) return true;
  if (CLAUSE_END.has(ch)) return true;
  if (ch === '’') return !QUOTES.has(f[i - 1] ?? '') && !QUOTES.has(f[i + 1] ?? '');
  if (ch === '·' || ch === '•') return isCjk(f[i - 1]) && isCjk(f[i + 1]);
  return false;
}

/** True when the character at `i` ends a sentence (。！？；, a line break, OCR ·). */
export function isSentenceBreak(f: string, i: number): boolean {
  const ch = f[i];
  if (ch === undefined) return true;
  if (SENTENCE_END.has(ch)) return true;
  if (ch === '·' || ch === '•') return isCjk(f[i - 1]) && isCjk(f[i + 1]);
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
  const stop = Math.max(0, i - max);
  for (let j = i - 1; j >= stop; j--) if (f[j] === '\n') return j + 1;
  return stop;
}

/** End (exclusive) of the line holding index `i`, at most `max` ahead. */
export function lineEnd(f: string, i: number, max = 2000): number {
  const stop = Math.min(f.length, i + max);
  for (let j = i; j < stop; j++) if (f[j] === '\n') return j;
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
