import { decidePage } from '../src/content/decide-page';
import { PageSession } from '../src/content/page-session';
import { listenInContent, sendToBackground } from '../src/platform/messaging';
import { getSiteMode } from '../src/settings/site-settings-store';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Injected twice (registered script + on-demand injection)? Keep the first instance.
    const flag = '__policyLensLoaded';
    const w = window as unknown as Record<string, boolean>;
    if (w[flag]) return;
    w[flag] = true;

    const url = location.href;
    const session = new PageSession(document, url, {
      now: () => new Date(),
      decide: async (onDemand) =>
        decidePage(document, url, await getSiteMode(location.hostname), onDemand, ctx.signal),
      loadSavedClips: (pageUrl) => sendToBackground('listClipsForPage', { url: pageUrl }),
      reportCount: (count) => void sendToBackground('reportCount', { count }).catch(() => {}),
    });

    const stop = listenInContent({
      getPageState: () => session.state,
      annotateNow: () => session.run(true),
      markSaved: ({ annotationIds }) => session.markSaved(annotationIds),
      revealAnnotation: ({ id }) => session.reveal(id),
    });
    ctx.onInvalidated(() => {
      stop();
      session.clear();
    });
    void session.run(false);
  },
});
