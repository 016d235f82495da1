import type { Clip } from '../core/clip';
import { spanKey } from '../library/span-key';

/** Which imported clips to write, and which are already there. */
export interface ImportPlan {
  /** New clips, in file order; storage writes them in one transaction. */
  toAdd: Clip[];
  /** Imported clips skipped because the library (or an earlier record of the file) has them. */
  duplicates: Clip[];
}

/**
 * Merges an import into a library by id and by span: a clip is a duplicate when its id is
 * taken, or when the same highlight of the same document (`spanKey`: normalised URL, kind,
 * anchor offsets) is already saved. Duplicates inside the file count too; the first wins.
 * Existing clips are never changed: this only decides what to add.
 *
 * `existing` is either the library's clips, or a set of keys already known, holding ids
 * and/or `spanKey`s (ids and span keys cannot collide: span keys contain `#kind:`).
 */
export function planImport(
  existing: Iterable<Clip> | ReadonlySet<string>,
  incoming: readonly Clip[],
): ImportPlan {
  const ids = new Set<string>();
  const spans = new Set<string>();
  for (const item of existing) {
    if (typeof item === 'string') {
      ids.add(item);
      spans.add(item);
    } else {
      ids.add(item.id);
      spans.add(spanKey(item));
    }
  }
  const toAdd: Clip[] = [];
  const duplicates: Clip[] = [];
  for (const clip of incoming) {
    const span = spanKey(clip);
    if (ids.has(clip.id) || spans.has(span)) {
      duplicates.push(clip);
      continue;
    }
    ids.add(clip.id);
    spans.add(span);
    toAdd.push(clip);
  }
  return { toAdd, duplicates };
}
