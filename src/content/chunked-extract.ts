/**
 * Extraction of a long page in pieces, yielding to the page between them, so that reading a
 * 200 KB document does not block input for hundreds of milliseconds in one task.
 *
 * The first piece is extracted with the caller's options and gives the document's identity
 * (title, 发文字号, dates: they sit at the top of a document). Later pieces are extracted with
 * that identity's dates as hints, so 今年/年内 resolve against the document date exactly as in
 * a single pass; their offsets are shifted back into the whole text. Pieces end at a line
 * break, preferably before a top-level heading (一、…), because a span never crosses a line
 * and the extractor reads a section's tense from its heading.
 */
import type { Annotation } from '../core/annotation';
import type { ExtractOptions, ExtractResult } from '../core/document';
import { extract } from '../extract/index';

/** Options of {@link extractInPieces}. */
export interface PieceOptions {
  /** Target piece length in characters. Default 12,000. */
  pieceLength?: number;
  /** Lets the page run between pieces. */
  yieldToPage: () => Promise<void>;
  signal?: AbortSignal;
}

const TOP_HEADING = /\n[ \t\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[部章])/g;

/** Offsets where pieces of about `pieceLength` characters may end (each just after a `\n`). */
export function pieceBounds(text: string, pieceLength: number): number[] {
  const bounds: number[] = [];
  let from = 0;
  while (text.length - from > pieceLength * 1.5) {
    const ideal = from + pieceLength;
    let cut = headingBreakNear(text, ideal, pieceLength / 2);
    if (cut < 0) {
      const nl = text.indexOf('\n', ideal);
      cut = nl < 0 || nl - ideal > pieceLength ? -1 : nl + 1;
    }
    if (cut < 0 || cut >= text.length) break;
    bounds.push(cut);
    from = cut;
  }
  return bounds;
}

function headingBreakNear(text: string, ideal: number, slack: number): number {
  TOP_HEADING.lastIndex = Math.max(0, ideal - slack);
  const m = TOP_HEADING.exec(text);
  return m && m.index <= ideal + slack ? m.index + 1 : -1;
}

/** Same result shape as `extract`, computed piece by piece. */
export async function extractInPieces(text: string, options: ExtractOptions, opts: PieceOptions): Promise<ExtractResult> {
  const bounds = pieceBounds(text, opts.pieceLength ?? 12_000);
  if (bounds.length === 0) return extract(text, options);
  const starts = [0, ...bounds];
  const first = extract(text.slice(0, bounds[0]), options);
  const document = first.document;
  // Dates the first piece found become hints, so later pieces resolve relative dates the same way.
  const hints = {
    ...options.hints,
    ...(document.writtenDate ? { writtenDate: document.writtenDate } : {}),
    ...(document.publishedDate ? { publishedDate: document.publishedDate } : {}),
  };
  const later = { fallbackDate: document.referenceDate, hints };
  const annotations: Annotation[] = [...first.annotations];
  for (let i = 1; i < starts.length; i++) {
    if (opts.signal?.aborted) break;
    await opts.yieldToPage();
    const start = starts[i]!;
    const end = starts[i + 1] ?? text.length;
    for (const a of extract(text.slice(start, end), later).annotations) {
      annotations.push({ ...a, start: a.start + start, end: a.end + start });
    }
  }
  return { document, annotations };
}
