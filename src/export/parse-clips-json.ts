import * as v from 'valibot';
import type { Clip } from '../core/clip';
import { clipSchemaV1, clipSchemaV2 } from './clip-schema';
import { findHostileStructure } from './hostile-structure';
import { showValue, type ImportError, type ImportResult } from './import-errors';
import { IMPORT_LIMITS } from './import-limits';
import { issueToError } from './issue-to-error';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION, SUPPORTED_ENVELOPE_VERSIONS } from './json-envelope';
import { jsonSyntaxErrorIndex, lineAndColumn } from './json-syntax-error';
import { upgradeV1Record } from './upgrade-v1';

const fileError = (e: Omit<ImportError, 'recordIndex'>): ImportError => ({ recordIndex: null, ...e });

function failed(errors: ImportError[]): ImportResult {
  if (errors.length <= IMPORT_LIMITS.errors) return { ok: false, errors };
  const shown = errors.slice(0, IMPORT_LIMITS.errors);
  shown.push(
    fileError({ field: null, code: 'tooManyErrors', params: { count: errors.length - shown.length } }),
  );
  return { ok: false, errors: shown };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: ImportError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const index = jsonSyntaxErrorIndex(text);
    const params = index < 0 ? {} : lineAndColumn(text, index);
    return { ok: false, error: fileError({ field: null, code: 'invalidJson', params }) };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the envelope and returns its version and records, or the errors that stop the import. */
function readEnvelope(root: unknown): { version: number; records: unknown[] } | ImportError[] {
  if (!isPlainObject(root) || !('clips' in root || 'format' in root || 'version' in root)) {
    return [fileError({ field: null, code: 'notEnvelope', params: {} })];
  }
  if (root.format !== ENVELOPE_FORMAT) {
    return [
      fileError({ field: 'format', code: 'unknownFormat', params: { received: showValue(root.format) } }),
    ];
  }
  const version = root.version;
  if (typeof version !== 'number' || !SUPPORTED_ENVELOPE_VERSIONS.includes(version)) {
    const params = {
      version: showValue(version),
      supported: SUPPORTED_ENVELOPE_VERSIONS.join(', '),
      latest: ENVELOPE_VERSION,
    };
    return [fileError({ field: 'version', code: 'unsupportedVersion', params })];
  }
  const records = root.clips;
  if (!Array.isArray(records)) {
    return [
      fileError({
        field: 'clips',
        code: 'wrongType',
        params: { expected: 'Array', received: showValue(records) },
      }),
    ];
  }
  if (records.length > IMPORT_LIMITS.records) {
    return [
      fileError({
        field: 'clips',
        code: 'tooManyRecords',
        params: { count: records.length, limit: IMPORT_LIMITS.records },
      }),
    ];
  }
  if (root.count !== undefined && root.count !== records.length) {
    return [
      fileError({
        field: 'count',
        code: 'countMismatch',
        params: { expected: showValue(root.count), actual: records.length },
      }),
    ];
  }
  return { version, records };
}

/**
 * Reads a JSON export back into clips. All or nothing: any problem anywhere yields
 * `{ok: false, errors}` listing every problem found (record index, field, code, params; see
 * `formatImportError`), and no clip. Accepts envelope v2 (complete clips) and v1 (minimal
 * records, upgraded with defaults); refuses other versions, oversize or deeply nested files,
 * and `__proto__`-style keys. Strings are data: a `<script>` in a note comes back as text.
 * A leading byte-order mark (Windows editors add one) is ignored.
 */
export function parseClipsJson(text: string): ImportResult {
  if (text.length > IMPORT_LIMITS.fileChars) {
    return failed([
      fileError({
        field: null,
        code: 'tooLarge',
        params: { size: text.length, limit: IMPORT_LIMITS.fileChars },
      }),
    ]);
  }
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return failed([parsed.error]);

  const hostile = findHostileStructure(parsed.value, IMPORT_LIMITS.depth);
  if (hostile.length > 0) return failed(hostile);

  const envelope = readEnvelope(parsed.value);
  if (Array.isArray(envelope)) return failed(envelope);

  const clips: Clip[] = [];
  const errors: ImportError[] = [];
  envelope.records.forEach((record, recordIndex) => {
    if (envelope.version === 1) {
      const result = v.safeParse(clipSchemaV1, record);
      if (result.success) clips.push(upgradeV1Record(result.output));
      else errors.push(...result.issues.map((issue) => issueToError(issue, recordIndex)));
    } else {
      const result = v.safeParse(clipSchemaV2, record);
      if (result.success) clips.push(result.output);
      else errors.push(...result.issues.map((issue) => issueToError(issue, recordIndex)));
    }
  });
  if (errors.length > 0) return failed(errors);
  return { ok: true, clips, version: envelope.version };
}
