/**
 * The date 今年/年内/明年 follow: the document's own date. Order (gold README): an explicit
 * 成文日期, then the date under the signature (or the 印发 line), then 发布日期, else the
 * caller's fallback. Page hints for a field win over the text.
 */
import type { IsoDate } from '../../core/annotation';
import type { PageIdentityHints, ReferenceDateSource } from '../../core/document';
import { parseIso, toIso, type YMD } from '../dates/calendar';
import { FULL_DATE_SOURCE, parseFullDate } from '../dates/parse-date';

/** Dates the text states about itself. */
export interface TextDates {
  writtenDate?: IsoDate;
  publishedDate?: IsoDate;
  signatureDate?: IsoDate;
}

const FIELD_DATE = new RegExp(
  `(成文日期|发布日期|发文日期|公开日期|印发日期|生成日期|发布时间)[ \\t]{0,3}[:：]?[ \\t]{0,3}(${FULL_DATE_SOURCE})`,
  'g',
);
// The date may close with an OCR or typed full stop (2023年4月12日。), and may share its line
// with the issuer (某某市卫生健康委员会办公室      2023年4月12日).
const DATE_LINE = new RegExp(
  `^[ \\t]{0,20}(?<org>[^ \\t\\n]{2,40}[ \\t]{2,40})?(?<date>${FULL_DATE_SOURCE})[ \\t]{0,20}(?<issued>印发)?[ \\t]{0,3}[。.]?[ \\t]{0,3}$`,
);
const ISSUED_AT = /印发[ \t]{0,3}(?=\n|$)/g;
const DATE_BEFORE_ISSUED = new RegExp(`(${FULL_DATE_SOURCE})[ \\t]{0,3}$`);
const ORG_END = /(委员会|办公室|办公厅|委|局|厅|院|部|政府|中心|协会|小组|[(（][^()（）]{0,12}[)）])[ \t]*$/;
const PUBLIC_NOTE = /公开|抄送|附件|印发/;

function iso(d: YMD | null): IsoDate | undefined {
  return d ? (toIso(d.y, d.m, d.d) ?? undefined) : undefined;
}

/** Start of the line ending at `i` if it begins at most `max` characters back, else -1. */
function lastBreak(text: string, i: number, max: number): number {
  for (let j = i - 1; j >= Math.max(0, i - max); j--) if (text.charCodeAt(j) === 10) return j + 1;
  return i - max <= 0 ? 0 : -1;
}

/** The nearest non-empty line before `i` (step -1) or after it (step 1), trimmed; at most 6 lines, 200 characters each. */
function neighbourLine(text: string, i: number, step: 1 | -1): string {
  let j = i;
  for (let k = 0; k < 6 && j >= 0 && j <= text.length; k++) {
    let a: number;
    let b: number;
    if (step === 1) {
      a = j;
      b = j;
      while (b < text.length && b - a < 200 && text.charCodeAt(b) !== 10) b++;
    } else {
      b = j;
      a = b;
      while (a > 0 && b - a < 200 && text.charCodeAt(a - 1) !== 10) a--;
    }
    const line = text.slice(a, b).trim();
    if (line.length > 0) return line;
    j = step === 1 ? b + 1 : a - 1;
  }
  return '';
}

/** Scans the text for its 成文/发布 fields and its signature date. Linear in the text. */
export function findTextDates(text: string): TextDates {
  const out: TextDates = {};
  for (const m of text.matchAll(FIELD_DATE)) {
    const d = iso(parseFullDate(m[2] ?? ''));
    if (!d) continue;
    if (m[1] === '成文日期' || m[1] === '发文日期' || m[1] === '印发日期') out.writtenDate ??= d;
    else out.publishedDate ??= d;
  }
  // A bare 时间：/日期： label is not read: on re-posting sites it dates the copy, not the document.
  // Short lines only (a signature date stands alone); found via 日 so long texts stay cheap.
  for (const m of text.matchAll(/[日号][ \t]{0,20}(?:印发)?[ \t]{0,3}[。.]?[ \t]{0,3}(?=\n|$)/g)) {
    const lineStartAt = lastBreak(text, m.index, 100);
    if (lineStartAt < 0) continue;
    const line = text.slice(lineStartAt, m.index + m[0].length);
    const d = DATE_LINE.exec(line);
    if (!d) continue;
    const org = d.groups?.org;
    if (org !== undefined && !ORG_END.test(org)) continue;
    const prev = neighbourLine(text, lineStartAt - 1, -1);
    const next = neighbourLine(text, m.index + m[0].length + 1, 1);
    if (d.groups?.issued !== undefined || org !== undefined || ORG_END.test(prev) || PUBLIC_NOTE.test(next)) {
      out.signatureDate = iso(parseFullDate(d.groups?.date ?? ''));
      if (out.signatureDate) break;
    }
  }
  if (out.signatureDate === undefined) {
    // …办公室 2017年5月3日印发 closing a line: found from 印发 (rare), not from every digit.
    for (const m of text.matchAll(ISSUED_AT)) {
      const d = DATE_BEFORE_ISSUED.exec(text.slice(Math.max(0, m.index - 24), m.index));
      out.signatureDate = iso(parseFullDate(d?.[1] ?? ''));
      if (out.signatureDate) break;
    }
  }
  return out;
}

/** The chosen reference date and where it came from. */
export interface ReferenceDate {
  date: IsoDate;
  source: ReferenceDateSource;
}

/** Picks the reference date from hints, the text's own dates and the fallback. */
export function chooseReferenceDate(
  textDates: TextDates,
  hints: PageIdentityHints | undefined,
  fallbackDate: IsoDate,
): ReferenceDate {
  const valid = (d: string | undefined): IsoDate | undefined => {
    const p = parseIso(d);
    return p ? (toIso(p.y, p.m, p.d) ?? undefined) : undefined;
  };
  const written = valid(hints?.writtenDate) ?? valid(textDates.writtenDate);
  if (written) return { date: written, source: 'writtenDate' };
  const signature = valid(hints?.signatureDate) ?? valid(textDates.signatureDate);
  if (signature) return { date: signature, source: 'signatureDate' };
  const published = valid(hints?.publishedDate) ?? valid(textDates.publishedDate);
  if (published) return { date: published, source: 'publishedDate' };
  const fb = valid(fallbackDate);
  return { date: fb ?? '1970-01-01', source: 'fallback' };
}
