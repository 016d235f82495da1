/**
 * RFC 5545 text primitives, written by hand: escaping and folding are ~30 lines, while
 * ical.js (used by the tests to check our output) would add ~80 kB to the extension.
 */

/** Characters RFC 5545 forbids in a content line (controls other than HTAB). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

/** Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` and newlines; drops control chars. */
export function escapeIcalText(text: string): string {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

/** Longest content-line length in octets, excluding the CRLF (RFC 5545 §3.1). */
const MAX_OCTETS = 75;

/**
 * Folds one content line into physical lines of at most 75 UTF-8 octets, continuation lines
 * starting with a space (which counts toward the 75). Splits only between code points, so
 * a Chinese character (3 octets) or an emoji (4) is never cut in half.
 */
export function foldIcalLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets (a surrogate pair is 4 for two units).
  if (line.length * 3 <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let partStart = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    const next = line.charCodeAt(i + 1);
    const isPair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : isPair ? 4 : 3;
    if (octets + size > MAX_OCTETS) {
      parts.push(line.slice(partStart, i));
      partStart = i;
      octets = 1; // the leading space of the continuation line
    }
    octets += size;
    if (isPair) i++;
  }
  parts.push(line.slice(partStart));
  return parts.join('\r\n ');
}

/** `YYYY-MM-DD` as an iCalendar DATE, `YYYYMMDD`. */
export function icalDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/** An instant as an iCalendar UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`. */
export function icalUtcDateTime(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
