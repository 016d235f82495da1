import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../messaging/protocol';
import { sendToTab } from '../../platform/messaging';
import { injectContentScript } from '../../platform/tabs';

/** The popup's view of its tab: the page state, or why there is none. */
export type TabView = { kind: 'loading' } | { kind: 'unreachable' } | { kind: 'page'; state: PageState };

const POLL_MS = 250;
const POLL_LIMIT = 40;

/**
 * Asks the tab's content script for its state and keeps asking while the page is still
 * being analysed (a page that renders late can take a few seconds).
 */
export function usePageState(tabId: number | undefined): {
  view: TabView;
  setState: (s: PageState) => void;
  annotateNow: () => Promise<void>;
} {
  const [view, setView] = useState<TabView>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    let tries = 0;
    const ask = async (): Promise<void> => {
      try {
        const state = await sendToTab(tabId, 'getPageState', {});
        if (!live) return;
        setView({ kind: 'page', state });
        if (state.status === 'pending' && ++tries < POLL_LIMIT) setTimeout(() => void ask(), POLL_MS);
      } catch {
        if (live) setView({ kind: 'unreachable' });
      }
    };
    void ask();
    return () => {
      live = false;
    };
  }, [tabId]);

  const annotateNow = useCallback(async () => {
    if (tabId === undefined) return;
    setView({ kind: 'loading' });
    try {
      const state = await sendToTab(tabId, 'annotateNow', {}).catch(async () => {
        // No content script on this page yet: inject it (the toolbar click granted activeTab),
        // then ask again.
        await injectContentScript(tabId);
        return sendToTab(tabId, 'annotateNow', {});
      });
      setView({ kind: 'page', state });
    } catch {
      setView({ kind: 'unreachable' });
    }
  }, [tabId]);

  return { view, setState: (state) => setView({ kind: 'page', state }), annotateNow };
}
