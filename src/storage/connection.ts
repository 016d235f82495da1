import { openPolicyLensDb, type PolicyLensDatabase } from './open-database';
import { isConnectionLost, StorageError, toStorageError } from './storage-error';

/**
 * One lazily (re)opened database connection. When the connection is lost — the database was
 * deleted or upgraded elsewhere, or the browser closed it — the next operation reopens it, and an
 * operation that failed because of the loss is retried once on the new connection.
 */
export class Connection {
  private current: Promise<PolicyLensDatabase> | undefined;
  private closed = false;

  constructor(private readonly factory: IDBFactory) {}

  /** The open database, opening it if needed. */
  open(): Promise<PolicyLensDatabase> {
    if (this.closed) return Promise.reject(new StorageError('unknown', 'The clip store was closed.'));
    if (!this.current) {
      const opening: Promise<PolicyLensDatabase> = openPolicyLensDb(this.factory, () => this.forget(opening));
      // A failed open must not be cached: the next call tries again (e.g. after the blocking tab closed).
      opening.catch(() => this.forget(opening));
      this.current = opening;
    }
    return this.current;
  }

  /** Runs `operation`, reopening and retrying once if the connection was lost under it. */
  async run<T>(operation: (db: PolicyLensDatabase) => Promise<T>): Promise<T> {
    const db = await this.open();
    try {
      return await operation(db);
    } catch (error) {
      if (this.closed || !isConnectionLost(error)) throw toStorageError(error);
      this.forget(this.current);
      let reopened: PolicyLensDatabase;
      try {
        reopened = await this.open();
      } catch (reopenError) {
        throw new StorageError(
          'deleted',
          'The clip database was removed and could not be reopened; reload the page.',
          {
            cause: reopenError,
          },
        );
      }
      try {
        return await operation(reopened);
      } catch (retryError) {
        throw toStorageError(retryError);
      }
    }
  }

  /** Closes the connection for good; later operations fail. */
  close(): void {
    this.closed = true;
    void this.current?.then(
      (db) => db.close(),
      () => {},
    );
    this.current = undefined;
  }

  private forget(opening: Promise<PolicyLensDatabase> | undefined): void {
    if (this.current === opening) this.current = undefined;
  }
}
