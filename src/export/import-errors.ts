import type { Clip } from '../core/clip';
import type { ExportLocale } from './types';

/** What can be wrong with an imported file or one of its records. */
export type ImportErrorCode =
  | 'invalidJson'
  | 'tooLarge'
  | 'tooDeep'
  | 'tooManyRecords'
  | 'tooManyErrors'
  | 'notEnvelope'
  | 'unknownFormat'
  | 'unsupportedVersion'
  | 'countMismatch'
  | 'forbiddenKey'
  | 'missingField'
  | 'wrongType'
  | 'invalidValue'
  | 'invalidDate'
  | 'invalidTimestamp'
  | 'invalidUrl'
  | 'emptyString'
  | 'tooLong'
  | 'tooMany'
  | 'notInteger'
  | 'outOfRange'
  | 'invertedRange';

/** Values a message is built from; kept apart so the UI can format them its own way. */
export type ImportErrorParams = Record<string, string | number>;

/** One thing wrong with an import, in a form the UI can show, sort and translate. */
export interface ImportError {
  /** 0-based index of the record in `clips`; `null` for problems with the file as a whole. */
  recordIndex: number | null;
  /** Path of the field inside the record (`anchor.start`, `range[1]`), or of the envelope field. */
  field: string | null;
  code: ImportErrorCode;
  params: ImportErrorParams;
}

/** Outcome of parsing an import file: all clips, or every error found (nothing partial). */
export type ImportResult =
  { ok: true; clips: Clip[]; version: number } | { ok: false; errors: ImportError[] };

const TYPE_WORDS_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '布尔值',
  Object: '对象',
  object: '对象',
  Array: '数组',
  null: 'null',
  undefined: '空',
};

function typeWordZh(type: string | number | undefined): string {
  const text = String(type ?? '');
  return text
    .split(' | ')
    .map((part) => TYPE_WORDS_ZH[part] ?? part)
    .join(' 或 ');
}

type MessageTable = Record<ImportErrorCode, (p: ImportErrorParams) => string>;

const ZH: MessageTable = {
  invalidJson: (p) =>
    p.line === undefined
      ? '不是有效的 JSON 文件'
      : `不是有效的 JSON 文件（第 ${p.line} 行第 ${p.column} 列附近有语法错误）`,
  tooLarge: (p) => `文件过大：${p.size} 个字符，上限 ${p.limit}`,
  tooDeep: (p) => `嵌套层级超过 ${p.limit} 层，不是政策透镜导出的文件`,
  tooManyRecords: (p) => `记录过多：${p.count} 条，上限 ${p.limit} 条`,
  tooManyErrors: (p) => `另有 ${p.count} 处错误未列出`,
  notEnvelope: () => '不是政策透镜导出的文件：顶层应为含 format、version、clips 的对象',
  unknownFormat: (p) => `format 应为 "policy-lens-clips"，实为 ${p.received}`,
  unsupportedVersion: (p) =>
    `不支持的文件版本 ${p.version}（本版本支持 ${p.supported}）` +
    (Number(p.version) > Number(p.latest) ? '，请先升级政策透镜' : ''),
  countMismatch: (p) => `count 写明 ${p.expected} 条，实有 ${p.actual} 条（文件可能被截断或改动）`,
  forbiddenKey: (p) => `含有不允许的键名 "${p.key}"`,
  missingField: () => '缺少必填字段',
  wrongType: (p) => `类型错误：应为${typeWordZh(p.expected)}，实为 ${p.received}`,
  invalidValue: (p) => `取值 ${p.received} 无效，应为 ${p.allowed} 之一`,
  invalidDate: (p) => `${p.received} 不是有效日期（应为真实存在的 YYYY-MM-DD 日期）`,
  invalidTimestamp: (p) => `${p.received} 不是有效时间（应为 ISO 8601，如 2024-05-01T08:30:00.000Z）`,
  invalidUrl: (p) => `${p.received} 不是有效网址（只接受 http、https、file 网址）`,
  emptyString: () => '不能为空',
  tooLong: (p) => `过长：${p.length} 个字符，上限 ${p.limit}`,
  tooMany: (p) => `条目过多：${p.count} 个，上限 ${p.limit}`,
  notInteger: (p) => `应为整数，实为 ${p.received}`,
  outOfRange: (p) => `${p.received} 超出范围（应在 ${p.min} 至 ${p.max} 之间）`,
  invertedRange: (p) => `起点 ${p.start} 晚于终点 ${p.end}`,
};

