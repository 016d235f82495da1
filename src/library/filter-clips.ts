import type { AnnotationKind } from '../core/annotation';
import type { Clip, ClipStatus } from '../core/clip';
import { clipDocKey, clipSite } from './clip-doc-key';
import { dueWindowPredicate, type DueWindow } from './due-window';
import { localIsoDate } from './local-date';
import { matchesSearch, parseSearchTerms } from './search-text';
import { normalizeDocUrl } from './span-key';

/**
 * What the library list shows. Every facet is optional; an empty list means "any".
 * Values within one facet are OR-ed (本周 or 已逾期), facets are AND-ed with each other.
 */
export interface LibraryFilter {
  /** Free text: space-separated terms, all of which must occur in text, note or title. */
  text?: string;
  kinds?: readonly AnnotationKind[];
  /** Host names (`wsjkw.gd.gov.cn`). */
  sites?: readonly string[];
  /** Document addresses; compared after {@link normalizeDocUrl}. */
  docs?: readonly string[];
  /** A clip matches when it carries any of these tags. */
  tags?: readonly string[];
  statuses?: readonly ClipStatus[];
  due?: readonly DueWindow[];
}

type Predicate = (clip: Clip) => boolean;

function anyOf<T>(
  values: readonly T[] | undefined,
  toPredicate: (values: readonly T[]) => Predicate,
): Predicate | undefined {
  return values && values.length > 0 ? toPredicate(values) : undefined;
}

/**
 * The clips that pass `filter`, in their original order. Due windows are judged on the
 * reader's calendar day at `now`. Predicates are built once per call so a keystroke costs one
 * pass of cached-string comparisons.
 */
export function filterClips(clips: readonly Clip[], filter: LibraryFilter, now: Date): Clip[] {
  const today = localIsoDate(now);
  const terms = parseSearchTerms(filter.text ?? '');
  const predicates = [
    anyOf(filter.kinds, (kinds) => (clip) => kinds.includes(clip.kind)),
    anyOf(filter.statuses, (statuses) => (clip) => statuses.includes(clip.status)),
    anyOf(filter.sites, (sites) => {
      const wanted = new Set(sites.map((s) => s.toLowerCase()));
      return (clip) => wanted.has(clipSite(clip).toLowerCase());
    }),
    anyOf(filter.docs, (docs) => {
      const wanted = new Set(docs.map(normalizeDocUrl));
      return (clip) => wanted.has(clipDocKey(clip));
    }),
    anyOf(filter.tags, (tags) => {
      const wanted = new Set(tags);
      return (clip) => clip.tags.some((tag) => wanted.has(tag));
    }),
    anyOf(filter.due, (windows) => {
      const tests = windows.map((w) => dueWindowPredicate(w, today));
      return (clip) => tests.some((test) => test(clip));
    }),
    terms.length > 0 ? (clip: Clip) => matchesSearch(clip, terms) : undefined,
  ].filter((p): p is Predicate => p !== undefined);
  if (predicates.length === 0) return [...clips];
  return clips.filter((clip) => predicates.every((test) => test(clip)));
}
