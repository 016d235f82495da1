/**
 * DOM → plain text, with a map from every text offset back to a DOM position.
 *
 * The extractor works on plain text; the highlighter must find the same characters in the
 * DOM again. This walk emits the page's text in document order, puts a `\n` between block
 * elements (so a sentence never runs from one table cell into the next), skips what a reader
 * does not see as document text (scripts, styles, form fields, editable regions, our own UI),
 * and records each emitted text node as a segment so `locate(offset)` is a binary search.
 */

/** One run of text that comes from a single text node. */
export interface TextSegment {
  node: Text;
  /** Offset of the run in the extracted text. */
  start: number;
  /** Offset of the run inside `node.data`. */
  nodeOffset: number;
  length: number;
}

/** The extracted text and how to get back to the DOM. */
export interface DomText {
  text: string;
  /** Sorted by `start`; separators (`\n` between blocks) belong to no segment. */
  segments: TextSegment[];
}

/** A DOM position a text offset maps to. */
export interface DomPosition {
  node: Text;
  offset: number;
}

/** Attribute that marks Policy Lens's own UI; its text is never read or highlighted. */
export const OWN_UI_ATTRIBUTE = 'data-pl-ui';

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'svg',
  'MATH',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/**
 * Tags whose boundaries end a line of text. Decided by tag, not computed style, because
 * getComputedStyle on every element of a 1 MB page costs more than the whole extraction.
 * Shared with detection's visible-text walk so both read the same lines.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);

const WHITESPACE_ONLY = /^[\s\u00a0]*$/;

/** True for elements whose content is not document text. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Collects the visible document text under `root`.
 * Whitespace-only text nodes between elements become at most one space, so indentation in
 * the HTML source does not end up inside the text the extractor reads.
 */
export function domToText(root: Node): DomText {
  const walk = new TextWalk(root);
  walk.run(() => false);
  return walk.result();
}

/**
 * {@link domToText} in slices: walks until `budgetMs` have passed, yields to the page, goes
 * on. A 5 MB page takes ~250 ms to read, which in one task would freeze input.
 */
export async function domToTextInSlices(
  root: Node,
  opts: { yieldToPage: () => Promise<void>; budgetMs?: number; clock?: () => number },
): Promise<DomText> {
  const clock = opts.clock ?? (() => performance.now());
  const budgetMs = opts.budgetMs ?? 20;
  const walk = new TextWalk(root);
  for (;;) {
    const startedAt = clock();
    if (walk.run(() => clock() - startedAt >= budgetMs)) return walk.result();
    await opts.yieldToPage();
  }
}

/** Nodes visited between checks of the clock. */
const NODES_PER_CHECK = 256;

/** The resumable depth-first walk behind {@link domToText}. */
class TextWalk {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;
  private lastChar = '\n';
  // Iterative: deep pages (100,000 nodes) would overflow a recursive walk.
  private readonly stack: { node: Node; leaving: boolean }[];

  constructor(root: Node) {
    this.stack = [{ node: root, leaving: false }];
  }

  /** Walks until done (returns true) or until `shouldPause()` says so (returns false). */
  run(shouldPause: () => boolean): boolean {
    const { stack } = this;
    let visited = 0;
    while (stack.length > 0) {
      if (++visited % NODES_PER_CHECK === 0 && shouldPause()) return false;
      const { node, leaving } = stack.pop()!;
      if (node.nodeType === 3) {
        this.text(node as Text);
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
      const el = node as Element;
      const isBlock = node.nodeType === 1 && BLOCK_TAGS.has(el.tagName);
      if (leaving) {
        if (isBlock) this.breakLine();
        continue;
      }
      if (node.nodeType === 1 && isSkippedElement(el)) continue;
      if (isBlock) this.breakLine();
      stack.push({ node, leaving: true });
      for (let child = node.lastChild; child; child = child.previousSibling) {
        stack.push({ node: child, leaving: false });
      }
    }
    return true;
  }

  result(): DomText {
    return { text: this.parts.join(''), segments: this.segments };
  }

  private text(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    if (WHITESPACE_ONLY.test(data)) {
      if (this.lastChar !== '\n' && this.lastChar !== ' ') {
        this.segments.push({ node, start: this.length, nodeOffset: 0, length: 1 });
        this.push(' ');
      }
      return;
    }
    this.segments.push({ node, start: this.length, nodeOffset: 0, length: data.length });
    this.push(data);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.lastChar = s.charAt(s.length - 1);
  }

  private breakLine(): void {
    if (this.length > 0 && this.lastChar !== '\n') this.push('\n');
  }
}

/**
 * Finds the segment index holding text offset `offset` (binary search), or -1 when the
 * offset falls on a separator that belongs to no text node.
 */
export function segmentIndexAt(domText: DomText, offset: number): number {
  const { segments } = domText;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (offset < seg.start) hi = mid - 1;
    else if (offset >= seg.start + seg.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Maps a text offset to a DOM position, or `undefined` on a separator. */
export function locate(domText: DomText, offset: number): DomPosition | undefined {
  const index = segmentIndexAt(domText, offset);
  if (index < 0) return undefined;
  const seg = domText.segments[index]!;
  return { node: seg.node, offset: seg.nodeOffset + (offset - seg.start) };
}

/**
 * The pieces of text nodes that a text range `[start, end)` covers, in document order.
 * Separators inside the range are skipped, so a span across table cells yields one piece
 * per cell.
 */
export function piecesOf(
  domText: DomText,
  start: number,
  end: number,
): { node: Text; from: number; to: number }[] {
  const pieces: { node: Text; from: number; to: number }[] = [];
  const { segments } = domText;
  let i = segmentIndexAt(domText, start);
  if (i < 0) {
    // Start on a separator: begin with the first segment after it.
    i = firstSegmentAtOrAfter(domText, start);
  }
  for (; i >= 0 && i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= end) break;
    const from = Math.max(start, seg.start) - seg.start + seg.nodeOffset;
    const to = Math.min(end, seg.start + seg.length) - seg.start + seg.nodeOffset;
    if (to > from) pieces.push({ node: seg.node, from, to });
  }
  return pieces;
}

function firstSegmentAtOrAfter(domText: DomText, offset: number): number {
  const { segments } = domText;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < segments.length ? lo : -1;
}
