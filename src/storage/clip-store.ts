import type { Clip } from '../core/clip';
import { normalizeDocUrl, textSpanKey } from '../library/span-key';
import { createClipChangePublisher, type ClipChange } from './clip-changes';
import { Connection } from './connection';
import { runTransaction, type ClipsStore } from './run-transaction';
import type { StoredClip } from './schema';
import { StorageError } from './storage-error';
import { fromStoredClip, toStoredClip } from './stored-clip';
import { validateClip } from './validate-clip';

export { DB_NAME, DB_VERSION } from './schema';

/** The fields a reader may edit on a saved clip. */
export type ClipPatch = Partial<Pick<Clip, 'note' | 'tags' | 'status' | 'text' | 'due'>>;

/** The saved clips of this browser profile. Every method rejects with a {@link StorageError}. */
export interface ClipStore {
  /** Saves a new clip; if the same span of the same document exists, returns it with created:false. */
  save(clip: Clip): Promise<{ clip: Clip; created: boolean }>;
  get(id: string): Promise<Clip | undefined>;
  /** All clips, oldest first. */
  list(): Promise<Clip[]>;
  /** The clips of one page (compared without #hash), for re-highlighting on revisit. */
  listByUrl(url: string): Promise<Clip[]>;
  /** Applies a reader's edit and stamps `updatedAt`; `not-found` if the clip is gone. */
  update(id: string, patch: ClipPatch): Promise<Clip>;
  /** Removes clips; returns those that existed (for undo). */
  remove(ids: string[]): Promise<Clip[]>;
  /** Undo of remove: puts the clips back unless the same id or span is saved again meanwhile. */
  restore(clips: Clip[]): Promise<void>;
  /**
   * Adds clips in ONE transaction, all-or-nothing; clips whose id or span already exists are
   * skipped. Any invalid clip rejects the whole import with `validation` before anything is written.
   */
  importAll(clips: Clip[]): Promise<{ added: number; skipped: number }>;
  clear(): Promise<void>;
  close(): void;
}

/** Options of {@link openClipStore}. */
export interface OpenClipStoreOptions {
  /** Defaults to the global `indexedDB`; tests pass a fresh fake-indexeddb factory. */
  idbFactory?: IDBFactory;
  /** Called after each committed change made through this store. Other pages use `subscribeClipChanges`. */
  onChange?: (e: ClipChange) => void;
  /** Clock for `updatedAt`; defaults to the system clock. */
  now?: () => Date;
}

const PATCH_KEYS = ['note', 'tags', 'status', 'text', 'due'] as const;

function validated(clip: unknown, label = 'clip'): Clip {
  const result = validateClip(clip);
  if (result.ok) return result.clip;
  throw new StorageError('validation', `The ${label} was rejected: ${result.problems.join('; ')}`, {
    problems: result.problems,
  });
}

/** A same-span clip already stored: exact key first, then a v1 clip of the same text (no anchor yet). */
async function findSameSpan(
  store: ClipsStore<IDBTransactionMode>,
  record: StoredClip,
): Promise<StoredClip | undefined> {
  const bySpan = store.index('by-span');
  const exact = await bySpan.get(record.spanKey);
  if (exact || record.anchor.start < 0) return exact;
  return bySpan.get(textSpanKey(record));
}

/** Gives a migrated v1 clip the anchor of a fresh save of the same text, keeping the reader's note, tags and status. */
function anchorLegacyClip(legacy: StoredClip, fresh: StoredClip, now: Date): StoredClip {
  return toStoredClip({
    ...fromStoredClip(legacy),
    anchor: fresh.anchor,
    context: legacy.context || fresh.context,
    doc: {
      ...fresh.doc,
      ...Object.fromEntries(Object.entries(legacy.doc).filter(([, v]) => v !== undefined && v !== '')),
    },
    updatedAt: now.toISOString(),
  });
}

/**
 * Opens the clip store (creating or migrating the database). Rejects with `blocked` when an
 * older connection in another tab prevents the upgrade.
 */
