import type { Clip } from '../core/clip';
import { clipsToCsv } from './csv';
import { exportFilename } from './filename';
import { clipsToIcs } from './ical';
import { clipsToJson } from './json-envelope';
import { clipsToMarkdown } from './markdown';
import type { ExportedFile, ExportFormat, ExportOptions } from './types';

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  md: 'text/markdown;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

/**
 * Exports clips in one format, with a dated file name and MIME type ready for a download.
 * Clips are written in the order given (sort them first); Markdown groups them by document.
 */
export function exportClips(clips: readonly Clip[], format: ExportFormat, opts: ExportOptions): ExportedFile {
  const locale = opts.locale ?? 'zh';
  const content = (() => {
    switch (format) {
      case 'csv':
        return clipsToCsv(clips, locale);
      case 'json':
        return clipsToJson(clips, opts.now);
      case 'md':
        return clipsToMarkdown(clips, opts.now, locale);
      case 'ics':
        return clipsToIcs(clips, opts.now, { locale, alarmDaysBefore: opts.alarmDaysBefore });
    }
  })();
  return { filename: exportFilename(opts.now, format), mime: MIME[format], content };
}
