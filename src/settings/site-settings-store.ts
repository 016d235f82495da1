import { storage } from 'wxt/utils/storage';
import { DEFAULT_SITE_SETTINGS, SITE_MODES, siteKey, type SiteMode, type SiteSettings } from './site-rules';

/**
 * Site settings in `storage.local`, versioned from v1 so later shapes migrate with WXT's
 * `migrations` ladder (never edit a shipped step).
 */
export const siteSettingsItem = storage.defineItem<SiteSettings>('local:siteSettings', {
  fallback: DEFAULT_SITE_SETTINGS,
  version: 1,
});

/** Keeps only well-formed entries, so a corrupted or hand-edited value cannot break the content script. */
export function sanitizeSiteSettings(value: unknown): SiteSettings {
  const sites: Record<string, SiteMode> = {};
  const raw = (value as { sites?: unknown } | null | undefined)?.sites;
  if (raw && typeof raw === 'object') {
    for (const [host, mode] of Object.entries(raw as Record<string, unknown>)) {
      const key = siteKey(host);
      if (key && SITE_MODES.includes(mode as SiteMode) && mode !== 'auto') sites[key] = mode as SiteMode;
    }
  }
  return { version: 1, sites };
}

/** All stored settings (sanitised). */
export async function getSiteSettings(): Promise<SiteSettings> {
  return sanitizeSiteSettings(await siteSettingsItem.getValue());
}

/** The mode of a host (or URL): what the user chose, else `auto`. */
export async function getSiteMode(host: string): Promise<SiteMode> {
  const settings = await getSiteSettings();
  return settings.sites[siteKey(host)] ?? 'auto';
}

/** Sets the mode of a host (or URL). `auto` removes the entry. Ignores input without a host. */
export async function setSiteMode(host: string, mode: SiteMode): Promise<void> {
  const key = siteKey(host);
  if (!key) return;
  const settings = await getSiteSettings();
  const sites = { ...settings.sites };
  if (mode === 'auto') delete sites[key];
  else sites[key] = mode;
  await siteSettingsItem.setValue({ version: 1, sites });
}

/** Calls `callback` with the new settings whenever they change (any context). Returns the unsubscribe function. */
export function watchSiteSettings(callback: (settings: SiteSettings) => void): () => void {
  return siteSettingsItem.watch((value) => callback(sanitizeSiteSettings(value)));
}
