/**
 * Offset-preserving normalisation: every character maps to exactly one character, so an
 * index into the folded text is the same index into the original. Recognisers read the
 * folded text; annotations slice the original.
 */

const DASHES = new Set(['ˉ', '＿', '_', '—', '–', '―', '‐', '‑', '‒', '－', '〜', '～', '~']);

function foldChar(ch: string, prev: string, next: string): string {
  const code = ch.charCodeAt(0);
  if (DASHES.has(ch)) return '-';
  // Full-width ASCII block (０-９, ％, ＜, ：, （ …) → ASCII; ＿ and ～ are dashes above.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  switch (ch) {
    case '\u3000':
    case '\u00a0':
    case '\u2002':
    case '\u2003':
    case '\u2009':
      return ' ';
    case '曰':
      return '日'; // OCR reads 日 as 曰 (10曰29日); 曰 itself never occurs in dated prose.
    case '°':
      return isDigit(prev) ? ch : '。'; // OCR period, unless it is a degree sign.
    case 'O':
    case 'o':
      return isDigit(prev) && isDigit(next) ? '0' : ch; // 2O17
    case '\r':
      return '\n';
    default:
      return ch;
  }
}

/** True for an ASCII or full-width decimal digit. */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Folds full-width forms, OCR dashes (ˉ ＿ — ～) and OCR look-alikes (曰 → 日, ° → 。) into
 * the plain forms the recognisers expect. `fold(text).length === text.length` always.
 */
export function fold(text: string): string {
  const out: string[] = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    // Fast path: CJK ideographs and plain ASCII letters never change.
    if ((code >= 0x4e00 && code <= 0x9fff && code !== 0x66f0) || (code >= 0x30 && code <= 0x39)) {
      out[i] = ch;
      continue;
    }
    out[i] = foldChar(ch, text[i - 1] ?? '', text[i + 1] ?? '');
  }
  return out.join('');
}
