/**
 * Offset-preserving normalisation: every character maps to exactly one character, so an
 * index into the folded text is the same index into the original. Recognisers read the
 * folded text; annotations slice the original.
 */

/** Characters that may change; everything else is copied as is (one regex pass, fast). */
const FOLDABLE = /[\uff01-\uff5eˉ_—–―‐‑‒〜\u3000\u00a0\u2002\u2003\u2009曰°Oo\r]/g;
const DASHES = 'ˉ_—–―‐‑‒〜';

/** True for an ASCII or full-width decimal digit. */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

function foldChar(ch: string, offset: number, text: string): string {
  if (DASHES.includes(ch)) return '-';
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) {
    // ＿ and ～ are dashes in OCR text; the rest of the full-width ASCII block maps to ASCII.
    if (ch === '＿' || ch === '～' || ch === '－') return '-';
    return String.fromCharCode(code - 0xfee0);
  }
  switch (ch) {
    case '曰':
      return '日'; // OCR reads 日 as 曰 (10曰29日); 曰 itself never occurs in dated prose.
    case '°':
      return isDigit(text[offset - 1]) ? ch : '。'; // OCR period, unless it is a degree sign.
    case 'O':
    case 'o':
      return isDigit(text[offset - 1]) && isDigit(text[offset + 1]) ? '0' : ch; // 2O17
    case '\r':
      return '\n';
    default:
      return ' '; // the space characters of the class
  }
}

/**
 * Folds full-width forms, OCR dashes (ˉ ＿ — ～) and OCR look-alikes (曰 → 日, ° → 。) into
 * the plain forms the recognisers expect. `fold(text).length === text.length` always.
 */
export function fold(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}
