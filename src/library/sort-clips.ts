import type { Clip } from '../core/clip';
import { clipDocKey } from './clip-doc-key';
import { effectiveDue } from './effective-due';
import { localIsoDate } from './local-date';

/** Orders of the library list. */
export type LibrarySort = 'due' | 'created' | 'document';

/** Chinese collation for titles (pinyin order), created once: constructing a Collator is costly. */
const titleCollator = new Intl.Collator('zh-Hans-CN');

function byCreatedDesc(a: Clip, b: Clip): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

/**
 * Clips ordered by document (title in pinyin order, then address) and by position inside it.
 * Titles are ranked once with the collator; comparing ranks keeps a 10,000-clip sort cheap.
 */
export function sortByDocument(clips: readonly Clip[]): Clip[] {
  const titles = [...new Set(clips.map((c) => c.doc?.title ?? ''))].sort(titleCollator.compare);
  const rank = new Map(titles.map((title, i) => [title, i]));
  return clips
    .map((clip) => ({
      clip,
      rank: rank.get(clip.doc?.title ?? '') ?? 0,
      key: clipDocKey(clip),
      start: clip.anchor?.start ?? -1,
    }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
        a.start - b.start ||
        byCreatedDesc(a.clip, b.clip),
    )
    .map(({ clip }) => clip);
}

/**
 * A sorted copy of `clips`.
 * `due`: soonest effective due date first (recurring deadlines at their next occurrence from
 * `now`), clips without a date last, ties newest first.
 * `created`: newest first. `document`: by document title, then position in the document.
 */
export function sortClips(clips: readonly Clip[], sort: LibrarySort, now: Date): Clip[] {
  if (sort === 'created') return [...clips].sort(byCreatedDesc);
  if (sort === 'document') return sortByDocument(clips);
  const today = localIsoDate(now);
  // Decorate once: effectiveDue would otherwise run twice per comparison.
  return clips
    .map((clip) => ({ clip, due: effectiveDue(clip, today) }))
    .sort((a, b) => {
      if (a.due !== b.due) {
        if (a.due === null) return 1;
        if (b.due === null) return -1;
        return a.due < b.due ? -1 : 1;
      }
      return byCreatedDesc(a.clip, b.clip);
    })
    .map(({ clip }) => clip);
}
