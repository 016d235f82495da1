/**
 * What went wrong in storage, as the UI explains it:
 * `quota` — the browser's storage is full; nothing was written.
 * `blocked` — another tab holds an older version of the database open.
 * `deleted` — the database was removed and could not be reopened.
 * `validation` — the clip breaks a rule (see {@link StorageError.problems}).
 * `not-found` — the clip no longer exists (removed in another tab).
 * `unknown` — anything else; `cause` holds the original error.
 */
export type StorageErrorCode = 'quota' | 'blocked' | 'deleted' | 'validation' | 'not-found' | 'unknown';

/** A storage fault with a code the UI can turn into a message. */
export class StorageError extends Error {
  override name = 'StorageError';
  readonly code: StorageErrorCode;
  /** For `validation`: each rule the input broke. */
  readonly problems: string[];

  constructor(
    code: StorageErrorCode,
    message: string,
    options: { cause?: unknown; problems?: string[] } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.problems = options.problems ?? [];
  }
}

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Maps an IndexedDB failure (DOMException, idb rejection, aborted transaction) to a
 * {@link StorageError}. Browsers report a full disk either as the request's
 * `QuotaExceededError` or as an aborted transaction whose message mentions the quota.
 */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const message = errorMessage(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return new StorageError(
      'quota',
      'Browser storage is full: the clip was not saved. Free some disk space or export and remove old clips.',
      { cause: error },
    );
  }
  if (name === 'ConstraintError') {
    return new StorageError('validation', `A clip with the same id or span already exists: ${message}`, {
      cause: error,
    });
  }
  if (name === 'VersionError') {
    return new StorageError(
      'blocked',
      'A newer version of Policy Lens has upgraded the clip database; reload this page.',
      { cause: error },
    );
  }
  return new StorageError('unknown', `Clip storage failed: ${message}`, { cause: error });
}

/** True for errors that mean our connection is gone (closed for a version change, deleted, force-closed). */
export function isConnectionLost(error: unknown): boolean {
  return (
    errorName(error) === 'InvalidStateError' || /connection is clos|database.*clos/i.test(errorMessage(error))
  );
}
