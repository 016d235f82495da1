/**
 * The in-page experience in real Chromium: highlights that follow spans through inline
 * elements, lists and table cells (and never into scripts, form fields or editable regions),
 * the hover card and clipping from it, panel navigation and show/hide, toggling off restoring
 * the page exactly, keyboard commands, and saved clips found again on a revisit — also when
 * the page text changed or the clip's text is gone.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { waitForAnnotated } from './support/extension-browser';
import { usePortalSession } from './support/portal-session';

const PAGE = 'http://wsjkw.gd.gov.cn/zwgk/gsgg/content/post_5000001.html';

const session = usePortalSession();

const markTexts = (page: Page, selector: string) => page.locator(selector).allTextContents();

/** Joined text of every piece of highlight `id`. */
async function textOfHighlight(page: Page, id: string): Promise<string> {
  return (await page.locator(`mark[data-pl-id="${id}"]`).allTextContents()).join('');
}

async function idOfHighlight(page: Page, text: string): Promise<string> {
  const id = await page.locator('mark[data-pl-id]', { hasText: text }).first().getAttribute('data-pl-id');
  if (!id) throw new Error(`no highlight with ${text}`);
  return id;
}

async function storedClips(): Promise<{ text: string; url: string }[]> {
  const ext = await session.browser.context.newPage();
  await ext.goto(`chrome-extension://${session.browser.extensionId}/clips.html`);
  const records = await ext.evaluate(
    () =>
      new Promise<{ text: string; url: string }[]>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('clips').objectStore('clips').getAll();
          all.onsuccess = () => {
            resolve(all.result as { text: string; url: string }[]);
            open.result.close();
          };
        };
      }),
  );
  await ext.close();
  return records;
}

