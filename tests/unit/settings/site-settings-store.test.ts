import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  getSiteMode,
  getSiteSettings,
  sanitizeSiteSettings,
  setSiteMode,
  siteSettingsItem,
  watchSiteSettings,
} from '../../../src/settings/site-settings-store';

beforeEach(() => {
  fakeBrowser.reset();
});

test('every site starts on auto', async () => {
  expect(await getSiteMode('wsjkw.gd.gov.cn')).toBe('auto');
  expect(await getSiteSettings()).toEqual({ version: 1, sites: {} });
});

test('a choice persists per exact host and does not leak to other hosts', async () => {
  await setSiteMode('https://wsjkw.gd.gov.cn/zwgk/content/post_1.html', 'off');
  await setSiteMode('www.fanwen.com', 'on');
  expect(await getSiteMode('WSJKW.gd.gov.cn')).toBe('off');
  expect(await getSiteMode('www.fanwen.com')).toBe('on');
  expect(await getSiteMode('gd.gov.cn')).toBe('auto');
  expect(await getSiteMode('wjw.gd.gov.cn')).toBe('auto');
  expect(await fakeBrowser.storage.local.get('siteSettings')).toEqual({
    siteSettings: { version: 1, sites: { 'wsjkw.gd.gov.cn': 'off', 'www.fanwen.com': 'on' } },
  });
});

test('going back to auto removes the entry', async () => {
  await setSiteMode('wsjkw.gd.gov.cn', 'on');
  await setSiteMode('wsjkw.gd.gov.cn', 'auto');
  expect((await getSiteSettings()).sites).toEqual({});
});

test('input without a host is ignored', async () => {
  await setSiteMode('', 'off');
  expect((await getSiteSettings()).sites).toEqual({});
});

test('watchers hear changes made anywhere, and can stop listening', async () => {
  const seen = vi.fn();
  const unwatch = watchSiteSettings(seen);
  await setSiteMode('wjw.beijing.gov.cn', 'off');
  await vi.waitFor(() =>
    expect(seen).toHaveBeenCalledWith({ version: 1, sites: { 'wjw.beijing.gov.cn': 'off' } }),
  );
  unwatch();
  await setSiteMode('wjw.beijing.gov.cn', 'on');
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(seen).toHaveBeenCalledTimes(1);
});

test('a corrupted stored value degrades to valid settings', async () => {
  await fakeBrowser.storage.local.set({
    siteSettings: {
      version: 1,
      sites: { 'A.gov.cn': 'off', 'b.gov.cn': 'sometimes', '': 'on', 'c.gov.cn': 'auto' },
    },
  });
  expect(await getSiteSettings()).toEqual({ version: 1, sites: { 'a.gov.cn': 'off' } });
  expect(sanitizeSiteSettings(null)).toEqual({ version: 1, sites: {} });
  expect(siteSettingsItem.key).toBe('local:siteSettings');
});
