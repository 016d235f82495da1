/**
 * Bounded look-behind and look-ahead over folded text, with spaces dropped (OCR adds stray
 * spaces), for context rules such as "preceded by 截至" or "followed by 召开".
 */

/** Up to `n` characters before index `i`, spaces and tabs removed. */
export function textBefore(f: string, i: number, n: number): string {
  const s = f.slice(Math.max(0, i - n - 4), i);
  return (s.includes(' ') || s.includes('\t') ? s.replace(/[ \t]/g, '') : s).slice(-n);
}

/** Up to `n` characters from index `i` on, spaces and tabs removed. */
export function textAfter(f: string, i: number, n: number): string {
  const s = f.slice(i, i + n + 4);
  return (s.includes(' ') || s.includes('\t') ? s.replace(/[ \t]/g, '') : s).slice(0, n);
}
