import { describe, expect, test } from 'vitest';
import { isConnectionLost, StorageError, toStorageError } from '../../../src/storage/storage-error';

describe('toStorageError', () => {
  test.each([
    [new DOMException('exceeded', 'QuotaExceededError'), 'quota'],
    // Chrome aborts the transaction; the message carries the cause.
    [new DOMException('Transaction aborted: quota exceeded', 'AbortError'), 'quota'],
    [new DOMException('key already exists', 'ConstraintError'), 'validation'],
    [new DOMException('requested version is less than existing', 'VersionError'), 'blocked'],
    [new DOMException('internal', 'UnknownError'), 'unknown'],
    [new Error('boom'), 'unknown'],
    ['a string', 'unknown'],
  ] as const)('%s → %s', (error, code) => {
    const mapped = toStorageError(error);
    expect(mapped).toBeInstanceOf(StorageError);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(error);
  });

  test('a StorageError passes through unchanged', () => {
    const error = new StorageError('not-found', 'gone');
    expect(toStorageError(error)).toBe(error);
  });
});

describe('isConnectionLost', () => {
  test.each([
    [new DOMException('The database connection is closing.', 'InvalidStateError'), true],
    [new DOMException('exceeded', 'QuotaExceededError'), false],
    [new Error('boom'), false],
  ])('%s → %s', (error, lost) => {
    expect(isConnectionLost(error)).toBe(lost);
  });
});
