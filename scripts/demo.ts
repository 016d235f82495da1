/**
 * `npm run demo`: builds Policy Lens and opens Chromium with it on a bundled sample notice,
 * served locally under a real portal host name. Headed where there is a display; without one
 * it runs headless, reports what it found and saves a screenshot.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchWithExtension, waitForAnnotated } from '../tests/e2e/support/extension-browser';
import { startPortalServer } from '../tests/e2e/support/portal-server';

const SAMPLE = 'http://wsjkw.gd.gov.cn/zwgk/gsgg/content/post_4123456.html';

async function main(): Promise<void> {
  console.log('demo: building the extension (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  const server = await startPortalServer(resolve('tests/e2e/site'));
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (headed) process.env.HEADED = '1';
  const browser = await launchWithExtension(server.port);
  const { page, tabId } = await browser.openTab(SAMPLE);
  const count = await waitForAnnotated(page);
  console.log(`demo: ${SAMPLE} → ${count} highlights.`);
  if (headed) {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await page.bringToFront();
    console.log('demo: Chromium is open with the sample notice and the popup in a second tab.');
    console.log('demo: hover a highlight, save clips from the popup tab, close the window to finish.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  } else {
    const shot = resolve('demo-screenshot.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log('demo: no display here (DISPLAY is not set), so Chromium ran headless.');
    console.log(`demo: screenshot of the annotated page: ${shot}`);
    console.log('demo: to see it live, run on a desktop, or under Xvfb: xvfb-run -a npm run demo');
    console.log('demo: or load .output/chrome-mv3 unpacked in chrome://extensions (see README).');
    await browser.close();
  }
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
