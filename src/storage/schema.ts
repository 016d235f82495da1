import type { DBSchema } from 'idb';
import type { Clip } from '../core/clip';

/** Name of the extension origin's IndexedDB database (a stable end-to-end test hook). */
export const DB_NAME = 'policy-lens';
/**
 * Current schema version; each version is one step of the ladder in `upgrade-schema.ts`.
 *
 * History:
 * - v1 (foundation): store `clips` keyed by `id`, index `by-url`; flat records
 *   `{id, kind, text, url, createdAt, title?, due?, metric?, comparator?, value?, unit?}`.
 * - v2: full {@link Clip} records (v1 records backfilled by `migrateV1Record`) plus the derived
 *   `spanKey` and `docKey`; indexes `by-created`, `by-due`, `by-status`, `by-span` (unique),
 *   `by-tag` (multiEntry), `by-doc`. The span key is `normalised url#kind:start-end`; migrated
 *   v1 records have no offsets, so theirs is `normalised url#kind:q=text`, and a second v1
 *   record with the same text gets `#id=<id>` appended so both survive the unique index.
 */
export const DB_VERSION = 2;
/** The object store of clips, keyed by `id`. */
export const CLIPS = 'clips';

/**
 * A clip as schema v1 stored it: the foundation's flat record. Kept as a type so the migration
 * and its tests say exactly what they read.
 */
export interface V1ClipRecord {
  id: string;
  kind: 'deadline' | 'target';
  text: string;
  url: string;
  createdAt: string;
  title?: string;
  due?: string | null;
  comparator?: string;
  value?: number | number[];
  unit?: string;
  metric?: string;
}

/**
 * A clip as schema v2 stores it: the full {@link Clip} plus two derived keys that IndexedDB
 * indexes need as plain properties (an index cannot compute a value).
 */
export interface StoredClip extends Clip {
  /** {@link spanKey} of the clip; unique, so the same span of a document is stored once. */
  spanKey: string;
  /** {@link normalizeDocUrl} of the clip's URL, so a revisit finds clips whatever its #hash. */
  docKey: string;
}

/** The v2 schema as idb's typed `DBSchema`. */
export interface PolicyLensDB extends DBSchema {
  clips: {
    key: string;
    value: StoredClip;
    indexes: {
      /** v1: the page URL as saved. */
      'by-url': string;
      /** v2: ISO creation time. */
      'by-created': string;
      /** v2: due date; clips without one (null) are absent from this index. */
      'by-due': string;
      /** v2: todo / done / ignored. */
      'by-status': string;
      /** v2, unique: the dedupe key. */
      'by-span': string;
      /** v2, multiEntry: one entry per tag. */
      'by-tag': string;
      /** v2: normalised document address. */
      'by-doc': string;
    };
  };
}
