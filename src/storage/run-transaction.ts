import type { IDBPObjectStore } from 'idb';
import type { PolicyLensDatabase } from './open-database';
import { CLIPS, type PolicyLensDB } from './schema';

/** The clips store inside a transaction of the given mode. */
export type ClipsStore<Mode extends IDBTransactionMode> = IDBPObjectStore<
  PolicyLensDB,
  ['clips'],
  'clips',
  Mode
>;

/**
 * Runs `work` in one transaction on the clips store and resolves once the transaction has
 * committed. If `work` throws, the transaction is aborted so nothing it wrote survives
 * (import is all-or-nothing; a quota failure leaves no half-written record).
 */
export async function runTransaction<T, Mode extends IDBTransactionMode>(
  db: PolicyLensDatabase,
  mode: Mode,
  work: (store: ClipsStore<Mode>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(CLIPS, mode);
  try {
    // Awaiting both also handles tx.done's rejection, which would otherwise go unhandled.
    const [result] = await Promise.all([work(tx.store as ClipsStore<Mode>), tx.done]);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    throw error;
  }
}
