import { browser } from 'wxt/browser';
import { listenInBackground, sendToTab } from '../src/platform/messaging';
import { isPageCommand } from '../src/messaging/protocol';
import { openClipStore, type ClipStore } from '../src/storage/clip-store';
import { validateClip } from '../src/storage/validate-clip';
import { badgeText } from '../src/platform/badge';
import { registerReminderHandlers } from '../src/platform/reminders';
import { syncRegisteredScripts } from '../src/platform/site-access';

export default defineBackground(() => {
  registerReminderHandlers();
  // One connection per service-worker life; reopened lazily after the worker restarts.
  let store: Promise<ClipStore> | undefined;
  // A failed open (blocked by an old tab, deleted database) is not cached: the next request retries.
  const clips = () =>
    (store ??= openClipStore().catch((error: unknown) => {
      store = undefined;
      throw error;
    }));

  // Sites the user switched on outside *.gov.cn keep their content script across restarts.
  void syncRegisteredScripts().catch(() => {});

  // Keyboard shortcuts (manifest `commands`) go to the content script of the tab they were pressed in.
  browser.commands.onCommand.addListener((command, tab) => {
    if (!isPageCommand(command) || tab?.id === undefined) return;
    void sendToTab(tab.id, 'runPageCommand', { command }).catch(() => {});
  });

  listenInBackground({
    async saveClipFromPage({ clip }) {
      const checked = validateClip(clip);
      if (!checked.ok) return { ok: false, error: checked.problems.join('; ') };
      try {
        const result = await (await clips()).save(checked.clip);
        return { ok: true, ...result };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    async listClipsForPage({ url }) {
      if (typeof url !== 'string') return [];
      return (await clips()).listByUrl(url);
    },
    async reportCount({ count }, sender) {
      if (sender.tabId === undefined || !Number.isInteger(count)) return;
      await browser.action.setBadgeBackgroundColor({ tabId: sender.tabId, color: '#b36b00' });
      await browser.action.setBadgeText({ tabId: sender.tabId, text: badgeText(count) });
    },
  });
});
