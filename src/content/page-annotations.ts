/**
 * From page text to the annotations the page shows: ids, sentences and anchor context.
 */
import type { Annotation } from '../core/annotation';
import { quoteContext, sentenceAround } from '../capture/annotation-context';
import type { PageAnnotation } from '../messaging/protocol';

/** Highlight id of an annotation: stable for the same text, so a re-run gives the same ids. */
export function annotationId(a: Pick<Annotation, 'kind' | 'start' | 'end'>): string {
  return `${a.kind === 'deadline' ? 'd' : 't'}${a.start}-${a.end}`;
}

/** Adds id, sentence and anchor context to one extracted annotation of `text`. */
export function toPageAnnotation(text: string, a: Annotation): PageAnnotation {
  return {
    ...a,
    id: annotationId(a),
    context: sentenceAround(text, a.start, a.end),
    ...quoteContext(text, a.start, a.end),
  };
}

/** Adds ids, sentence and anchor context to extracted annotations. */
export function toPageAnnotations(text: string, annotations: readonly Annotation[]): PageAnnotation[] {
  return annotations.map((a) => toPageAnnotation(text, a));
}
