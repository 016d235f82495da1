/**
 * Launches Debian Chromium with the built extension, as the STYLE.md recipe says.
 * CHROMIUM_PATH overrides /usr/bin/chromium; HEADED=1 shows the window.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** A browser with Policy Lens loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens `url` in a new tab and returns it with its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  close(): Promise<void>;
}

/** Hosts the portal server answers for, mapped to 127.0.0.1:port. */
const MAPPED_HOSTS = ['*.gov.cn', '*.example.org', '*.example.com'];

/** Options of a test browser. */
export interface LaunchOptions {
  /**
   * Host patterns to grant up front, standing in for the activeTab grant that a real click on
   * the toolbar button gives (automation cannot click the browser's toolbar). The extension is
   * loaded from a copy of the build whose manifest lists them as host_permissions.
   */
  grantHosts?: string[];
}

export async function launchWithExtension(
  portalPort: number,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} is missing: run "npm run build" first`);
  }
  const extensionDir = options.grantHosts ? copyWithHostPermissions(options.grantHosts) : EXTENSION_DIR;
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const userDataDir = mkdtempSync(join(tmpdir(), 'policy-lens-e2e-'));
  const rules = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${portalPort}`).join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: process.env.HEADED !== '1',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url);
      // Without the "tabs" permission the worker cannot read tab URLs; the tab just opened and
      // brought to front is the active one.
      await page.bringToFront();
      const tabId = await worker.evaluate(async () => {
        const api = (
          globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }
        ).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      return { page, tabId };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (extensionDir !== EXTENSION_DIR) rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the content script has finished its first pass on `page`. */
export async function waitForAnnotated(page: Page, timeout = 15_000): Promise<number> {
  await page.waitForSelector('html[data-pl-state="done"]', { timeout });
  return Number(await page.getAttribute('html', 'data-pl-count'));
}

function copyWithHostPermissions(hosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
