import * as v from 'valibot';
import { COMPARATORS } from '../core/annotation';
import { CLIP_STATUSES } from '../core/clip';
import { parseIsoDate } from '../library/local-date';
import type { ImportErrorCode, ImportErrorParams } from './import-errors';
import { IMPORT_LIMITS as L } from './import-limits';
import { isIsoTimestamp } from './iso-timestamp';

/**
 * valibot carries only a message string per failed check; we put the structured error code
 * and its parameters there as JSON and decode it in `issue-to-error.ts`, so messages are
 * written once, in both languages, by `formatImportError`.
 */
export function failure(code: ImportErrorCode, params: ImportErrorParams = {}): string {
  return JSON.stringify({ code, params });
}

const ACCEPTED_URL_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** Clips come from web pages; anything else (`javascript:`) is refused before the UI links it. */
function isAcceptedUrl(text: string): boolean {
  try {
    return ACCEPTED_URL_SCHEMES.has(new URL(text).protocol);
  } catch {
    return false;
  }
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, failure('tooLong', { limit: max })));
const nonEmptyText = (max: number) => v.pipe(text(max), v.minLength(1, failure('emptyString')));
const isoDate = v.pipe(
  v.string(),
  v.check((s) => parseIsoDate(s) !== undefined, failure('invalidDate')),
);
const timestamp = v.pipe(v.string(), v.check(isIsoTimestamp, failure('invalidTimestamp')));
const url = v.pipe(nonEmptyText(L.urlChars), v.check(isAcceptedUrl, failure('invalidUrl')));
// JSON.parse turns 1e400 into Infinity; it must not reach storage as a number.
const finiteNumber = v.pipe(v.number(), v.finite(failure('wrongType', { expected: 'number' })));
const integerIn = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.integer(failure('notInteger')),
    v.minValue(min, failure('outOfRange', { min, max })),
    v.maxValue(max, failure('outOfRange', { min, max })),
  );

const kind = v.picklist(['deadline', 'target']);
const comparator = v.picklist(COMPARATORS);
const value = v.union(
  [
    finiteNumber,
    v.pipe(v.array(finiteNumber), v.maxLength(L.values, failure('tooMany', { limit: L.values }))),
  ],
  failure('wrongType', { expected: 'number | number[]' }),
);

const recurrence = v.object({
  freq: v.picklist(['yearly', 'quarterly', 'monthly', 'weekly']),
  month: v.optional(integerIn(1, 12)),
  day: v.optional(
    v.union(
      [integerIn(1, 31), v.literal('last')],
      failure('wrongType', { expected: 'integer 1–31 | "last"' }),
    ),
  ),
  weekday: v.optional(integerIn(1, 7)),
});

const range = v.pipe(
  v.strictTuple([isoDate, isoDate], failure('wrongType', { expected: '[YYYY-MM-DD, YYYY-MM-DD]' })),
  v.check(([first, last]) => first <= last, failure('invertedRange')),
);

const anchor = v.pipe(
  v.object({
    quote: text(L.textChars),
    prefix: text(L.shortChars),
    suffix: text(L.shortChars),
    // -1 marks offsets unknown (clips migrated from schema v1, see library/span-key).
    start: integerIn(-1, Number.MAX_SAFE_INTEGER),
    end: integerIn(-1, Number.MAX_SAFE_INTEGER),
  }),
  v.forward(
    v.check((a) => a.start < 0 || a.end >= a.start, failure('invertedRange')),
    ['end'],
  ),
);

const doc = v.object({
  url,
  site: text(L.shortChars),
  title: v.optional(text(L.shortChars)),
  docNumber: v.optional(text(L.shortChars)),
  issuer: v.optional(text(L.shortChars)),
  writtenDate: v.optional(isoDate),
  publishedDate: v.optional(isoDate),
});

/** A complete clip as envelope v2 stores it. Unknown keys are dropped, never passed on. */
export const clipSchemaV2 = v.object({
  id: nonEmptyText(L.idChars),
  kind,
  text: nonEmptyText(L.textChars),
  context: text(L.textChars),
  url,
  doc,
  anchor,
  due: v.optional(v.nullable(isoDate)),
  range: v.optional(range),
  recurring: v.optional(recurrence),
  relative: v.optional(v.boolean()),
  yearMissing: v.optional(v.boolean()),
  metric: v.optional(text(L.shortChars)),
  comparator: v.optional(comparator),
  value: v.optional(value),
  unit: v.optional(text(L.shortChars)),
  note: text(L.noteChars),
  tags: v.pipe(v.array(text(L.shortChars)), v.maxLength(L.tags, failure('tooMany', { limit: L.tags }))),
  status: v.picklist(CLIP_STATUSES),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** The minimal record of envelope v1 (storage schema v1); the rest is filled in on import. */
export const clipSchemaV1 = v.object({
  id: nonEmptyText(L.idChars),
  kind,
  text: nonEmptyText(L.textChars),
  url,
  createdAt: timestamp,
  due: v.optional(v.nullable(isoDate)),
  metric: v.optional(text(L.shortChars)),
  comparator: v.optional(comparator),
  value: v.optional(value),
  unit: v.optional(text(L.shortChars)),
  title: v.optional(text(L.shortChars)),
});

/** A record of envelope v1 after validation. */
export type ClipRecordV1 = v.InferOutput<typeof clipSchemaV1>;
