/**
 * Hand-written CSV cell encoding: RFC 4180 quoting is a dozen lines, and papaparse's
 * unparser would add ~45 kB to the extension bundle for no gain (papaparse stays a dev
 * dependency, used by tests to read our output back).
 */

/** Leading characters that make Excel, WPS and LibreOffice evaluate a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain decimal number such as `-5` or `-0.5`: inert in every spreadsheet. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Neutralises a cell that a spreadsheet would run as a formula (OWASP "CSV injection") by
 * prefixing `'`, which Excel and WPS hide and treat as "this is text".
 * In numeric columns a plain negative number such as `-5` is left alone: it cannot be a
 * formula, and a `'` would turn it into text that no longer sums or sorts as a number.
 */
export function neutraliseFormula(cell: string, numeric = false): string {
  if (numeric && PLAIN_NUMBER.test(cell)) return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Quotes a cell per RFC 4180 when it holds a quote, comma, CR or LF; doubles inner quotes. */
export function quoteCsvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One CSV record: cells neutralised by the caller, joined by commas, terminated by CRLF. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(quoteCsvCell).join(',')}\r\n`;
}
