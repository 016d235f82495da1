/**
 * Next/previous highlight: a position in the page's highlights (document order) that skips
 * hidden kinds and wraps around at either end.
 */
import type { AnnotationKind } from '../core/annotation';

/** One highlight as navigation sees it. */
export interface CursorStop {
  id: string;
  kind: AnnotationKind;
}

/**
 * The index of the stop after (`step` 1) or before (`step` -1) `current` whose kind is not
 * hidden; `current` -1 means "before the first". Returns -1 when no stop is visible.
 */
export function stepCursor(
  stops: readonly CursorStop[],
  current: number,
  step: 1 | -1,
  hiddenKinds: ReadonlySet<AnnotationKind>,
): number {
  const n = stops.length;
  if (n === 0) return -1;
  let i = current < 0 ? (step === 1 ? -1 : 0) : current;
  for (let tries = 0; tries < n; tries++) {
    i = (((i + step) % n) + n) % n;
    if (!hiddenKinds.has(stops[i]!.kind)) return i;
  }
  return -1;
}
