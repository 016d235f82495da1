/**
 * OCR scans keep the scanner's hard line breaks, so a target can run across lines (达到⏎1 00%,
 * 不低⏎于1 0%). For such texts this joins wrapped lines into one view and keeps a map back
 * to the original offsets; texts with ordinary paragraphs are left alone (no copy, no map).
 */

/** A view of the text with wrapped line breaks removed, and the original offset of each index. */
export interface UnwrappedText {
  text: string;
  /** `original[i]` is the offset in the input of `text[i]`; one extra entry for the end. */
  original: Int32Array;
}

/** Characters after which a line break is a real paragraph end, not a wrap. */
const FINAL = /[。.!?！？;；:：°)）]$/;
/** A line that opens a heading or list item: never joined to the line before it. */
const OPENER =
  /^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、]|附件)/;

/** The wrap width when most lines have about the same length (a scanned page); else 0. */
function wrapWidth(lengths: number[]): number {
  if (lengths.length < 20) return 0;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = 0;
  let bestShare = 0;
  for (let w = 16; w <= 60; w++) {
    let n = 0;
    for (let d = -2; d <= 1; d++) n += counts.get(w + d) ?? 0;
    if (n > bestShare) {
      bestShare = n;
      best = w;
    }
  }
  return bestShare >= 0.4 * lengths.length ? best : 0;
}

/**
 * Joins lines that were wrapped by width (long, not ending a sentence, not followed by a
 * heading). Returns null when the text is not hard-wrapped or nothing was joined.
 */
export function unwrapHardBreaks(f: string): UnwrappedText | null {
  const lines: { start: number; end: number }[] = [];
  for (let pos = 0; pos <= f.length;) {
    let end = f.indexOf('\n', pos);
    if (end < 0) end = f.length;
    lines.push({ start: pos, end });
    pos = end + 1;
  }
  const lengths = lines.map((l) => l.end - l.start).filter((n) => n > 0);
  const width = wrapWidth(lengths);
  if (width === 0) return null;
  const joinAfter: boolean[] = lines.map((l, i) => {
    const next = lines[i + 1];
    if (next === undefined || next.end === next.start) return false;
    const line = f.slice(l.start, l.end).trimEnd();
    return line.length >= width - 4 && !FINAL.test(line) && !OPENER.test(f.slice(next.start, next.end));
  });
  if (!joinAfter.includes(true)) return null;
  const parts: string[] = [];
  const original = new Int32Array(f.length + 1);
  let n = 0;
  lines.forEach((l, i) => {
    const join = joinAfter[i] === true;
    const end = l.end < f.length && !join ? l.end + 1 : l.end;
    parts.push(f.slice(l.start, end));
    for (let j = l.start; j < end; j++) original[n++] = j;
  });
  original[n] = f.length;
  return { text: parts.join(''), original: original.subarray(0, n + 1) };
}
