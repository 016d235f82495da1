/**
 * Bounded views of a long page text. The document-anatomy markers (主送机关, 发文字号, the
 * 信息公开 block at the top; 特此通知, signature, （此件主动公开）, 附件 at the bottom) live at
 * the start and end of a document, so detection reads a head and a tail window instead of
 * running every pattern over a 5 MB page. Real documents (≤ ~60,000 characters) fit whole.
 */

/** Characters read from the start of a page text. */
export const HEAD_WINDOW = 60_000;
/** Characters read from the end of a page text. */
export const TAIL_WINDOW = 20_000;

/**
 * `text` itself when it fits, else its first `head` and last `tail` characters, each cut at
 * a line break so no line is read half.
 */
export function headAndTail(text: string, head = HEAD_WINDOW, tail = TAIL_WINDOW): string {
  if (text.length <= head + tail) return text;
  const headEnd = text.lastIndexOf('\n', head);
  const tailStart = text.indexOf('\n', text.length - tail);
  const first = text.slice(0, headEnd > 0 ? headEnd : head);
  const last = tailStart >= 0 ? text.slice(tailStart + 1) : text.slice(text.length - tail);
  return `${first}\n${last}`;
}
