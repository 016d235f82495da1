/**
 * Site control outside `*.gov.cn`: the content script is declared for government hosts only;
 * a site the user switches on elsewhere gets an optional host permission (asked for in the
 * popup's click, never at install) and a registered content script.
 */
import { browser } from 'wxt/browser';
import { getSiteSettings, setSiteMode } from '../settings/site-settings-store';
import { isGovernmentHost, siteKey, type SiteMode } from '../settings/site-rules';

const SCRIPT_PREFIX = 'policy-lens-site-';
const CONTENT_SCRIPT = 'content-scripts/content.js';

function originPattern(host: string): string {
  return `*://${host}/*`;
}

/**
 * Sets a site's mode from a user gesture. Switching a non-government site on asks for its
 * host permission first; if the user refuses, nothing changes and `false` is returned.
 */
export async function changeSiteMode(url: string, mode: SiteMode): Promise<boolean> {
  const host = siteKey(url);
  if (!host) return false;
  if (mode === 'on' && !isGovernmentHost(host)) {
    const granted = await browser.permissions.request({ origins: [originPattern(host)] });
    if (!granted) return false;
  }
  await setSiteMode(host, mode);
  await syncRegisteredScripts();
  return true;
}

/**
 * Makes the registered content scripts match the settings: one per non-government site
 * switched on whose permission is still granted. Run at start-up and after every change.
 */
export async function syncRegisteredScripts(): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const settings = await getSiteSettings();
  const wanted = new Set<string>();
  for (const [host, mode] of Object.entries(settings.sites)) {
    if (mode !== 'on' || isGovernmentHost(host)) continue;
    if (await browser.permissions.contains({ origins: [originPattern(host)] })) wanted.add(host);
  }
  const registered = await scripting.getRegisteredContentScripts();
  const present = new Set(registered.filter((s) => s.id.startsWith(SCRIPT_PREFIX)).map((s) => s.id));
  const stale = [...present].filter((id) => !wanted.has(id.slice(SCRIPT_PREFIX.length)));
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter((host) => !present.has(SCRIPT_PREFIX + host));
  if (missing.length > 0) {
    await scripting.registerContentScripts(
      missing.map((host) => ({
        id: SCRIPT_PREFIX + host,
        matches: [originPattern(host)],
        js: [CONTENT_SCRIPT],
        runAt: 'document_idle' as const,
      })),
    );
  }
}
