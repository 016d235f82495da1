import { browser } from 'wxt/browser';
import { listenInBackground } from '../src/platform/messaging';
import { openClipStore, type ClipStore } from '../src/storage/clip-store';
import { validateClip } from '../src/storage/validate-clip';
import { badgeText } from '../src/platform/badge';

export default defineBackground(() => {
  // One connection per service-worker life; reopened lazily after the worker restarts.
  let store: Promise<ClipStore> | undefined;
  const clips = () => (store ??= openClipStore());

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
