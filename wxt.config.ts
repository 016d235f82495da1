import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting'],
    commands: {
      'next-highlight': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNext__' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPrevious__' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggle__' },
    },
  },
});
