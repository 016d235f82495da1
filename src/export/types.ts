/** The file formats clips can be exported to. */
export type ExportFormat = 'csv' | 'json' | 'md' | 'ics';

/** Every export format, in menu order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'md', 'ics'];

/** Language of headers and descriptive words in an export. */
export type ExportLocale = 'zh' | 'en';

/** Options shared by every export format. */
export interface ExportOptions {
  /** The moment of export: used for the file name (local time) and for DTSTAMP/exportedAt. */
  now: Date;
  /** Language of headers and descriptions; Chinese by default because the UI is Chinese-first. */
  locale?: ExportLocale;
  /** Days before a deadline that the calendar reminder fires (iCalendar only); default 3. */
  alarmDaysBefore?: number;
}

/** A finished export, ready to hand to a download. */
export interface ExportedFile {
  filename: string;
  /** MIME type including charset where the format needs one. */
  mime: string;
  content: string;
}
