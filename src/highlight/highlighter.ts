/**
 * Wraps annotation spans of a {@link DomText} in `<mark>` elements and takes them out again.
 *
 * A span may cross element and table-cell boundaries and may contain another span (a target
 * that holds its deadline). Rather than keeping live Ranges (every DOM change would update
 * every Range), each affected text node is cut once at every span boundary inside it; each
 * piece is then wrapped by one mark per span covering it, outer span outermost. Removal
 * unwraps the marks and joins the pieces back into the original text node, so the page's DOM
 * is restored exactly, text-node identity included.
 */
import type { AnnotationKind } from '../core/annotation';
import { piecesOf, type DomText } from '../page/dom-text';

/** What the highlighter needs to know of an annotation. */
export interface HighlightSpan {
  id: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  /** Saved as a clip already: styled differently, `data-pl-saved="true"`. */
  saved?: boolean;
  /** A deadline whose due date has passed. */
  overdue?: boolean;
  /** Kind and normalised meaning, read by screen readers (`aria-description`). */
  title?: string;
}

/** Marks one highlight element of a span (a span may need several). */
export const HIGHLIGHT_CLASS = 'pl-hl';

/** Handle to undo a highlighting pass. */
export interface HighlightHandle {
  /** Highlight elements by span id, in document order. */
  elements: Map<string, HTMLElement[]>;
  /** Restores the DOM exactly as it was before. */
  remove(): void;
}

interface Cut {
  original: Text;
  pieces: Text[];
}

interface Cover {
  from: number;
  to: number;
  span: HighlightSpan;
}

/**
 * Highlights `spans` (offsets into `domText.text`) in the DOM `domText` was built from.
 * Spans whose text nodes have left the document are skipped rather than throwing, because the
 * page may have changed between reading and highlighting.
 */
export function highlightSpans(domText: DomText, spans: readonly HighlightSpan[]): HighlightHandle {
  const doc = domText.segments[0]?.node.ownerDocument;
  const elements = new Map<string, HTMLElement[]>();
  if (!doc || spans.length === 0) return { elements, remove: () => {} };

  // 1. Which pieces of which text node each span covers. With spans in text order, text
  // nodes are first met in document order, so each span's marks are made in document order
  // (no compareDocumentPosition, which walks sibling lists: quadratic on a flat 100k-node page).
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const coverage = new Map<Text, Cover[]>();
  for (const span of ordered) {
    for (const piece of piecesOf(domText, span.start, span.end)) {
      if (!piece.node.isConnected) continue;
      let list = coverage.get(piece.node);
      if (!list) coverage.set(piece.node, (list = []));
      list.push({ from: piece.from, to: piece.to, span });
    }
  }

  // 2. Cut each text node at every boundary, then wrap the pieces.
  const cuts: Cut[] = [];
  const wrappers: HTMLElement[] = [];
  for (const [node, covers] of coverage) {
    const bounds = new Set<number>([0, node.data.length]);
    for (const c of covers) {
      bounds.add(c.from);
      bounds.add(c.to);
    }
    const sorted = [...bounds].sort((a, b) => a - b);
    const pieces = cutTextNode(node, sorted);
    cuts.push({ original: node, pieces: pieces.map((p) => p.node) });
    // Sweep: covers sorted by start enter the active set as pieces reach them, so a node
    // with thousands of spans (one huge <pre>) is not quadratic.
    covers.sort((a, b) => a.from - b.from);
    let next = 0;
    let active: Cover[] = [];
    for (const piece of pieces) {
      if (piece.to <= piece.from) continue;
      while (next < covers.length && covers[next]!.from <= piece.from) active.push(covers[next++]!);
      active = active.filter((c) => c.to > piece.from);
      // Outer (longer) spans first so the inner mark sits inside the outer one.
      const over = active
        .filter((c) => c.to >= piece.to)
        .sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
      let target: Node = piece.node;
      for (let k = over.length - 1; k >= 0; k--) {
        const mark = createMark(doc, over[k]!.span);
        target.parentNode!.replaceChild(mark, target);
        mark.appendChild(target);
        target = mark;
        wrappers.push(mark);
        const list = elements.get(over[k]!.span.id);
        if (list) list.push(mark);
        else elements.set(over[k]!.span.id, [mark]);
      }
    }
  }
  // Only a span's first element is a tab stop, so the keyboard visits each highlight once.
  // Marks of one piece are made inner first; the outermost of a span's first piece comes first
  // in document order, and a span has one mark per piece, so list[0] is its first.
  for (const list of elements.values()) list[0]?.setAttribute('tabindex', '0');

  return {
    elements,
    remove: () => {
      for (let i = wrappers.length - 1; i >= 0; i--) unwrap(wrappers[i]!);
      for (const cut of cuts) rejoin(cut);
      elements.clear();
    },
  };
}

function createMark(doc: Document, span: HighlightSpan): HTMLElement {
  const mark = doc.createElement('mark');
  mark.className = `${HIGHLIGHT_CLASS} ${HIGHLIGHT_CLASS}--${span.kind}`;
  mark.setAttribute('data-pl-kind', span.kind);
  mark.setAttribute('data-pl-id', span.id);
  if (span.saved) mark.setAttribute('data-pl-saved', 'true');
  if (span.overdue) mark.setAttribute('data-pl-overdue', 'true');
  // Not `title`: the hover card explains the highlight; a native tooltip would cover it.
  if (span.title) mark.setAttribute('aria-description', span.title);
  return mark;
}

/** Splits `node` at the given sorted offsets; the first piece stays `node` itself. */
function cutTextNode(node: Text, sortedBounds: number[]): { node: Text; from: number; to: number }[] {
  const length = node.data.length;
  const inner = sortedBounds.filter((b) => b > 0 && b < length);
  const pieces: { node: Text; from: number; to: number }[] = [];
  let end = length;
  // Split from the end: the head keeps its offsets valid for the next, earlier cut.
  for (let i = inner.length - 1; i >= 0; i--) {
    const at = inner[i]!;
    pieces.push({ node: node.splitText(at), from: at, to: end });
    end = at;
  }
  pieces.push({ node, from: 0, to: end });
  return pieces.reverse();
}

function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}

function rejoin(cut: Cut): void {
  const [first, ...rest] = cut.pieces;
  if (!first || rest.length === 0) return;
  let data = first.data;
  for (const piece of rest) {
    data += piece.data;
    piece.parentNode?.removeChild(piece);
  }
  cut.original.data = data;
}

/**
 * Unwraps highlight marks under `root` that no handle knows of (left by an earlier instance
 * of the content script, e.g. after the extension was reloaded), so a new pass starts from the
 * page's own DOM instead of nesting marks in marks.
 */
export function removeStrayHighlights(root: ParentNode): number {
  const marks = [...root.querySelectorAll(`mark.${HIGHLIGHT_CLASS}[data-pl-id]`)];
  const parents = new Set<Node>();
  for (const mark of marks.reverse()) {
    if (mark.parentNode) parents.add(mark.parentNode);
    unwrap(mark as HTMLElement);
  }
  for (const parent of parents) if (parent.isConnected) parent.normalize();
  return marks.length;
}
