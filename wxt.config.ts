import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Extension pages load only our own scripts and talk to no server: nothing a clip contains
 * can pull in code, and nothing can leave the browser (connect-src 'none').
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "connect-src 'none'",
  "img-src 'self' data:",
  "style-src 'self'",
].join('; ');

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // The content script itself is declared for *://*.gov.cn/* only (entrypoints/content.ts).
    permissions: ['storage', 'activeTab', 'scripting'],
    // Asked for at the moment the user switches a non-government site on, never at install.
    optional_host_permissions: ['*://*/*'],
    // Asked for only when the user turns on deadline reminders in the clip list.
    optional_permissions: ['alarms', 'notifications'],
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    commands: {
      'next-highlight': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNext__' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPrevious__' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggle__' },
    },
    browser_specific_settings: {
      gecko: {
        id: 'policy-lens@policy-lens.local',
        strict_min_version: '115.0',
        // Firefox's data-collection consent: Policy Lens collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
