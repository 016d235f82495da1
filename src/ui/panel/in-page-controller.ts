/**
 * What the in-page UI needs from the page session (the `PageSession` class satisfies it), so
 * the components can be tested with a plain object.
 */
import type { AnnotationKind } from '../../core/annotation';
import type { HighlightDetails } from '../../content/highlight-details';
import type { PageView, SaveResult } from '../../content/page-session';

/** The page session as the panel and hover card use it. */
export interface InPageController {
  readonly view: PageView;
  subscribe(listener: (view: PageView) => void): () => void;
  step(direction: 1 | -1): string | undefined;
  setKindVisible(kind: AnnotationKind, visible: boolean): void;
  setHighlightsOn(on: boolean): Promise<boolean>;
  details(id: string): HighlightDetails | undefined;
  clip(id: string): Promise<SaveResult>;
}
