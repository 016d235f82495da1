import { decidePage } from '../src/content/decide-page';
import { PageSession } from '../src/content/page-session';
import { runPageCommand } from '../src/content/page-commands';
import { makeYieldToPage } from '../src/content/yield-to-page';
import type { Clip } from '../src/core/clip';
import { listenInContent, sendToBackground } from '../src/platform/messaging';
import { getSiteMode } from '../src/settings/site-settings-store';
import { mountInPageUi } from '../src/ui/panel/in-page-ui';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  // document_end: judge the page as soon as it is parsed; late content is followed by the session.
  // (document_start was measured slower: compiling this script then blocks the page's parser,
  // and the page's first layout lands between our slices.)
  runAt: 'document_end',
  main(ctx) {
    // Injected twice (registered script + on-demand injection)? Keep the first instance.
    const flag = '__policyLensLoaded';
    const w = window as unknown as Record<string, boolean>;
    if (w[flag]) return;
    w[flag] = true;

    const timers = {
      setTimeout: (fn: () => void, ms: number) => ctx.setTimeout(fn, ms),
      clearTimeout: (id: number) => clearTimeout(id),
    };
    const yieldToPage = makeYieldToPage(window);
    const url = location.href;
    // Saved clips are asked for now, before the page is judged: a cold background worker takes
    // 100–300 ms to wake, and the first pass should find them already here. Later passes ask again.
    let clipsAskedEarly: Promise<Clip[]> | undefined = sendToBackground('listClipsForPage', { url }).catch(
      () => [],
    );
    const session = new PageSession(document, url, {
      now: () => new Date(),
      decide: async (onDemand) =>
        decidePage(document, url, getSiteMode(location.hostname), onDemand, ctx.signal, yieldToPage),
      loadSavedClips: (pageUrl) => {
        const early = pageUrl === url ? clipsAskedEarly : undefined;
        clipsAskedEarly = undefined;
        return early ?? sendToBackground('listClipsForPage', { url: pageUrl });
      },
      reportCount: (count) => void sendToBackground('reportCount', { count }).catch(() => {}),
      saveClip: async (clip) => {
        const result = await sendToBackground('saveClipFromPage', { clip });
        return result.ok ? { ok: true, clip: result.clip } : result;
      },
      yieldToPage,
      timers,
      signal: ctx.signal,
    });

    // The panel appears with the first highlights, never on pages that get none.
    let unmount: (() => void) | undefined;
    const unsubscribe = session.subscribe((view) => {
      if (unmount || view.state.status !== 'annotated') return;
      unmount = () => {};
      // After the highlights are done, when the page is idle (but within 300 ms): building the
      // panel is never on the way to the highlights, nor in one task with them.
      ctx.requestIdleCallback(
        () => {
          unmount = mountInPageUi(
            document,
            session,
            (target, type, handler) => ctx.addEventListener(target, type, handler),
            timers,
          );
        },
        { timeout: 300 },
      );
    });

    const stop = listenInContent({
      getPageState: () => session.state,
      annotateNow: () => session.run(true),
      markSaved: ({ annotationIds }) => session.markSaved(annotationIds),
      revealAnnotation: ({ id }) => session.reveal(id),
      runPageCommand: ({ command }) => runPageCommand(session, command),
    });
    ctx.onInvalidated(() => {
      stop();
      unsubscribe();
      unmount?.();
      session.dispose();
    });
    void session.run(false);
  },
});
