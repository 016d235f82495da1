/**
 * The whole clip loop in real Chromium: a policy page gets highlights, a news page gets
 * nothing, saving from the popup stores a clip in IndexedDB, the list shows it and the JSON
 * export holds it.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { waitForAnnotated } from './support/extension-browser';
import { usePortalSession } from './support/portal-session';

const NOTICE = 'http://wsjkw.gd.gov.cn/zwgk/gsgg/content/post_4123456.html';
const NEWS = 'http://wsjkw.gd.gov.cn/xwzx/gzdt/content/post_4123999.html';

const session = usePortalSession();

describe('clip loop', () => {
  it('highlights deadlines and targets on a policy notice', async () => {
    const { page } = await session.browser.openTab(NOTICE);
    const count = await waitForAnnotated(page);
    expect(count).toBeGreaterThanOrEqual(4);
    const deadlines = await page.locator('[data-pl-kind="deadline"]').allTextContents();
    const targets = await page.locator('[data-pl-kind="target"]').allTextContents();
    expect(deadlines.join('|')).toContain('2024年4月30日前');
    expect(targets.join('|')).toMatch(/不低于75%/);
    // Every highlight element carries an id.
    const withoutId = await page.locator('[data-pl-kind]:not([data-pl-id])').count();
    expect(withoutId).toBe(0);
    await page.close();
  });

  it('adds nothing to a news page', async () => {
    const { page } = await session.browser.openTab(NEWS);
    // Give the content script time to decide (it waits for the DOM to settle).
    await page.waitForTimeout(2500);
    expect(await page.getAttribute('html', 'data-pl-state')).toBeNull();
    expect(await page.locator('[data-pl-kind]').count()).toBe(0);
    await page.close();
  });

  it('saves a clip from the popup; the list shows it and the JSON export holds it', async () => {
    const { page, tabId } = await session.browser.openTab(NOTICE);
    await waitForAnnotated(page);
    expect(tabId).toBeGreaterThan(0);

    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
    const item = popup.locator('[data-testid="annotation"][data-pl-kind="deadline"]', {
      hasText: '2024年4月30日前',
    });
    await item.waitFor();
    await item.locator('[data-testid="save"]').click();
    await expect.poll(() => item.locator('[data-testid="save"]').isDisabled()).toBe(true);

    // Stored in the extension origin's IndexedDB, database policy-lens, store clips.
    const records = await popup.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('policy-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('clips').objectStore('clips').getAll();
            all.onsuccess = () => {
              resolve(all.result);
              open.result.close();
            };
          };
        }),
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'deadline', text: '2024年4月30日前', url: NOTICE });
    expect(records[0]).toHaveProperty('id');
    expect(records[0]).toHaveProperty('createdAt');

    // The page marks the saved highlight.
    await expect
      .poll(() => page.locator('[data-pl-kind="deadline"][data-pl-saved="true"]').count())
      .toBeGreaterThan(0);

    const list = await session.browser.context.newPage();
    await list.goto(`chrome-extension://${session.browser.extensionId}/clips.html`);
    const clip = list.locator('[data-testid="clip"]');
    await expect.poll(() => clip.count()).toBe(1);
    expect(await clip.textContent()).toContain('2024年4月30日前');

    const [download] = await Promise.all([
      list.waitForEvent('download'),
      list.click('[data-testid="export-json"]'),
    ]);
    const file = await download.path();
    const json = JSON.parse(await readFile(file, 'utf8')) as { clips: { text: string; url: string }[] };
    expect(json.clips.map((c) => c.text)).toEqual(['2024年4月30日前']);
    expect(json.clips[0]!.url).toBe(NOTICE);
    await Promise.all([popup.close(), list.close(), page.close()]);
  });

  it('highlights the saved clip again when the page is revisited', async () => {
    const { page } = await session.browser.openTab(NOTICE);
    await waitForAnnotated(page);
    const saved = page.locator('[data-pl-saved="true"]');
    await expect.poll(() => saved.count()).toBeGreaterThan(0);
    expect((await saved.allTextContents()).join('')).toContain('2024年4月30日前');
    await page.close();
  });
});
