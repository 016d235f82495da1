/**
 * Site control: switching a site off in the popup stops highlighting after reload; on-demand
 * annotation works on a page outside *.gov.cn.
 */
import { describe, expect, it } from 'vitest';
import { waitForAnnotated } from './support/extension-browser';
import { usePortalSession } from './support/portal-session';

const NOTICE = 'http://wsjkw.gd.gov.cn/zwgk/gsgg/content/post_4123456.html';
const OUTSIDE = 'http://www.example.org/policy/notice.html';

// The grant stands in for the toolbar click's activeTab (see LaunchOptions.grantHosts).
const session = usePortalSession({ grantHosts: ['*://www.example.org/*'] });

describe('site control', () => {
  it('stops highlighting a site switched off, after reload, and starts again when back on auto', async () => {
    const { page, tabId } = await session.browser.openTab(NOTICE);
    await waitForAnnotated(page);
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="site-mode-off"]').check();
    await expect.poll(() => popup.locator('[data-testid="site-mode-off"]').isChecked()).toBe(true);

    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-pl-kind]').count()).toBe(0);
    expect(await page.getAttribute('html', 'data-pl-state')).toBeNull();

    await popup.reload();
    await popup.locator('[data-testid="site-mode-auto"]').check();
    await expect.poll(() => popup.locator('[data-testid="site-mode-auto"]').isChecked()).toBe(true);
    await page.reload();
    expect(await waitForAnnotated(page)).toBeGreaterThan(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('annotates a page outside *.gov.cn on demand', async () => {
    const { page, tabId } = await session.browser.openTab(OUTSIDE);
    await page.waitForTimeout(500);
    expect(await page.getAttribute('html', 'data-pl-state')).toBeNull();
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="annotate-now"]').click();
    expect(await waitForAnnotated(page)).toBeGreaterThan(0);
    await popup.locator('[data-testid="annotation"]').first().waitFor();
    await Promise.all([popup.close(), page.close()]);
  });
});
