/**
 * The usual set-up of an end-to-end file: the portal server over tests/e2e/site and Chromium
 * with the built extension, started before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './extension-browser';
import { startPortalServer, type PortalServer } from './portal-server';

/** Filled in by `beforeAll`; read it inside tests and hooks. */
export interface PortalSession {
  browser: ExtensionBrowser;
  server: PortalServer;
}

/** Registers the set-up and tear-down hooks and returns the session they fill in. */
export function usePortalSession(options?: LaunchOptions): PortalSession {
  const session = {} as PortalSession;
  beforeAll(async () => {
    session.server = await startPortalServer('tests/e2e/site');
    session.browser = await launchWithExtension(session.server.port, options);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