describe('in-page highlights', () => {
  it('follows spans across inline elements, nested lists and table cells, and nowhere else', async () => {
    const { page } = await session.browser.openTab(PAGE);
    await waitForAnnotated(page);
    // A deadline split by <span>, one split by <em> inside a nested list.
    const split = await idOfHighlight(page, '2024年11月');
    expect(await textOfHighlight(page, split)).toBe('2024年11月底前');
    expect(await page.locator(`span mark[data-pl-id="${split}"]`).count()).toBe(1);
    const listed = await idOfHighlight(page, '6月30日前');
    expect(await textOfHighlight(page, listed)).toContain('2024年6月30日前');
    expect(await page.locator(`ol li mark[data-pl-id="${listed}"]`).count()).toBeGreaterThan(0);
    // Highlights inside table cells stay inside their cells.
    expect((await markTexts(page, 'td mark[data-pl-kind="target"]')).join('|')).toMatch(/95%以上/);
    expect((await markTexts(page, 'td mark[data-pl-kind="deadline"]')).join('|')).toContain(
      '2024年10月31日前',
    );
    for (const mark of await page.locator('td mark').all()) {
      expect(await mark.evaluate((el) => el.closest('td')!.textContent!.includes(el.textContent!))).toBe(
        true,
      );
    }
    // Never inside scripts, styles, form fields or editable regions.
    expect(await page.locator('textarea mark, [contenteditable] mark, script mark, style mark').count()).toBe(
      0,
    );
    expect(await page.locator('textarea').inputValue()).toBe('请于2024年12月31日前填写');
    expect((await markTexts(page, 'mark[data-pl-kind]')).join('|')).not.toContain('12月31日');
    // Page CSS `mark { background: black; color: white }` does not win over our styles.
    const deadline = page.locator('mark[data-pl-kind="deadline"]').first();
    const bg = await deadline.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgb(0, 0, 0)');
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('explains a highlight on hover and on keyboard focus', async () => {
    const { page } = await session.browser.openTab(PAGE);
    await waitForAnnotated(page);
    await page.locator('mark[data-pl-kind="deadline"]', { hasText: '2024年4月30日前' }).first().hover();
    const card = page.locator('[data-testid="pl-card"]');
    await card.waitFor();
    // The UI speaks the browser's language (English in headless Chromium, Chinese for readers in China).
    expect(await card.locator('[data-testid="pl-card-meaning"]').textContent()).toMatch(
      /^(为 2024-04-30 截止|due 2024-04-30)$/,
    );
    // Days left or overdue, counted from today.
    const now = new Date();
    const days = Math.round(
      (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(2024, 3, 30)) / 86_400_000,
    );
    expect(await card.locator('[data-testid="pl-card-countdown"]').textContent()).toMatch(
      new RegExp(`^(已逾期 ${days} 天|${days} days overdue)$`),
    );

    const target = page.locator('mark[data-pl-kind="target"][tabindex="0"]', { hasText: '75%' }).first();
    await page.mouse.move(0, 0);
    await target.focus();
    await expect
      .poll(async () => card.locator('[data-testid="pl-card-meaning"]').textContent())
      .toBe('≥ 75%');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });

  it('navigates with the panel, shows and hides kinds, and counts per kind', async () => {
    const { page } = await session.browser.openTab(PAGE);
    const count = await waitForAnnotated(page);
    const panel = page.locator('[data-testid="pl-panel"]');
    await panel.waitFor();
    const deadlines = Number(
      (await panel.locator('[data-testid="pl-count-deadline"]').textContent())!.match(/\d+/)![0],
    );
    const targets = Number(
      (await panel.locator('[data-testid="pl-count-target"]').textContent())!.match(/\d+/)![0],
    );
    expect(deadlines + targets).toBe(count);
    expect(await panel.locator('[data-testid="pl-identity"]').textContent()).toContain(
      '粤卫基层函〔2024〕8号',
    );

    const position = panel.locator('[data-testid="pl-position"]');
    const current = page.locator('mark[data-pl-current="true"]');
    await panel.locator('[data-testid="pl-next"]').click();
    await expect.poll(() => position.textContent()).toMatch(/^1 \/ \d+$/);
    const first = await current.first().getAttribute('data-pl-id');
    await panel.locator('[data-testid="pl-next"]').click();
    await expect.poll(() => position.textContent()).toMatch(/^2 \/ \d+$/);
    expect(await current.first().getAttribute('data-pl-id')).not.toBe(first);
    await panel.locator('[data-testid="pl-prev"]').click();
    await expect.poll(() => current.first().getAttribute('data-pl-id')).toBe(first);

    // Hiding deadlines: navigation then only visits targets.
    await panel.locator('[data-testid="pl-show-deadline"]').uncheck();
    expect(await page.getAttribute('html', 'data-pl-hide')).toBe('deadline');
    await panel.locator('[data-testid="pl-next"]').click();
    await expect.poll(() => current.first().getAttribute('data-pl-kind')).toBe('target');
    await panel.locator('[data-testid="pl-show-deadline"]').check();

    await panel.locator('[data-testid="pl-close"]').click();
    expect(await panel.count()).toBe(0);
    await page.locator('[data-testid="pl-open"]').click();
    await panel.waitFor();
    await page.close();
  });

  it('restores the page exactly when highlights are toggled off, from the panel and the keyboard command', async () => {
    const { page, tabId } = await session.browser.openTab(PAGE);
    await waitForAnnotated(page);
    const original = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(source, 'text/html').body.innerHTML;
    });
    const body = () => page.evaluate(() => document.body.innerHTML);
    expect(await body()).not.toBe(original);

    await page.locator('[data-testid="pl-toggle-all"]').click();
    await expect.poll(() => page.locator('mark.pl-hl').count()).toBe(0);
    expect(await body()).toBe(original);
    await page.locator('[data-testid="pl-toggle-all"]').click();
    await expect.poll(() => page.locator('mark.pl-hl').count()).toBeGreaterThan(0);

    // The toggle shortcut arrives as a message from the background.
    const send = (command: string) =>
      session.browser.worker.evaluate(
        ([id, cmd]) =>
          (
            globalThis as unknown as {
              chrome: { tabs: { sendMessage(t: number, m: object): Promise<unknown> } };
            }
          ).chrome.tabs.sendMessage(id as number, { type: 'runPageCommand', payload: { command: cmd } }),
        [tabId, command] as const,
      );
    await send('toggle-highlights');
    await expect.poll(() => page.locator('mark.pl-hl').count()).toBe(0);
    expect(await body()).toBe(original);
    await send('toggle-highlights');
    await expect.poll(() => page.locator('mark.pl-hl').count()).toBeGreaterThan(0);
    expect(await send('next-highlight')).toBe(true);
    await expect.poll(() => page.locator('mark[data-pl-current="true"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('clips from the page and revisits', () => {
  it('clips from the hover card; the clip is stored and marked saved', async () => {
    const { page } = await session.browser.openTab(PAGE);
    await waitForAnnotated(page);
    const mark = page.locator('mark[data-pl-kind="deadline"]', { hasText: '2024年4月30日前' }).first();
    await mark.hover();
    const card = page.locator('[data-testid="pl-card"]');
    await card.locator('[data-testid="pl-card-clip"]').click();
    await expect.poll(() => mark.getAttribute('data-pl-saved')).toBe('true');
    await card.locator('[data-testid="pl-card-clipped"]').waitFor();
    const clips = await storedClips();
    expect(clips.map((c) => [c.text, c.url])).toEqual([['2024年4月30日前', PAGE]]);
    await page.close();
  });

  it('highlights the saved clip again on a revisit', async () => {
    const { page } = await session.browser.openTab(PAGE);
    await waitForAnnotated(page);
    const saved = page.locator('mark[data-pl-saved="true"]');
    await expect.poll(() => saved.count()).toBeGreaterThan(0);
    expect((await saved.allTextContents()).join('')).toContain('2024年4月30日前');
    await page.close();
  });

  it('finds the saved clip when the page text changed, and reports one that is gone', async () => {
    const source = await readFile(
      'tests/e2e/site/wsjkw.gd.gov.cn/zwgk/gsgg/content/post_5000001.html',
      'utf8',
    );
    const serve = async (body: string) => {
      await session.browser.context.route(PAGE, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
      const { page } = await session.browser.openTab(PAGE);
      await waitForAnnotated(page);
      await session.browser.context.unroute(PAGE);
      return page;
    };

    // Edited: 日 became 号, which the extractor does not read as a deadline any more.
    const edited = await serve(source.replace('2024年4月30日前将实施方案', '2024年4月30号前将实施方案'));
    const saved = edited.locator('mark[data-pl-saved="true"]');
    await expect.poll(() => saved.count()).toBeGreaterThan(0);
    expect((await saved.allTextContents()).join('')).toBe('2024年4月30号前');
    expect(await edited.locator('[data-testid="pl-unanchored"]').count()).toBe(0);
    await edited.close();

    // Gone: the sentence was removed; the panel says so.
    const removed = await serve(
      source.replace('（一）各地要于2024年4月30日前将实施方案报送省卫生健康委基层卫生健康处。', ''),
    );
    const note = removed.locator('[data-testid="pl-unanchored"]');
    await note.waitFor();
    expect(await note.textContent()).toContain('2024年4月30日前');
    expect(await removed.locator('mark[data-pl-saved="true"]').count()).toBe(0);
    await removed.close();
  });
});
