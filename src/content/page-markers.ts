/**
 * The `<html>` attributes that tell tests (and curious users) what Policy Lens did:
 * `data-pl-state="done"` and `data-pl-count="N"` once the first pass is complete.
 * Nothing is added on pages that are not annotated.
 */

/** Marks the page as being annotated. */
export function markPending(doc: Document): void {
  doc.documentElement.setAttribute('data-pl-state', 'pending');
}

/** Marks the first annotation pass as complete with `count` annotations. */
export function markDone(doc: Document, count: number): void {
  doc.documentElement.setAttribute('data-pl-count', String(count));
  doc.documentElement.setAttribute('data-pl-state', 'done');
}

/** Removes the markers (annotation switched off). */
export function clearMarkers(doc: Document): void {
  doc.documentElement.removeAttribute('data-pl-state');
  doc.documentElement.removeAttribute('data-pl-count');
  doc.documentElement.removeAttribute('data-pl-runs');
}

/** Records how many late-content passes have run (`data-pl-runs`), for tests and debugging. */
export function markRuns(doc: Document, runs: number): void {
  doc.documentElement.setAttribute('data-pl-runs', String(runs));
}
