import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, DB_VERSION, type PolicyLensDB } from './schema';
import { StorageError, toStorageError } from './storage-error';
import { upgradeSchema } from './upgrade-schema';

/** An open v2 database, typed. */
export type PolicyLensDatabase = IDBPDatabase<PolicyLensDB>;

/**
 * Opens (creating or upgrading) the clip database through `factory`. idb's `openDB` always uses
 * the global `indexedDB`, so this replicates it over a given factory (tests pass a fresh
 * fake-indexeddb factory per test).
 *
 * - If another connection blocks the upgrade, rejects at once with a `blocked` StorageError
 *   instead of hanging; should the upgrade go through later, that late connection is closed.
 * - The connection closes itself on `versionchange` (a newer version or a deletion elsewhere) so
 *   it never blocks anyone, and calls `onLost` then and when the browser force-closes it.
 */
export function openPolicyLensDb(factory: IDBFactory, onLost: () => void): Promise<PolicyLensDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let upgradeFailure: unknown;
    const request = factory.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = (event) => {
      const tx = wrap(request.transaction!) as unknown as IDBPTransaction<
        PolicyLensDB,
        ['clips'],
        'versionchange'
      >;
      // idb gives every wrapped transaction a `done` promise; an aborted upgrade is reported
      // through the open request below, so its rejection here is expected and handled.
      tx.done.catch(() => {});
      upgradeSchema(wrap(request.result) as unknown as PolicyLensDatabase, event.oldVersion, tx).catch(
        (error: unknown) => {
          // A half-run step must not commit: aborting rolls the whole upgrade back to the old version.
          upgradeFailure = error;
          try {
            request.transaction?.abort();
          } catch {
            // already finished
          }
        },
      );
    };
    request.onblocked = () => {
      if (settled) return;
      settled = true;
      reject(
        new StorageError(
          'blocked',
          'The clip database cannot be upgraded while an older Policy Lens page is open in another tab. Close or reload the other Policy Lens tabs, then try again.',
        ),
      );
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      db.onversionchange = () => {
        db.close();
        onLost();
      };
      db.onclose = () => onLost();
      resolve(wrap(db) as unknown as PolicyLensDatabase);
    };
    request.onerror = () => {
      if (settled) return;
      settled = true;
      reject(toStorageError(upgradeFailure ?? request.error));
    };
  });
}
