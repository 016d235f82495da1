/**
 * Hostile pages: script payloads in text that becomes clips, pages that break built-ins or
 * style `mark`, editable regions, frames, shadow trees, pages that never stop mutating, and
 * very large pages. The page must keep working, CPU must stay bounded, and nothing may
 * execute in the popup, the list or any export.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { waitForAnnotated } from './support/extension-browser';
import { usePortalSession } from './support/portal-session';
import { buildLargePage } from './support/large-page';

const BASE = 'http://wjw.hostile.gov.cn/zwgk';
const GENERATED = 'tests/e2e/.tmp/site';

const session = usePortalSession();

beforeAll(async () => {
  const dir = join(GENERATED, 'wjw.big.gov.cn', 'zwgk');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'text-5mb.html'), buildLargePage({ targetBytes: 5_000_000, nodesPerParagraph: 1 }));
  writeFileSync(
    join(dir, 'nodes-100k.html'),
    buildLargePage({ targetBytes: 1_500_000, nodesPerParagraph: 12 }),
  );
  // The browser maps every *.gov.cn host to the committed site's server; the generated pages
  // (not committed) are answered from disk under their own host name.
  await session.browser.context.route('http://wjw.big.gov.cn/**', (route) =>
    route.fulfill({
      path: join(dir, basename(new URL(route.request().url()).pathname)),
      contentType: 'text/html; charset=utf-8',
    }),
  );
});

/** Counts main-thread long tasks (ms) in a page from now on. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __plLongTaskMs: number };
    w.__plLongTaskMs = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__plLongTaskMs += e.duration;
    }).observe({ type: 'longtask', buffered: false });
  });
  return () => page.evaluate(() => (window as unknown as { __plLongTaskMs: number }).__plLongTaskMs);
}

async function saveEverything(popup: Page): Promise<number> {
  const buttons = popup.locator('[data-testid="annotation"] [data-testid="save"]:not([disabled])');
  await popup.locator('[data-testid="annotation"]').first().waitFor();
  let saved = 0;
  while ((await buttons.count()) > 0 && saved < 50) {
    await buttons.first().click();
    saved++;
    await popup.waitForTimeout(50);
  }
  return saved;
}

async function downloadText(page: Page, testId: string): Promise<string | undefined> {
  const button = page.locator(`[data-testid="${testId}"]`);
  if ((await button.count()) === 0) return undefined;
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await download.path(), 'utf8');
}

describe('hostile pages', () => {
  it('keeps script payloads in page text inert in the page, popup, list and every export', async () => {
    const dialogs: string[] = [];
    session.browser.context.on('page', (p) =>
      p.on('dialog', (d) => void dialogs.push(d.message()).valueOf()),
    );
    const { page, tabId } = await session.browser.openTab(`${BASE}/injection.html`);
    expect(await waitForAnnotated(page)).toBeGreaterThan(3);

    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
    expect(await saveEverything(popup)).toBeGreaterThan(3);

    const list = await session.browser.context.newPage();
    await list.goto(`chrome-extension://${session.browser.extensionId}/clips.html`);
    await list.locator('[data-testid="clip"]').first().waitFor();

    for (const p of [page, popup, list]) {
      expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await p.locator('img[src="x"], script:has-text("__pwned")').count()).toBe(0);
    }

    const json = await downloadText(list, 'export-json');
    const parsed = JSON.parse(json!) as { clips: { context: string }[] };
    expect(parsed.clips.some((c) => c.context.includes('onerror'))).toBe(true); // kept as data

    const csv = await downloadText(list, 'export-csv');
    if (csv !== undefined) {
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const md = await downloadText(list, 'export-md');
    if (md !== undefined) {
      expect(md).not.toMatch(/<script|<img/i);
      expect(md).not.toMatch(/\]\(javascript:/i);
    }
    const ics = await downloadText(list, 'export-ics');
    if (ics !== undefined) {
      const cal = new ICAL.Component(ICAL.parse(ics));
      expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    }
    expect(dialogs).toEqual([]);
    await Promise.all([popup.close(), list.close(), page.close()]);
  });

  it('works on a page that breaks built-ins and styles every mark, and leaves its own parts alone', async () => {
    const { page } = await session.browser.openTab(`${BASE}/prototype.html`);
    expect(await waitForAnnotated(page)).toBeGreaterThan(0);
    const ticks = await page.evaluate(
      () => (window as unknown as { __pageStillWorks: number }).__pageStillWorks,
    );
    await page.waitForTimeout(500);
    expect(
      await page.evaluate(() => (window as unknown as { __pageStillWorks: number }).__pageStillWorks),
    ).toBeGreaterThan(ticks);

    // The page's own <mark> is untouched; ours stay visible despite `mark { display: none !important }`.
    expect(await page.locator('mark.site-mark').textContent()).toBe('本页自带的mark元素');
    const display = await page
      .locator('[data-pl-kind]')
      .first()
      .evaluate((el) => getComputedStyle(el).display);
    expect(display).not.toBe('none');

    // Nothing inside editable regions, form fields, frames or shadow trees.
    expect(await page.locator('#editor [data-pl-kind]').count()).toBe(0);
    expect(await page.locator('#editor').textContent()).toBe('编辑区：2024年7月1日前完成，达到95%以上');
    expect(await page.locator('#draft').inputValue()).toBe('草稿：2024年8月1日前');
    const frameMarks = await page.frameLocator('#frame').locator('[data-pl-kind]').count();
    expect(frameMarks).toBe(0);
    const shadowText = await page.evaluate(
      () => document.getElementById('shadow-host')!.shadowRoot!.innerHTML,
    );
    expect(shadowText).toBe('<p>影子树内：2024年10月1日前完成</p>');
    await page.close();
  });

  it('stays bounded on a page that mutates itself forever', async () => {
    const { page } = await session.browser.openTab(`${BASE}/mutating.html`);
    await waitForAnnotated(page);
    const longTaskMs = await watchLongTasks(page);
    const before = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    await page.waitForTimeout(5000);
    const after = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    // 100 ticks are due in 5 s at 50 ms; a page starved by our observer would lose many.
    expect(after - before).toBeGreaterThan(70);
    expect(await longTaskMs()).toBeLessThan(500);
    expect(await page.getAttribute('html', 'data-pl-state')).toBe('done');
    await page.close();
  });

  it.each([
    ['5 MB of text', 'text-5mb.html'],
    ['100,000 nodes', 'nodes-100k.html'],
  ])('annotates a page with %s and the page stays usable', async (_label, file) => {
    const page = await session.browser.context.newPage();
    await page.goto(`http://wjw.big.gov.cn/zwgk/${file}`, { timeout: 60_000 });
    expect(await waitForAnnotated(page, 60_000)).toBeGreaterThan(100);
    const started = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(Date.now() - started).toBeLessThan(2000);
    await page.close();
  });
});
