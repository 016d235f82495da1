/** Options of {@link awaitFinalDom}. */
export interface AwaitFinalDomOptions {
  /** Stop waiting (the content script was invalidated). The promise then resolves at once. */
  signal?: AbortSignal;
  /** How long the DOM must stay unchanged to count as final. Default 400 ms. */
  quietMs?: number;
  /** Upper bound of the whole wait. Default 8000 ms. */
  maxWaitMs?: number;
  /**
   * Body text shorter than this means the page is still a shell (a JavaScript challenge such
   * as nhc.gov.cn's, or a portal that renders its article with scripts), so a quiet DOM is
   * not yet final. Default 200 characters.
   */
  minTextLength?: number;
}

/**
 * Waits until the document looks final: parsed, its DOM quiet for `quietMs`, and carrying
 * some text; or until `maxWaitMs` passes; or until `signal` aborts. Never rejects, so a
 * caller can always classify what is there afterwards (check `signal.aborted` first).
 */
export function awaitFinalDom(doc: Document, opts: AwaitFinalDomOptions = {}): Promise<void> {
  const { signal, quietMs = 400, maxWaitMs = 8000, minTextLength = 200 } = opts;
  if (signal?.aborted) return Promise.resolve();
  const view = doc.defaultView ?? globalThis;
  const Observer = (view as typeof globalThis).MutationObserver ?? globalThis.MutationObserver;

  return new Promise<void>((resolve) => {
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    let observer: MutationObserver | undefined;
    const finish = (): void => {
      clearTimeout(quietTimer);
      clearTimeout(deadline);
      observer?.disconnect();
      doc.removeEventListener('DOMContentLoaded', restartQuietTimer);
      signal?.removeEventListener('abort', finish);
      resolve();
    };
    const hasContent = (): boolean =>
      (doc.body?.textContent ?? '').replace(/\s+/g, '').length >= minTextLength;
    function onQuiet(): void {
      if (doc.readyState !== 'loading' && hasContent()) finish();
      // Still a shell: keep waiting for the next mutation (or the deadline).
    }
    function restartQuietTimer(): void {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(onQuiet, quietMs);
    }
    const deadline = setTimeout(finish, maxWaitMs);
    signal?.addEventListener('abort', finish, { once: true });
    doc.addEventListener('DOMContentLoaded', restartQuietTimer, { once: true });
    if (typeof Observer === 'function') {
      observer = new Observer(restartQuietTimer);
      // Observe the document itself: a challenge page may replace its whole documentElement.
      observer.observe(doc, { childList: true, subtree: true, characterData: true });
    }
    restartQuietTimer();
  });
}
