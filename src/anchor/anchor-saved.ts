/**
 * Places a page's saved clips in its current text: on the extractor's annotations when one
 * still matches, else on the quote found again by {@link anchorQuote} (the extractor changed,
 * or the page text did), else reported as unanchored — never silently dropped.
 */
import type { AnnotationKind } from '../core/annotation';
import type { Clip } from '../core/clip';
import type { PageAnnotation } from '../messaging/protocol';
import { matchSavedClips } from './match-saved';
import { anchorQuote, type AnchorMethod } from './text-quote';

/** A saved clip highlighted where the extractor found nothing that matches it. */
export interface SavedOnlySpan {
  /** Highlight id, `data-pl-id`: `s-` and the clip id. */
  id: string;
  clip: Clip;
  kind: AnnotationKind;
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Where each saved clip of a page went. */
export interface SavedAnchoring {
  /** Annotation id → clip id. */
  byAnnotation: Map<string, string>;
  /** Clips found in the text but not among the annotations. */
  savedOnly: SavedOnlySpan[];
  /** Clips whose text could not be found. */
  unanchored: Clip[];
}

/** Highlight id of a clip highlighted on its own. */
export function savedOnlyId(clipId: string): string {
  return `s-${clipId}`;
}

/** Anchors `clips` in `text`, reusing `annotations` (the extractor's spans of that text). */
export function anchorSavedClips(
  text: string,
  annotations: readonly PageAnnotation[],
  clips: readonly Clip[],
): SavedAnchoring {
  const matched = matchSavedClips(annotations, clips);
  const byAnnotation = new Map(matched.byAnnotation);
  const savedOnly: SavedOnlySpan[] = [];
  const unanchored: Clip[] = [];
  const taken = (start: number, end: number): boolean =>
    savedOnly.some((s) => s.start < end && start < s.end);

  for (const clip of matched.unmatched) {
    const { quote, prefix, suffix, start, end } = clip.anchor;
    const range = anchorQuote(text, { exact: quote, prefix, suffix }, { start, end }, (s, e) => !taken(s, e));
    if (!range) {
      unanchored.push(clip);
      continue;
    }
    const same = annotations.find(
      (a) =>
        a.kind === clip.kind && a.start === range.start && a.end === range.end && !byAnnotation.has(a.id),
    );
    if (same) byAnnotation.set(same.id, clip.id);
    else
      savedOnly.push({
        id: savedOnlyId(clip.id),
        clip,
        kind: clip.kind,
        start: range.start,
        end: range.end,
        method: range.method,
      });
  }
  return { byAnnotation, savedOnly, unanchored };
}
