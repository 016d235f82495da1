import { parseIsoDate } from '../library/local-date';

const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

/**
 * True when `text` is an ISO 8601 date-time with a zone that names a real instant, as
 * `Date.prototype.toISOString` writes it (`2024-05-01T08:30:00.000Z`; offsets allowed).
 * `Date.parse` alone is too lenient: it accepts `2017-02-30T00:00Z` and free-form text.
 */
export function isIsoTimestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  return match !== null && parseIsoDate(match[1] ?? '') !== undefined && !Number.isNaN(Date.parse(text));
}

/** `now` as a UTC ISO 8601 timestamp. */
export function toIsoTimestamp(now: Date): string {
  return now.toISOString();
}
