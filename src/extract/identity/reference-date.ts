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
const DATE_LINE = new RegExp(`^[ \\t]{0,20}(${FULL_DATE_SOURCE})[ \\t]{0,20}(印发)?[ \\t]{0,3}$`);
const ISSUED_LINE = new RegExp(`(${FULL_DATE_SOURCE})[ \\t]{0,3}印发[ \\t]{0,3}$`, 'gm');
const ORG_END = /(委员会|办公室|办公厅|委|局|厅|院|部|政府|中心|协会|小组|[(（][^()（）]{0,12}[)）])[ \t]*$/;
const PUBLIC_NOTE = /公开|抄送|附件|印发/;

function iso(d: YMD | null): IsoDate | undefined {
  return d ? (toIso(d.y, d.m, d.d) ?? undefined) : undefined;
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
  const lines = text.split('\n');
  const nonEmpty = (from: number, step: number): string => {
    for (let k = from; k >= 0 && k < lines.length; k += step) {
      const l = (lines[k] ?? '').trim();
      if (l.length > 0) return l;
    }
    return '';
  };
  for (let i = 0; i < lines.length && out.signatureDate === undefined; i++) {
    const line = lines[i] ?? '';
    if (line.length > 60) continue;
    const m = DATE_LINE.exec(line);
    if (!m) continue;
    const prev = nonEmpty(i - 1, -1);
    const next = nonEmpty(i + 1, 1);
    if (m[2] === '印发' || ORG_END.test(prev) || PUBLIC_NOTE.test(next)) {
      out.signatureDate = iso(parseFullDate(m[1] ?? ''));
    }
  }
  if (out.signatureDate === undefined) {
    for (const m of text.matchAll(ISSUED_LINE)) {
      out.signatureDate = iso(parseFullDate(m[1] ?? ''));
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
