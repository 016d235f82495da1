/**
 * The spans a pass highlights: the extractor's annotations plus saved clips found again only
 * by their quote, each with its saved and overdue flags and its screen-reader description.
 */
import type { IsoDate } from '../core/annotation';
import type { Clip } from '../core/clip';
import { anchorSavedClips } from '../anchor/anchor-saved';
import { t } from '../i18n/i18n';
import type { HighlightSpan } from '../highlight/highlighter';
import type { PageAnnotation } from '../messaging/protocol';
import { dueAsOf, highlightDetails, type HighlightSource } from './highlight-details';

/** A planned pass: what to highlight and what each highlight stands for. */
export interface HighlightPlan {
  /** Spans without their description (see {@link HighlightPlan.describe}). */
  spans: HighlightSpan[];
  /**
   * Kind, normalised meaning and countdown of a span, for screen readers: made only for the
   * spans actually highlighted, as the highlighter reaches them.
   */
  describe(span: HighlightSpan): string;
  sources: Map<string, HighlightSource>;
  /** Highlight ids shown as saved. */
  savedIds: Set<string>;
  /** Annotation ids that are saved (for PageState.savedIds). */
  savedAnnotationIds: string[];
  /** Saved clips of the page whose text could not be found. */
  unanchored: Clip[];
}

/** Plans the highlights of `text` given its annotations and the page's saved clips. */
export function planHighlights(
  text: string,
  annotations: readonly PageAnnotation[],
  clips: readonly Clip[],
  today: IsoDate,
): HighlightPlan {
  const anchoring = anchorSavedClips(text, annotations, clips);
  const sources = new Map<string, HighlightSource>();
  const savedIds = new Set<string>(anchoring.byAnnotation.keys());
  const spans: HighlightSpan[] = [];
  const push = (id: string, source: HighlightSource, start: number, end: number): void => {
    const item = source.annotation ?? source.clip;
    const due = item.kind === 'deadline' ? dueAsOf(item, today) : null;
    sources.set(id, source);
    spans.push({
      id,
      kind: item.kind,
      start,
      end,
      saved: savedIds.has(id),
      overdue: due !== null && due < today,
    });
  };
  const describe = (span: HighlightSpan): string => {
    const source = sources.get(span.id);
    if (!source) return '';
    const details = highlightDetails(span.id, source, savedIds.has(span.id), today);
    return [t(span.kind === 'deadline' ? 'kindDeadline' : 'kindTarget'), details.meaning, details.countdown]
      .filter(Boolean)
      .join('，');
  };
  for (const a of annotations) push(a.id, { annotation: a }, a.start, a.end);
  for (const s of anchoring.savedOnly) {
    savedIds.add(s.id);
    push(s.id, { clip: s.clip }, s.start, s.end);
  }
  return {
    spans,
    describe,
    sources,
    savedIds,
    savedAnnotationIds: [...anchoring.byAnnotation.keys()],
    unanchored: anchoring.unanchored,
  };
}
