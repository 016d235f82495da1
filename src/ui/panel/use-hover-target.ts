/**
 * Which highlight the reader points at or has focused, for the hover card. Leaving the
 * highlight hides the card after a short grace period, so the pointer can travel into the
 * card to press 摘录; Escape hides it at once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Timers } from '../../content/late-content';

/** Registers a listener on a page target (the content script passes `ctx.addEventListener`). */
export type ListenFn = <K extends keyof DocumentEventMap>(
  target: Document,
  type: K,
  handler: (event: DocumentEventMap[K]) => void,
) => void;

/** The highlight under the pointer or focus. */
export interface HoverTarget {
  id: string;
  rect: { left: number; top: number; bottom: number };
  /** The reader pressed Enter on the highlight: move focus into the card (to reach 摘录). */
  focusCard?: boolean;
}

const GRACE_MS = 300;
const HIGHLIGHT_SELECTOR = 'mark.pl-hl[data-pl-id]';

function highlightOf(event: Event): HTMLElement | undefined {
  const el = event.target instanceof Element ? event.target : undefined;
  return (el?.closest(HIGHLIGHT_SELECTOR) as HTMLElement | null) ?? undefined;
}

/** Tracks the hovered or focused highlight; `keep`/`release` hold the card open while pointed at. */
export function useHoverTarget(doc: Document, listen: ListenFn, timers: Timers) {
  const [target, setTarget] = useState<HoverTarget | undefined>();
  const hideTimer = useRef<number | undefined>(undefined);
  const clearHide = (): void => {
    if (hideTimer.current !== undefined) timers.clearTimeout(hideTimer.current);
    hideTimer.current = undefined;
  };

  useEffect(() => {
    let alive = true;
    const cancelHide = clearHide;
    const hideSoon = (): void => {
      cancelHide();
      hideTimer.current = timers.setTimeout(() => alive && setTarget(undefined), GRACE_MS);
    };
    const show = (mark: HTMLElement, focusCard = false): void => {
      cancelHide();
      const r = mark.getBoundingClientRect();
      setTarget({
        id: mark.getAttribute('data-pl-id')!,
        rect: { left: r.left, top: r.top, bottom: r.bottom },
        focusCard,
      });
    };
    listen(doc, 'mouseover', (e) => {
      const mark = highlightOf(e);
      if (mark) show(mark);
    });
    listen(doc, 'mouseout', (e) => {
      if (highlightOf(e)) hideSoon();
    });
    listen(doc, 'focusin', (e) => {
      const mark = highlightOf(e);
      if (mark) show(mark);
    });
    listen(doc, 'focusout', (e) => {
      // Focus moving into the card (inside our shadow host) keeps it open.
      const next = (e as FocusEvent).relatedTarget;
      if (highlightOf(e) && !(next instanceof Element && next.hasAttribute('data-pl-ui'))) hideSoon();
    });
    listen(doc, 'keydown', (e) => {
      if (e.key === 'Escape') setTarget(undefined);
      const mark = highlightOf(e);
      if (e.key === 'Enter' && mark) {
        e.preventDefault();
        show(mark, true);
      }
    });
    // The card is positioned for the highlight's place on screen; scrolling moves it away.
    listen(doc, 'scroll', () => setTarget(undefined));
    return () => {
      alive = false;
      cancelHide();
    };
  }, [doc, listen, timers]);

  return {
    target,
    keep: clearHide,
    release: () => {
      clearHide();
      hideTimer.current = timers.setTimeout(() => setTarget(undefined), GRACE_MS);
    },
  };
}
