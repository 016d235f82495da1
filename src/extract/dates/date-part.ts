/**
 * One part of a date (year, month or day) as OCR and typists write it: Arabic digits split by
 * a stray space or a line break (1 2, 3⏎0), Chinese numerals (二〇二三, 十二), and the white circle ○ or a Latin O
 * typed for the numeral zero 〇 (二○二三年, common on scanned and hand-typed pages).
 */
import { parseNumberToken } from '../numbers/parse-number';

const ZERO_LOOKALIKES = /[○◯OoＯ]/g;

/** Parses a year, month or day token; null when it does not read as a number. */
export function parseDatePart(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  // A scan may split a number across a hard line break (3 ⏎0); the break is not part of it.
  if (raw.includes('\n')) return parseDatePart(raw.replace(/\s/g, ''));
  // Beside Arabic digits the look-alike is 0 (2O日); among Chinese numerals it is 〇 (二○二三).
  return parseNumberToken(raw.replace(ZERO_LOOKALIKES, /\d/.test(raw) ? '0' : '〇'));
}
