import type { Clip, ClipStatus } from '../core/clip';
import type { AnnotationKind } from '../core/annotation';
import { csvRow, neutraliseFormula } from './csv-cell';
import { describeRecurrence } from './describe-meaning';
import type { ExportLocale } from './types';

/** UTF-8 byte-order mark: without it Excel and WPS read UTF-8 Chinese as GBK mojibake. */
export const UTF8_BOM = '\uFEFF';

const KIND_WORDS: Record<AnnotationKind, Record<ExportLocale, string>> = {
  deadline: { zh: '期限', en: 'deadline' },
  target: { zh: '目标', en: 'target' },
};

const STATUS_WORDS: Record<ClipStatus, Record<ExportLocale, string>> = {
  todo: { zh: '待办', en: 'todo' },
  done: { zh: '已完成', en: 'done' },
  ignored: { zh: '已忽略', en: 'ignored' },
};

interface CsvColumn {
  zh: string;
  en: string;
  /** Numeric columns keep plain negative numbers as numbers (see `neutraliseFormula`). */
  numeric?: boolean;
  cell(clip: Clip, locale: ExportLocale): string;
}

/** The columns of the CSV export, in order. */
const COLUMNS: readonly CsvColumn[] = [
  { zh: '类型', en: 'Kind', cell: (c, l) => KIND_WORDS[c.kind][l] },
  { zh: '原文', en: 'Text', cell: (c) => c.text },
  { zh: '截止日期', en: 'Due', cell: (c) => c.due ?? '' },
  { zh: '周期', en: 'Recurring', cell: (c, l) => (c.recurring ? describeRecurrence(c.recurring, l) : '') },
  { zh: '指标', en: 'Metric', cell: (c) => c.metric ?? '' },
  { zh: '比较', en: 'Comparator', cell: (c) => c.comparator ?? '' },
  {
    zh: '数值',
    en: 'Value',
    numeric: true,
    cell: (c) => (c.value === undefined ? '' : Array.isArray(c.value) ? c.value.join('; ') : String(c.value)),
  },
  { zh: '单位', en: 'Unit', cell: (c) => c.unit ?? '' },
  { zh: '文件标题', en: 'Document title', cell: (c) => c.doc.title ?? '' },
  { zh: '文号', en: 'Document number', cell: (c) => c.doc.docNumber ?? '' },
  { zh: '发文机关', en: 'Issuer', cell: (c) => c.doc.issuer ?? '' },
  { zh: '文件日期', en: 'Document date', cell: (c) => c.doc.writtenDate ?? c.doc.publishedDate ?? '' },
  { zh: '链接', en: 'URL', cell: (c) => c.url },
  { zh: '备注', en: 'Note', cell: (c) => c.note },
  { zh: '标签', en: 'Tags', cell: (c) => c.tags.join('; ') },
  { zh: '状态', en: 'Status', cell: (c, l) => STATUS_WORDS[c.status][l] },
  { zh: '创建时间', en: 'Created', cell: (c) => c.createdAt },
];

/** The header row's cells for a locale (exported for tests and the UI's column preview). */
export function csvHeaders(locale: ExportLocale = 'zh'): string[] {
  return COLUMNS.map((column) => column[locale]);
}

/**
 * Clips as a spreadsheet-safe CSV: UTF-8 with BOM, CRLF records, RFC 4180 quoting, formula
 * injection neutralised. Headers and enumerated words are Chinese by default.
 */
export function clipsToCsv(clips: readonly Clip[], locale: ExportLocale = 'zh'): string {
  const rows = [csvRow(csvHeaders(locale))];
  for (const clip of clips) {
    rows.push(csvRow(COLUMNS.map((column) => neutraliseFormula(column.cell(clip, locale), column.numeric))));
  }
  return UTF8_BOM + rows.join('');
}