export async function openClipStore(opts: OpenClipStoreOptions = {}): Promise<ClipStore> {
  const connection = new Connection(opts.idbFactory ?? indexedDB);
  await connection.open();
  const publisher = createClipChangePublisher();
  const now = opts.now ?? (() => new Date());
  const emit = (change: ClipChange) => {
    if (change.ids.length === 0 && change.type !== 'cleared') return;
    opts.onChange?.(change);
    publisher.publish(change);
  };
  const read = <T>(work: (store: ClipsStore<'readonly'>) => Promise<T>) =>
    connection.run((db) => runTransaction(db, 'readonly', work));
  const write = <T>(work: (store: ClipsStore<'readwrite'>) => Promise<T>) =>
    connection.run((db) => runTransaction(db, 'readwrite', work));

  return {
    async save(clip) {
      const record = toStoredClip(validated(clip));
      const result = await write(async (store) => {
        const sameId = await store.get(record.id);
        if (sameId) return { record: sameId, created: false, anchored: false };
        const same = await findSameSpan(store, record);
        if (same && same.spanKey !== record.spanKey) {
          const anchored = anchorLegacyClip(same, record, now());
          await store.put(anchored);
          return { record: anchored, created: false, anchored: true };
        }
        if (same) return { record: same, created: false, anchored: false };
        await store.add(record);
        return { record, created: true, anchored: false };
      });
      if (result.created) emit({ type: 'saved', ids: [record.id] });
      if (result.anchored) emit({ type: 'updated', ids: [result.record.id] });
      return { clip: fromStoredClip(result.record), created: result.created };
    },

    get: (id) =>
      read(async (store) => {
        const record = await store.get(id);
        return record && fromStoredClip(record);
      }),

    list: () => read(async (store) => (await store.index('by-created').getAll()).map(fromStoredClip)),

    listByUrl: (url) =>
      read(async (store) => (await store.index('by-doc').getAll(normalizeDocUrl(url))).map(fromStoredClip)),

    async update(id, patch) {
      const updated = await write(async (store) => {
        const existing = await store.get(id);
        if (!existing)
          throw new StorageError(
            'not-found',
            'This clip no longer exists; it may have been removed in another tab.',
          );
        const edits = Object.fromEntries(PATCH_KEYS.filter((k) => k in patch).map((k) => [k, patch[k]]));
        const merged = validated({ ...fromStoredClip(existing), ...edits, updatedAt: now().toISOString() });
        // Keep the stored key: an edit never moves the span, and a deduplicated v1 key carries a suffix.
        await store.put({ ...toStoredClip(merged), spanKey: existing.spanKey });
        return merged;
      });
      emit({ type: 'updated', ids: [id] });
      return updated;
    },

    async remove(ids) {
      const removed = await write(async (store) => {
        const found: Clip[] = [];
        for (const id of new Set(ids)) {
          const record = await store.get(id);
          if (!record) continue;
          await store.delete(id);
          found.push(fromStoredClip(record));
        }
        return found;
      });
      emit({ type: 'removed', ids: removed.map((c) => c.id) });
      return removed;
    },

    async restore(clips) {
      const records = clips.map((c) => toStoredClip(validated(c)));
      const restored = await write(async (store) => {
        const ids: string[] = [];
        for (const record of records) {
          if (await store.get(record.id)) continue;
          const same = await store.index('by-span').get(record.spanKey);
          if (same && record.anchor.start >= 0) continue;
          // v1 duplicates shared a text key; the migration told them apart by id, and so does undo.
          await store.add(same ? { ...record, spanKey: `${record.spanKey}#id=${record.id}` } : record);
          ids.push(record.id);
        }
        return ids;
      });
      emit({ type: 'restored', ids: restored });
    },

    async importAll(clips) {
      const problems: string[] = [];
      const records: StoredClip[] = [];
      clips.forEach((clip, i) => {
        const result = validateClip(clip);
        if (result.ok) records.push(toStoredClip(result.clip));
        else problems.push(...result.problems.map((p) => `clip ${i + 1}: ${p}`));
      });
      if (problems.length > 0) {
        throw new StorageError(
          'validation',
          `The import was rejected, nothing was added: ${problems.slice(0, 5).join('; ')}`,
          { problems },
        );
      }
      const added = await write(async (store) => {
        const ids: string[] = [];
        for (const record of records) {
          if ((await store.getKey(record.id)) !== undefined) continue;
          if (await findSameSpan(store, record)) continue;
          await store.add(record);
          ids.push(record.id);
        }
        return ids;
      });
      emit({ type: 'imported', ids: added });
      return { added: added.length, skipped: records.length - added.length };
    },

    async clear() {
      const ids = await write(async (store) => {
        const keys = await store.getAllKeys();
        await store.clear();
        return keys;
      });
      emit({ type: 'cleared', ids });
    },

    close() {
      connection.close();
      publisher.close();
    },
  };
}
