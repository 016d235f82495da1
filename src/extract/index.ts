/**
 * The extractor: deadlines, targets and document identity from the text of a policy page.
 * Pure (no DOM, no clock): the reference date comes from the text or `options.fallbackDate`.
 */
import type { Annotation } from '../core/annotation';
import type { DocumentIdentity, ExtractOptions, ExtractResult } from '../core/document';
import { parseIso } from './dates/calendar';
import { findDeadlines } from './deadlines/index';
import { readIdentity } from './identity/index';
import { findTargets } from './targets/index';
import { fold } from './text/fold';

/**
 * Extracts deadlines and targets (sorted by start, then end; `text.slice(start, end) ===
 * a.text` for each) and the document's identity. Never throws: any input yields a result.
 */
export function extract(text: string, options: ExtractOptions): ExtractResult {
  const input = typeof text === 'string' ? text : '';
  try {
    return run(input, options);
  } catch {
    // A recogniser bug must not break the page; report the identity we can still give.
    return {
      document: { referenceDate: options?.fallbackDate ?? '1970-01-01', referenceDateSource: 'fallback' },
      annotations: [],
    };
  }
}

/**
 * The document's identity alone (title, 文号, dates, reference date …), for callers that
 * extract a long text in pieces: the reference date must come from the whole text, because
 * the signature date sits at its end. Never throws.
 */
export function extractIdentity(text: string, options: ExtractOptions): DocumentIdentity {
  const input = typeof text === 'string' ? text : '';
  try {
    return readIdentity(input, fold(input), options);
  } catch {
    return { referenceDate: options?.fallbackDate ?? '1970-01-01', referenceDateSource: 'fallback' };
  }
}

function run(text: string, options: ExtractOptions): ExtractResult {
  const folded = fold(text);
  const document = readIdentity(text, folded, options);
  const ref = parseIso(document.referenceDate) ?? { y: 1970, m: 1, d: 1 };
  const refIsFallback = document.referenceDateSource === 'fallback';
  const annotations: Annotation[] = [
    ...findDeadlines(text, folded, ref, document.referenceDate, refIsFallback),
    ...findTargets(text, folded, ref),
  ];
  annotations.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : 1));
  return { document, annotations };
}

export type { ExtractOptions, ExtractResult } from '../core/document';
