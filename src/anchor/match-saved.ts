/**
 * Which of a page's annotations are already saved as clips, by the clip's anchor.
 */
import type { Clip } from '../core/clip';
import type { PageAnnotation } from '../messaging/protocol';

/** Result of matching saved clips to a page's annotations. */
export interface SavedMatch {
  /** Annotation id → clip id. */
  byAnnotation: Map<string, string>;
  /** Clips whose span was not found among the annotations. */
  unmatched: Clip[];
}

/**
 * Matches clips to annotations: same kind and quote, preferring the same position, then
 * the same prefix/suffix (the page may have shifted), then the nearest position.
 */
export function matchSavedClips(annotations: readonly PageAnnotation[], clips: readonly Clip[]): SavedMatch {
  const byQuote = new Map<string, PageAnnotation[]>();
  for (const a of annotations) {
    const key = `${a.kind}\u0000${a.text}`;
    const list = byQuote.get(key);
    if (list) list.push(a);
    else byQuote.set(key, [a]);
  }
  const byAnnotation = new Map<string, string>();
  const unmatched: Clip[] = [];
  for (const clip of clips) {
    const candidates = (byQuote.get(`${clip.kind}\u0000${clip.anchor.quote}`) ?? []).filter(
      (a) => !byAnnotation.has(a.id),
    );
    const best = pickBest(candidates, clip);
    if (best) byAnnotation.set(best.id, clip.id);
    else unmatched.push(clip);
  }
  return { byAnnotation, unmatched };
}

function pickBest(candidates: PageAnnotation[], clip: Clip): PageAnnotation | undefined {
  if (candidates.length <= 1) return candidates[0];
  const { start, prefix, suffix } = clip.anchor;
  const score = (a: PageAnnotation): number =>
    (a.start === start ? 4 : 0) +
    (prefix && a.prefix.endsWith(prefix.slice(-8)) ? 2 : 0) +
    (suffix && a.suffix.startsWith(suffix.slice(0, 8)) ? 2 : 0) -
    Math.abs(a.start - start) / 1e9;
  return candidates.reduce((best, a) => (score(a) > score(best) ? a : best));
}
