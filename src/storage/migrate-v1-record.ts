import type { Clip } from '../core/clip';
import type { V1ClipRecord } from './schema';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Backfills a schema v1 record into a full {@link Clip}: the page becomes the document (with the
 * v1 `title`), the text becomes the anchor's quote with unknown offsets (-1), and the user
 * fields start empty (note '', tags [], status todo, updatedAt = createdAt). Fields v1 kept
 * (due, metric, comparator, value, unit) and any unexpected extra fields pass through.
 */
export function migrateV1Record(v1: V1ClipRecord): Clip {
  const { title, ...rest } = v1;
  return {
    ...(rest as Omit<V1ClipRecord, 'title'> & Pick<Clip, 'comparator'>),
    context: '',
    doc: { url: v1.url, site: hostOf(v1.url), ...(title !== undefined ? { title } : {}) },
    anchor: { quote: v1.text, prefix: '', suffix: '', start: -1, end: -1 },
    note: '',
    tags: [],
    status: 'todo',
    updatedAt: v1.createdAt,
  };
}
