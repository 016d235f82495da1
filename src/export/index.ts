/**
 * Export and import formats of the clip library: CSV, JSON (lossless, re-importable),
 * Markdown and iCalendar, plus the words that describe a clip's meaning.
 * Pure functions only: storage writes what `planImport` decides, the UI downloads what
 * `exportClips` returns.
 */
export type { ExportFormat, ExportLocale, ExportOptions, ExportedFile } from './types';
export { EXPORT_FORMATS } from './types';
export { exportClips } from './export-clips';
export { exportFilename } from './filename';
export { describeMeaning, describeRecurrence, type MeaningSource } from './describe-meaning';
export { parseClipsJson } from './parse-clips-json';
export {
  formatImportError,
  type ImportError,
  type ImportErrorCode,
  type ImportErrorParams,
  type ImportResult,
} from './import-errors';
export { planImport, type ImportPlan } from './plan-import';
export { ENVELOPE_FORMAT, ENVELOPE_VERSION, type ClipsEnvelope } from './json-envelope';