const EN: MessageTable = {
  invalidJson: (p) =>
    p.line === undefined
      ? 'not valid JSON'
      : `not valid JSON (syntax error near line ${p.line}, column ${p.column})`,
  tooLarge: (p) => `file too large: ${p.size} characters, limit ${p.limit}`,
  tooDeep: (p) => `nested deeper than ${p.limit} levels; not a Policy Lens export`,
  tooManyRecords: (p) => `too many records: ${p.count}, limit ${p.limit}`,
  tooManyErrors: (p) => `${p.count} more errors not listed`,
  notEnvelope: () => 'not a Policy Lens export: expected an object with format, version and clips',
  unknownFormat: (p) => `format should be "policy-lens-clips", got ${p.received}`,
  unsupportedVersion: (p) =>
    `unsupported file version ${p.version} (this version reads ${p.supported})` +
    (Number(p.version) > Number(p.latest) ? '; please update Policy Lens' : ''),
  countMismatch: (p) =>
    `count says ${p.expected} records but the file has ${p.actual} (truncated or edited?)`,
  forbiddenKey: (p) => `forbidden key "${p.key}"`,
  missingField: () => 'required field is missing',
  wrongType: (p) => `wrong type: expected ${p.expected}, got ${p.received}`,
  invalidValue: (p) => `invalid value ${p.received}; expected one of ${p.allowed}`,
  invalidDate: (p) => `${p.received} is not a valid date (expected a real YYYY-MM-DD date)`,
  invalidTimestamp: (p) =>
    `${p.received} is not a valid timestamp (expected ISO 8601, e.g. 2024-05-01T08:30:00.000Z)`,
  invalidUrl: (p) => `${p.received} is not a valid URL (only http, https and file URLs)`,
  emptyString: () => 'must not be empty',
  tooLong: (p) => `too long: ${p.length} characters, limit ${p.limit}`,
  tooMany: (p) => `too many items: ${p.count}, limit ${p.limit}`,
  notInteger: (p) => `expected an integer, got ${p.received}`,
  outOfRange: (p) => `${p.received} is out of range (${p.min} to ${p.max})`,
  invertedRange: (p) => `start ${p.start} is after end ${p.end}`,
};

function where(e: ImportError, locale: ExportLocale): string {
  // Records are numbered from 1 for people; `recordIndex` stays 0-based for code.
  if (locale === 'zh') {
    const record = e.recordIndex === null ? '文件' : `第 ${e.recordIndex + 1} 条记录`;
    return e.field ? `${record}，字段 ${e.field}` : record;
  }
  const record = e.recordIndex === null ? 'File' : `Record ${e.recordIndex + 1}`;
  return e.field ? `${record}, field ${e.field}` : record;
}

/**
 * One import error as a sentence, Chinese by default:
 * `第 3 条记录，字段 due：2017-02-30 不是有效日期（应为真实存在的 YYYY-MM-DD 日期）`.
 */
export function formatImportError(e: ImportError, locale: ExportLocale = 'zh'): string {
  const message = (locale === 'zh' ? ZH : EN)[e.code](e.params);
  if (e.code === 'tooManyErrors') return message;
  return locale === 'zh' ? `${where(e, locale)}：${message}` : `${where(e, locale)}: ${message}`;
}

/** A value as it appears in an error message: JSON, cut to a readable length. */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
