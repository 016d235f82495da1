import type { Detection } from '../detect/classify';

/** Per-host choice: `auto` follows detection, `on` and `off` are the user's overrides. */
export type SiteMode = 'auto' | 'on' | 'off';

/** All site modes, in the order a popup offers them. */
export const SITE_MODES: readonly SiteMode[] = ['auto', 'on', 'off'];

/** Persisted site settings. Hosts with mode `auto` are not stored. */
export interface SiteSettings {
  version: 1;
  /** Exact host name (lower case, no port, no trailing dot) → mode. */
  sites: Record<string, SiteMode>;
}

/** Settings of a fresh install: every site on `auto`. */
export const DEFAULT_SITE_SETTINGS: SiteSettings = Object.freeze({
  version: 1,
  sites: Object.freeze({}),
}) as SiteSettings;

/**
 * The key a site setting is stored under: the exact host, lower-cased, without port or
 * trailing dot. Exact on purpose: switching off `gd.gov.cn` must not silently switch off
 * `wsjkw.gd.gov.cn`, and `www.nhc.gov.cn` is a different key from `nhc.gov.cn` (the popup
 * shows the host it acts on, so the user sees which one they changed).
 * Accepts a URL or a bare host; returns `''` for input without a host.
 */
export function siteKey(urlOrHost: string): string {
  const input = urlOrHost.trim();
  if (input === '') return '';
  try {
    const host = new URL(input.includes('://') ? input : `http://${input}`).hostname;
    return host.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** Government hosts: `*.gov.cn` and the Chinese `.政务` domain (punycode `xn--zfr164b`). */
export function isGovernmentHost(host: string): boolean {
  return /(?:^|\.)gov\.cn$/.test(host) || /(?:\.|^)(?:政务|xn--zfr164b)$/.test(host);
}

/** Inputs of {@link shouldAnnotate}. */
export interface AnnotateInput {
  url: string;
  detection: Detection;
  siteMode: SiteMode;
  /** The user asked for this page explicitly (popup button, context menu, shortcut). */
  onDemand: boolean;
}

/**
 * Decides whether to annotate a page, and says why (the popup shows `reason`):
 * on demand always; a site switched off never; a site switched on for every policy page;
 * otherwise (auto) policy pages of health authorities — or about health — on a government host.
 */
export function shouldAnnotate(input: AnnotateInput): { annotate: boolean; reason: string } {
  const { detection, siteMode } = input;
  if (input.onDemand) return { annotate: true, reason: 'on-demand' };
  if (siteMode === 'off') return { annotate: false, reason: 'site-off' };
  if (!detection.policyPage) return { annotate: false, reason: 'not-policy-page' };
  if (siteMode === 'on') return { annotate: true, reason: 'site-on' };
  if (!isGovernmentHost(siteKey(input.url))) return { annotate: false, reason: 'not-government-site' };
  if (detection.healthSite) return { annotate: true, reason: 'health-authority-policy-page' };
  if (detection.healthTopic) return { annotate: true, reason: 'health-policy-page' };
  return { annotate: false, reason: 'not-health' };
}
