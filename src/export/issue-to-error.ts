import type * as v from 'valibot';
import { showValue, type ImportError, type ImportErrorCode, type ImportErrorParams } from './import-errors';

interface EncodedFailure {
  code: ImportErrorCode;
  params: ImportErrorParams;
}

function decodeFailure(message: string): EncodedFailure | null {
  if (!message.startsWith('{"code"')) return null;
  try {
    return JSON.parse(message) as EncodedFailure;
  } catch {
    return null;
  }
}

/** `anchor.start`, `range[1]`, `tags[2]`: the path as a person would write it. */
export function fieldPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

function rangeEnds(input: unknown): ImportErrorParams {
  if (Array.isArray(input)) return { start: showValue(input[0]), end: showValue(input[1]) };
  const { start, end } = (input ?? {}) as { start?: unknown; end?: unknown };
  return { start: showValue(start), end: showValue(end) };
}

/** Turns one valibot issue of record `recordIndex` into a structured import error. */
export function issueToError(issue: v.BaseIssue<unknown>, recordIndex: number | null): ImportError {
  const field = issue.path ? fieldPath(issue.path.map((item) => item.key)) : null;
  const base = { recordIndex, field: field || null };
  const encoded = decodeFailure(issue.message);
  if (encoded) {
    const params: ImportErrorParams = { received: showValue(issue.input), ...encoded.params };
    if (typeof issue.input === 'string') params.length = issue.input.length;
    if (Array.isArray(issue.input)) params.count = issue.input.length;
    if (encoded.code === 'invertedRange') Object.assign(params, rangeEnds(issue.input));
    if (encoded.code === 'wrongType' && !('expected' in params)) params.expected = issue.expected ?? '';
    return { ...base, code: encoded.code, params };
  }
  if (issue.received === 'undefined' && issue.type === 'object') {
    return { ...base, code: 'missingField', params: {} };
  }
  if (issue.type === 'picklist' || issue.type === 'literal') {
    return {
      ...base,
      code: 'invalidValue',
      params: {
        received: showValue(issue.input),
        allowed: (issue.expected ?? '').replace(/^\((.*)\)$/, '$1'),
      },
    };
  }
  return { ...base, code: 'wrongType', params: { expected: issue.expected ?? '', received: issue.received } };
}
