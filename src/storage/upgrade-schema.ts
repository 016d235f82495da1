import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { migrateV1Record } from './migrate-v1-record';
import { CLIPS, type PolicyLensDB, type StoredClip, type V1ClipRecord } from './schema';
import { toStoredClip } from './stored-clip';

type UpgradeTransaction = IDBPTransaction<PolicyLensDB, ['clips'], 'versionchange'>;

/**
 * The schema ladder: one `if (oldVersion < N)` step per version, run in order inside the
 * version-change transaction. A shipped step is never edited; a change is a new step.
 * Returns a promise so the opener can abort the upgrade when a step's data pass fails.
 */
export async function upgradeSchema(
  db: IDBPDatabase<PolicyLensDB>,
  oldVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  if (oldVersion < 1) {
    // v1 (foundation): clips by id, looked up by page URL.
    const clips = db.createObjectStore(CLIPS, { keyPath: 'id' });
    clips.createIndex('by-url', 'url');
  }
  if (oldVersion < 2) {
    // v2: full Clip records, dedupe by span, and the indexes the library and revisits use.
    const clips = tx.objectStore(CLIPS);
    // Indexes first: createIndex needs the transaction active, which is only certain before
    // the first await. Records lack the new key paths until the backfill rewrites them.
    clips.createIndex('by-created', 'createdAt');
    clips.createIndex('by-due', 'due');
    clips.createIndex('by-status', 'status');
    clips.createIndex('by-span', 'spanKey', { unique: true });
    clips.createIndex('by-tag', 'tags', { multiEntry: true });
    clips.createIndex('by-doc', 'docKey');
    await backfillV1Records(tx);
  }
}

/**
 * Rewrites every v1 record as a v2 record. v1 never deduplicated, so two records can share a
 * text-based span key; the later one gets its id appended to the key so the unique index can
 * be built and no record is dropped.
 */
async function backfillV1Records(tx: UpgradeTransaction): Promise<void> {
  const seen = new Set<string>();
  let cursor = await tx.objectStore(CLIPS).openCursor();
  while (cursor) {
    const stored: StoredClip = toStoredClip(migrateV1Record(cursor.value as unknown as V1ClipRecord));
    if (seen.has(stored.spanKey)) stored.spanKey = `${stored.spanKey}#id=${stored.id}`;
    seen.add(stored.spanKey);
    await cursor.update(stored);
    cursor = await cursor.continue();
  }
}
