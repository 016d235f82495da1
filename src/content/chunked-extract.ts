/**
 * Extraction of a long page in pieces, yielding to the page whenever a time budget is spent,
 * so that reading a 5 MB document never blocks input for long in one task.
 *
 * The document's identity (title, 发文字号, dates, reference date) is read once from the whole
 * text: the 印发/signature date sits at the END of a notice, so no single piece can know it.
 * Every piece is then extracted with that identity's dates as hints (a hint wins over the
 * piece's own text), so 今年/年内 resolve exactly as in a single pass; offsets are shifted
 * back into the whole text. Pieces end at a line break, preferably before a top-level
 * heading (一、…), because a span never crosses a line and the extractor reads a section's
 * tense from its heading.
 */
import type { Annotation } from '../core/annotation';
import type { DocumentIdentity, ExtractOptions, ExtractResult, PageIdentityHints } from '../core/document';
import { extract, extractIdentity } from '../extract/index';
import { headAndTail } from '../detect/text-window';
import { workBudget, type BudgetOptions } from './work-budget';

/** Options of {@link extractInPieces}. */
export interface PieceOptions extends BudgetOptions {
  /** Target piece length in characters (the unit of work between budget checks). Default 4,000. */
  pieceLength?: number;
  /**
   * Target length of the first piece, which also pays for compiling the extractor (~25 ms on
   * a fresh page, where the JIT has seen none of it): shorter, so that its task stays short.
   * Default: `pieceLength`.
   */
  firstPieceLength?: number;
  /** Lets the page run once the budget is spent. */
  yieldToPage: () => Promise<void>;
  signal?: AbortSignal;
}

const TOP_HEADING =
  /\n[ \t\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[部章])/g;

/**
 * Offsets where pieces of about `pieceLength` characters (the first one `firstPieceLength`)
 * may end, each just after a `\n`.
 */
export function pieceBounds(text: string, pieceLength: number, firstPieceLength = pieceLength): number[] {
  const bounds: number[] = [];
  let from = 0;
  let length = firstPieceLength;
  while (text.length - from > length * 1.5) {
    const ideal = from + length;
    let cut = headingBreakNear(text, ideal, length / 2);
    if (cut < 0) {
      const nl = text.indexOf('\n', ideal);
      cut = nl < 0 || nl - ideal > length ? -1 : nl + 1;
    }
    if (cut < 0 || cut >= text.length) break;
    bounds.push(cut);
    from = cut;
    length = pieceLength;
  }
  return bounds;
}

function headingBreakNear(text: string, ideal: number, slack: number): number {
  // Searched in the window only: on a page without headings an open-ended search would run
  // to the end of the text for every piece (quadratic on 5 MB).
  const from = Math.max(0, ideal - slack);
  TOP_HEADING.lastIndex = 0;
  const m = TOP_HEADING.exec(text.slice(from, ideal + slack + 8));
  return m && m.index <= ideal + slack - from ? from + m.index + 1 : -1;
}

/** The caller's hints plus the dates the whole text states, for extracting one piece. */
export function pieceHints(
  identity: DocumentIdentity,
  hints: PageIdentityHints | undefined,
): PageIdentityHints {
  return {
    ...hints,
    ...(identity.writtenDate ? { writtenDate: identity.writtenDate } : {}),
    ...(identity.publishedDate ? { publishedDate: identity.publishedDate } : {}),
    ...(identity.signatureDate ? { signatureDate: identity.signatureDate } : {}),
  };
}

/** Same result shape as `extract`, computed piece by piece within a time budget per task. */
export async function extractInPieces(
  text: string,
  options: ExtractOptions,
  opts: PieceOptions,
): Promise<ExtractResult> {
  const pieceLength = opts.pieceLength ?? 4000;
  const bounds = pieceBounds(text, pieceLength, opts.firstPieceLength ?? pieceLength);
  if (bounds.length === 0) return extract(text, options);
  const budget = workBudget(opts);
  // Identity markers sit at the head and tail; a bounded window keeps a 5 MB page from
  // folding and scanning all of its text in one task (documents up to ~80,000 characters are read whole).
  const document = extractIdentity(headAndTail(text), options);
  const later: ExtractOptions = {
    fallbackDate: document.referenceDate,
    hints: pieceHints(document, options.hints),
  };
  const starts = [0, ...bounds];
  const annotations: Annotation[] = [];
  for (let i = 0; i < starts.length; i++) {
    if (budget.spent()) {
      await opts.yieldToPage();
      budget.restart();
    }
    if (opts.signal?.aborted) break;
    const start = starts[i]!;
    const end = starts[i + 1] ?? text.length;
    for (const a of extract(text.slice(start, end), later).annotations) {
      annotations.push({ ...a, start: a.start + start, end: a.end + start });
    }
  }
  return { document, annotations };
}
