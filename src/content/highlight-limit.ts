/**
 * How many highlights a page gets in its DOM. Every annotation is extracted and listed (popup,
 * panel counts, clips), but a 5 MB page holds ~75,000 of them: as many `<mark>` elements make
 * every later style and layout pass of the page slow, for highlights nobody scrolls to. So
 * the first {@link MAX_HIGHLIGHTS} in reading order are highlighted, plus every saved one, and
 * the panel says how many are shown.
 */
import type { HighlightSpan } from '../highlight/highlighter';

/** Highlights kept in the DOM of a gigantic page (real documents have a few hundred). */
export const MAX_HIGHLIGHTS = 10_000;

/** What a pass highlights of all its spans. */
export interface LimitedHighlights {
  /** Spans to highlight, sorted by start (outer span first). */
  shown: HighlightSpan[];
  /** All spans of the pass. */
  total: number;
}

/** The first `max` spans in text order, plus every saved span after them. */
export function limitHighlights(spans: readonly HighlightSpan[], max = MAX_HIGHLIGHTS): LimitedHighlights {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const shown = sorted.length <= max ? sorted : sorted.filter((span, index) => index < max || span.saved);
  return { shown, total: spans.length };
}
