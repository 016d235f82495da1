/**
 * Late and changing content in real Chromium: an article swapped in by script after the page
 * loaded gets highlighted, and a page that never stops changing costs a bounded number of
 * re-runs and little main-thread time.
 */
import { describe, expect, it } from 'vitest';
import { usePortalSession } from './support/portal-session';

const LATE = 'http://wsjkw.gd.gov.cn/zwgk/gsgg/content/post_5000002.html';
const BUSY = 'http://wsjkw.gd.gov.cn/zwgk/gsgg/content/post_5000003.html';

const session = usePortalSession();

describe('late content', () => {
  it('highlights an article that arrives after the page loaded', async () => {
    const { page } = await session.browser.openTab(LATE);
    const deadline = page.locator('mark[data-pl-kind="deadline"]', { hasText: '2024年4月30日前' });
    await expect.poll(() => deadline.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'data-pl-state')).toBe('done');
    expect(Number(await page.getAttribute('html', 'data-pl-count'))).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('keeps CPU bounded on a page that changes itself all the time', async () => {
    const { page } = await session.browser.openTab(BUSY);
    await page.waitForSelector('html[data-pl-state="done"]', { timeout: 15_000 });
    const runsBefore = Number((await page.getAttribute('html', 'data-pl-runs')) ?? 0);
    // Main-thread time of long tasks during 5 s, and how often we re-annotated.
    const busyMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          const observer = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) total += e.duration;
          });
          observer.observe({ type: 'longtask' });
          setTimeout(() => {
            observer.disconnect();
            resolve(total);
          }, 5000);
        }),
    );
    const runsAfter = Number((await page.getAttribute('html', 'data-pl-runs')) ?? 0);
    const reruns = runsAfter - runsBefore;
    // The ticker adds deadlines, so the page is re-annotated; but at most a few times in 5 s
    // (debounced, at most every 2 s while changes keep coming, 6 per minute).
    expect(reruns).toBeGreaterThanOrEqual(1);
    expect(reruns).toBeLessThanOrEqual(4);
    expect(busyMs).toBeLessThan(1000);
    // Re-runs replace the highlights; the article's are still there afterwards.
    expect(
      await page.locator('.zw mark[data-pl-kind="deadline"]', { hasText: '2024年4月30日前' }).count(),
    ).toBeGreaterThan(0);
    await page.close();
  });
});
