/**
 * Highlighting a long page in slices, yielding to the page whenever a time budget is spent,
 * so that no single task blocks input for long (a long task is > 50 ms). Slices only write:
 * nothing reads layout between them, so the browser lays the page out once per frame.
 *
 * Slices never share a text node: {@link highlightSpans} cuts each text node once, at every
 * span boundary inside it, and a later slice cutting the same node again would work on
 * offsets that are no longer true.
 */
import { segmentIndexAt, type DomText } from '../page/dom-text';
import { highlightSpans, type HighlightHandle, type HighlightSpan } from './highlighter';

/** Options of {@link highlightInSlices}. */
export interface SliceOptions {
  /** Spans per slice, the unit of work between budget checks (a slice grows until it ends between text nodes). Default 25. */
  sliceSize?: number;
  /** Milliseconds of work per task before yielding. Default 20. */
  budgetMs?: number;
  /** Millisecond clock. Default `performance.now`. */
  clock?: () => number;
  /** The screen-reader description of a span, computed only for spans actually highlighted. */
  describe?: (span: HighlightSpan) => string | undefined;
  /** Lets the page run; resolves when the next slice may start. */
  yieldToPage: () => Promise<void>;
  /** Stop between slices (e.g. the content script was invalidated). */
  signal?: AbortSignal;
  /** Runs each slice's DOM writes (e.g. with the late-content observer disconnected). */
  wrapSlice?: <T>(write: () => T) => T;
}

/** Splits spans (sorted by start) into slices that touch disjoint text nodes. */
export function sliceSpans(
  domText: DomText,
  spans: readonly HighlightSpan[],
  sliceSize: number,
): HighlightSpan[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const slices: HighlightSpan[][] = [];
  let current: HighlightSpan[] = [];
  let reach = -1; // Furthest end offset of the current slice.
  for (const span of sorted) {
    if (current.length >= sliceSize && span.start >= reach && !sameSegment(domText, reach - 1, span.start)) {
      slices.push(current);
      current = [];
    }
    current.push(span);
    reach = Math.max(reach, span.end);
  }
  if (current.length > 0) slices.push(current);
  return slices;
}

function sameSegment(domText: DomText, a: number, b: number): boolean {
  const i = segmentIndexAt(domText, a);
  return i >= 0 && i === segmentIndexAt(domText, b);
}

/** Highlights `spans` slice by slice; the handle removes every slice done so far. */
export async function highlightInSlices(
  domText: DomText,
  spans: readonly HighlightSpan[],
  opts: SliceOptions,
): Promise<HighlightHandle> {
  const handles: HighlightHandle[] = [];
  const elements = new Map<string, HTMLElement[]>();
  const slices = sliceSpans(domText, spans, opts.sliceSize ?? 25);
  const clock = opts.clock ?? (() => performance.now());
  const budgetMs = opts.budgetMs ?? 20;
  let taskStart = clock();
  for (let i = 0; i < slices.length; i++) {
    if (opts.signal?.aborted) break;
    if (i > 0 && clock() - taskStart >= budgetMs) {
      await opts.yieldToPage();
      taskStart = clock();
      if (opts.signal?.aborted) break;
    }
    const describe = opts.describe;
    const slice = describe
      ? slices[i]!.map((span) => ({ ...span, title: span.title ?? describe(span) }))
      : slices[i]!;
    const handle = opts.wrapSlice
      ? opts.wrapSlice(() => highlightSpans(domText, slice))
      : highlightSpans(domText, slice);
    handles.push(handle);
    for (const [id, list] of handle.elements) elements.set(id, list);
  }
  return {
    elements,
    remove: () => {
      // Later slices first: undoing in reverse order restores each text node as it was.
      for (let i = handles.length - 1; i >= 0; i--) handles[i]!.remove();
      elements.clear();
    },
  };
}
