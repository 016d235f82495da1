import type { ExportFormat } from './types';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Download name of an export, `policy-lens-clips-YYYYMMDD-HHmm.<ext>`, in the local time of
 * `now` so it matches the clock the user sees.
 */
export function exportFilename(now: Date, format: ExportFormat): string {
  const date = `${now.getFullYear()}${pad2(now.getMonth() + 1)}${pad2(now.getDate())}`;
  const time = `${pad2(now.getHours())}${pad2(now.getMinutes())}`;
  return `policy-lens-clips-${date}-${time}.${format}`;
}
