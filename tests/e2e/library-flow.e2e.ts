/**
 * The library page in real Chromium: a clip saved from the popup appears in clips.html, is
 * found by search and filters, edited inline, deleted and brought back with undo, and changes
 * made in another tab or the popup show up without a reload.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Clip } from '../../src/core/clip';
import { exportClips } from '../../src/export/index';
import { waitForAnnotated } from './support/extension-browser';
import { usePortalSession } from './support/portal-session';

const NOTICE = 'http://wsjkw.gd.gov.cn/zwgk/gsgg/content/post_4123456.html';

const session = usePortalSession();

beforeAll(async () => {
  // Headless Chromium speaks en-US; the list page follows its saved choice, so pin Chinese there.
  await session.browser.context.addInitScript(() => {
    if (location.protocol === 'chrome-extension:' && !localStorage.getItem('policy-lens.locale')) {
      localStorage.setItem('policy-lens.locale', 'zh');
    }
  });
});

function extraClips(): Clip[] {
  const base = (id: string, text: string, extra: Partial<Clip>): Clip => {
    const url = `https://www.nhc.gov.cn/yzygj/s7659/202401/${id}.shtml`;
    return {
      id,
      kind: 'deadline',
      text,
      context: `${text}。`,
      url,
      doc: {
        url,
        site: 'www.nhc.gov.cn',
        title: '关于进一步改善医疗服务的通知',
        docNumber: '国卫医发〔2024〕1号',
      },
      anchor: { quote: text, prefix: '', suffix: '', start: 10, end: 10 + text.length },
      note: '',
      tags: [],
      status: 'todo',
      createdAt: '2024-01-02T00:00:00.000Z',
      updatedAt: '2024-01-02T00:00:00.000Z',
      ...extra,
    };
  };
  return [
    base('nhc-1', '满意度达到90%以上', {
      kind: 'target',
      metric: '满意度',
      comparator: '≥',
      value: 90,
      unit: '%',
    }),
    base('nhc-2', '年底前', {
      due: '2099-12-31',
      anchor: { quote: '年底前', prefix: '', suffix: '', start: 40, end: 43 },
    }),
  ];
}

async function openList(): Promise<Page> {
  const list = await session.browser.context.newPage();
  await list.goto(`chrome-extension://${session.browser.extensionId}/clips.html`);
  await list.waitForSelector('[data-testid="result-count"]');
  return list;
}

const texts = (list: Page) => list.locator('[data-testid="clip"] .clip__text').allTextContents();

async function readRecord(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('clips').objectStore('clips').get(key);
          get.onsuccess = () => {
            resolve(get.result as Record<string, unknown> | undefined);
            open.result.close();
          };
        };
      }),
    id,
  );
}

describe('library page', () => {
  it('save → search → filter → edit → delete/undo, with live updates across tabs', async () => {
    const { page, tabId } = await session.browser.openTab(NOTICE);
    await waitForAnnotated(page);
    const list = await openList();
    const other = await openList();

    // Saving in the popup shows up in both open lists without a reload.
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
    const item = popup.locator('[data-testid="annotation"][data-pl-kind="deadline"]', {
      hasText: '2024年4月30日前',
    });
    await item.locator('[data-testid="save"]').click();
    await expect.poll(() => texts(list)).toEqual(['2024年4月30日前']);
    await expect.poll(() => texts(other)).toEqual(['2024年4月30日前']);
    // The popup's short view lists the library's deadlines (this one is long overdue).
    await expect
      .poll(() =>
        popup.locator('[data-testid="upcoming-short"] [data-testid="upcoming-item"]').allTextContents(),
      )
      .toEqual([expect.stringContaining('2024年4月30日前')]);

    // Import two more through the file input.
    await list.setInputFiles('[data-testid="import"]', {
      name: 'more.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportClips(extraClips(), 'json', { now: new Date() }).content),
    });
    await expect
      .poll(() => list.locator('[data-testid="import-result"]').textContent())
      .toBe('导入 2 条，跳过 0 条重复');
    await expect.poll(() => list.locator('[data-testid="clip"]').count()).toBe(3);
    await expect.poll(() => other.locator('[data-testid="clip"]').count()).toBe(3);

    // Search (full-width digits match) and filters.
    await list.fill('[data-testid="search"]', '９０％');
    await expect.poll(() => texts(list)).toEqual(['满意度达到90%以上']);
    await list.fill('[data-testid="search"]', '');
    await list.selectOption('[data-testid="filter-site"]', 'wsjkw.gd.gov.cn');
    await expect.poll(() => texts(list)).toEqual(['2024年4月30日前']);
    await list.selectOption('[data-testid="filter-site"]', '');
    await list.selectOption('[data-testid="filter-due"]', 'overdue');
    await expect.poll(() => texts(list)).toEqual(['2024年4月30日前']);
    await list.selectOption('[data-testid="filter-due"]', '');
    await list.selectOption('[data-testid="filter-kind"]', 'target');
    await expect.poll(() => texts(list)).toEqual(['满意度达到90%以上']);
    await list.selectOption('[data-testid="filter-kind"]', '');

    // Inline edit: stored, and visible in the other tab.
    const row = list.locator('[data-testid="clip"][data-clip-id="nhc-2"]');
    await row.locator('[data-testid="clip-edit"]').click();
    await row.locator('[data-testid="edit-note"]').fill('交医政医管科');
    await row.locator('[data-testid="edit-tags"]').fill('重点，年度');
    await row.locator('[data-testid="edit-save"]').click();
    await row.locator('[data-testid="clip-status"]').selectOption('done');
    await expect.poll(async () => (await readRecord(list, 'nhc-2'))?.status).toBe('done');
    expect(await readRecord(list, 'nhc-2')).toMatchObject({ note: '交医政医管科', tags: ['重点', '年度'] });
    const otherRow = other.locator('[data-testid="clip"][data-clip-id="nhc-2"]');
    await expect.poll(() => otherRow.locator('[data-testid="clip-note"]').textContent()).toBe('交医政医管科');
    await expect.poll(() => otherRow.getAttribute('data-status')).toBe('done');

    // Delete with undo.
    await list.locator('[data-testid="clip"][data-clip-id="nhc-1"] [data-testid="clip-delete"]').click();
    await expect.poll(() => list.locator('[data-testid="clip"]').count()).toBe(2);
    await expect.poll(() => other.locator('[data-testid="clip"]').count()).toBe(2);
    expect(await readRecord(list, 'nhc-1')).toBeUndefined();
    await list.click('[data-testid="undo"]');
    await expect.poll(() => list.locator('[data-testid="clip"]').count()).toBe(3);
    await expect.poll(() => other.locator('[data-testid="clip"]').count()).toBe(3);
    expect(await readRecord(list, 'nhc-1')).toMatchObject({ text: '满意度达到90%以上' });

    // Saving the same span again is not a duplicate: the popup says 已保存, the list keeps 3.
    const again = await session.browser.context.newPage();
    await again.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
    const saved = again.locator('[data-testid="annotation"][data-pl-kind="deadline"]', {
      hasText: '2024年4月30日前',
    });
    // The popup follows the browser's language (en-US in headless Chromium).
    await expect.poll(() => saved.locator('[data-testid="save"]').textContent()).toMatch(/^(已保存|Saved)$/);
    expect(await saved.locator('[data-testid="save"]').isDisabled()).toBe(true);
    await expect(again.locator('[role="alert"]').count()).resolves.toBe(0);
    expect(await list.locator('[data-testid="clip"]').count()).toBe(3);

    await Promise.all([list.close(), other.close(), popup.close(), again.close(), page.close()]);
  });

  it('bulk-deletes a selection and switches to English', async () => {
    const list = await openList();
    await expect.poll(() => list.locator('[data-testid="clip"]').count()).toBe(3);
    await list.locator('[data-testid="clip"][data-clip-id="nhc-1"] [data-testid="clip-select"]').check();
    await list.locator('[data-testid="clip"][data-clip-id="nhc-2"] [data-testid="clip-select"]').check();
    await list.click('[data-testid="delete-selected"]');
    await expect.poll(() => list.locator('[data-testid="clip"]').count()).toBe(1);
    await list.click('[data-testid="undo"]');
    await expect.poll(() => list.locator('[data-testid="clip"]').count()).toBe(3);

    await list.selectOption('[data-testid="language"]', 'en');
    expect(await list.locator('[data-testid="tab-targets"]').textContent()).toBe('Targets');
    await list.reload();
    await list.waitForSelector('[data-testid="result-count"]');
    expect(await list.locator('[data-testid="tab-targets"]').textContent()).toBe('Targets');
    await list.selectOption('[data-testid="language"]', 'zh');
    await list.close();
  });
});
