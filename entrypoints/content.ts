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
    performance.mark('pl:main');
    const flag = '__policyLensLoaded';
    const w = window as unknown as Record<string, boolean>;
    if (w[flag]) return;
    w[flag] = true;

    const timers = { setTimeout: (fn: () => void, ms: number) => ctx.setTimeout(fn, ms), clearTimeout: (id: number) => clearTimeout(id) };
    const yieldToPage = makeYieldToPage(window);
    const url = location.href;
    // Started now, consumed by the first pass: later passes and re-decisions ask again.
    let siteModeEarly: ReturnType<typeof getSiteMode> | undefined = getSiteMode(location.hostname);
    let clipsEarly: Promise<Clip[]> | undefined = sendToBackground('listClipsForPage', { url }).catch(() => []);
    const take = <T>(early: T | undefined, fresh: () => T): T => early ?? fresh();
    const session = new PageSession(document, url, {
      now: () => new Date(),
      decide: async (onDemand) =>
        decidePage(document, url, take(siteModeEarly, () => getSiteMode(location.hostname)), onDemand, ctx.signal, yieldToPage).finally(() => {
          siteModeEarly = undefined;
        }),
      loadSavedClips: (pageUrl) => {
        const clips = pageUrl === url ? take(clipsEarly, () => sendToBackground('listClipsForPage', { url: pageUrl })) : sendToBackground('listClipsForPage', { url: pageUrl });
        clipsEarly = undefined;
        return clips;
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
      // In a task of its own, after the highlights are done.
      ctx.setTimeout(() => {
        performance.mark('pl:mount-start');
        unmount = mountInPageUi(document, session, (target, type, handler) => ctx.addEventListener(target, type, handler), timers);
        performance.mark('pl:mount-end');
      }, 0);
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
