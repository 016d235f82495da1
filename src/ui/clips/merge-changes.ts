import type { Clip } from '../../core/clip';

/**
 * The list after some clips were written (`fresh`) and others removed (`goneIds`), keeping the
 * store's order (oldest first): changed clips stay in place, new ones are placed by `createdAt`.
 * Unchanged clip objects are reused, so per-clip caches (search text) stay warm.
 */
export function mergeClipChanges(
  clips: readonly Clip[],
  fresh: readonly Clip[],
  goneIds: Iterable<string>,
): Clip[] {
  const gone = new Set(goneIds);
  const byId = new Map(fresh.map((c) => [c.id, c]));
  const next: Clip[] = [];
  for (const clip of clips) {
    if (gone.has(clip.id)) continue;
    const replacement = byId.get(clip.id);
    if (replacement) byId.delete(clip.id);
    next.push(replacement ?? clip);
  }
  if (byId.size === 0) return next;
  const added = [...byId.values()].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  // New clips are usually the newest: append when they are, else merge by creation time.
  const last = next[next.length - 1];
  if (!last || added[0]!.createdAt >= last.createdAt) return [...next, ...added];
  return [...next, ...added].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
}
