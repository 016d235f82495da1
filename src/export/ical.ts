import type { Clip } from '../core/clip';
import { addDays, parseIsoDate } from '../library/local-date';
import { describeMeaning } from './describe-meaning';
import { escapeIcalText, foldIcalLine, icalDate, icalUtcDateTime } from './ical-text';
import { recurrenceToRrule } from './ical-rrule';
import type { ExportLocale } from './types';

/** Options of the calendar export. */
export interface IcsOptions {
  locale?: ExportLocale;
  /** Days before the due day that the reminder fires; default 3. */
  alarmDaysBefore?: number;
}

const DEFAULT_ALARM_DAYS = 3;
/** Reminders fire at 09:00 rather than midnight, the start of an all-day event. */
const ALARM_HOUR = 9;

const WORDS = {
  zh: {
    calendar: '政策透镜期限',
    meaning: '期限：',
    number: '文号：',
    issuer: '发文机关：',
    document: '文件：',
    note: '备注：',
    quote: (s: string) => `“${s}”`,
    title: (s: string) => `《${s}》`,
    reminder: '即将截止：',
  },
  en: {
    calendar: 'Policy Lens deadlines',
    meaning: 'Deadline: ',
    number: 'Document number: ',
    issuer: 'Issuer: ',
    document: 'Document: ',
    note: 'Note: ',
    quote: (s: string) => `“${s}”`,
    title: (s: string) => s,
    reminder: 'Due soon: ',
  },
} as const;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Count code points, not UTF-16 units, so an emoji is never cut in half.
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

/**
 * What is due, in a few words: the deadline text plus the words after it up to the next
 * punctuation (于2017年6月中旬前 + 报送自查报告), then a short document title.
 */
function summaryOf(clip: Clip): string {
  const clause = (clip.anchor.suffix.split(/[，。；;,.!?！？、：:（(\n]/)[0] ?? '').trim();
  const action = shorten(`${clip.text}${clause}`, 40);
  return clip.doc.title ? `${action} · ${shorten(clip.doc.title, 24)}` : action;
}

/** Web and file addresses only, and nothing that could break out of the content line. */
function isLinkable(url: string): boolean {
  return /^(https?|file):\/\/[^\s]+$/i.test(url);
}

/** The quoted sentence, the meaning (which names a range or rule), the citation and the link. */
function descriptionOf(clip: Clip, locale: ExportLocale): string {
  const w = WORDS[locale];
  const lines = [w.quote((clip.context || clip.text).trim()), `${w.meaning}${describeMeaning(clip, locale)}`];
  if (clip.doc.title) lines.push(`${w.document}${w.title(clip.doc.title)}`);
  if (clip.doc.docNumber) lines.push(`${w.number}${clip.doc.docNumber}`);
  if (clip.doc.issuer) lines.push(`${w.issuer}${clip.doc.issuer}`);
  if (clip.note.trim()) lines.push(`${w.note}${clip.note.trim()}`);
  lines.push(clip.url);
  return lines.join('\n');
}

/** `-P2DT15H` = 3 days before the all-day start, at 09:00. */
function alarmTrigger(daysBefore: number): string {
  const hours = ALARM_HOUR - daysBefore * 24;
  const sign = hours < 0 ? '-' : '';
  const abs = Math.abs(hours);
  const days = Math.floor(abs / 24);
  const rest = abs % 24;
  return `${sign}P${days > 0 ? `${days}D` : ''}${rest > 0 ? `T${rest}H` : days > 0 ? '' : 'T0H'}`;
}

function eventLines(
  clip: Clip,
  due: string,
  stamp: string,
  locale: ExportLocale,
  alarmDays: number,
): string[] {
  const summary = summaryOf(clip);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeIcalText(`${clip.id}@policy-lens`)}`,
    `DTSTAMP:${stamp}`,
    // All-day on the due date; DTEND is exclusive, so the next day.
    `DTSTART;VALUE=DATE:${icalDate(due)}`,
    `DTEND;VALUE=DATE:${icalDate(addDays(due, 1))}`,
  ];
  if (clip.recurring) lines.push(`RRULE:${recurrenceToRrule(clip.recurring)}`);
  lines.push(
    `SUMMARY:${escapeIcalText(summary)}`,
    `DESCRIPTION:${escapeIcalText(descriptionOf(clip, locale))}`,
  );
  if (isLinkable(clip.url)) lines.push(`URL:${clip.url}`);
  if (clip.tags.length > 0) lines.push(`CATEGORIES:${clip.tags.map(escapeIcalText).join(',')}`);
  // A deadline is a marker, not a meeting: it must not show the day as busy.
  lines.push('TRANSP:TRANSPARENT');
  if (clip.status !== 'done') {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcalText(`${WORDS[locale].reminder}${summary}`)}`,
      `TRIGGER:${alarmTrigger(alarmDays)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * Dated deadlines as an iCalendar file (RFC 5545): one all-day VEVENT per deadline with a
 * `due` date (ignored clips left out), stable `UID` `<clip id>@policy-lens` so re-imports
 * update rather than duplicate, RRULE for recurring deadlines, a VALARM reminder for those
 * not done, and a DESCRIPTION quoting the sentence with 文号 and link. Range deadlines sit on
 * their due (last) day and name the range in the description.
 */
export function clipsToIcs(clips: readonly Clip[], now: Date, options: IcsOptions = {}): string {
  const locale = options.locale ?? 'zh';
  const requested = options.alarmDaysBefore ?? DEFAULT_ALARM_DAYS;
  const alarmDays = Number.isFinite(requested) && requested >= 0 ? Math.floor(requested) : DEFAULT_ALARM_DAYS;
  const stamp = icalUtcDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Policy Lens//Policy Lens//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcalText(WORDS[locale].calendar)}`,
  ];
  for (const clip of clips) {
    if (clip.kind !== 'deadline' || clip.status === 'ignored' || !clip.due || !parseIsoDate(clip.due))
      continue;
    lines.push(...eventLines(clip, clip.due, stamp, locale, alarmDays));
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcalLine).join('\r\n')}\r\n`;
}
