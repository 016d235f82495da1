import type { Clip } from '../core/clip';
import type { ClipRecordV1 } from '../export/clip-schema';
import { upgradeV1Record } from '../export/upgrade-v1';
import type { V1ClipRecord } from './schema';

/**
 * Backfills a schema v1 record into a full {@link Clip} with the same defaults a v1 JSON
 * import uses ({@link upgradeV1Record}: the page becomes the document, the text the anchor's
 * quote with unknown offsets, empty user fields). Unlike an import, a stored record keeps any
 * unexpected extra fields: a migration must never lose what the user's database held.
 */
export function migrateV1Record(v1: V1ClipRecord): Clip {
  const { title: _title, ...extras } = v1;
  return { ...extras, ...upgradeV1Record(v1 as ClipRecordV1) } as Clip;
}
