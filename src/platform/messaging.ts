/**
 * Typed wrappers over runtime/tabs messaging. This folder and entrypoints/ are the only places
 * that import the extension API.
 */
import { browser } from 'wxt/browser';
import {
  BACKGROUND_REQUEST_NAMES,
  CONTENT_REQUEST_NAMES,
  isEnvelope,
  type BackgroundRequests,
  type ContentRequests,
  type Envelope,
  type ResponseOf,
} from '../messaging/protocol';

type RequestOf<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
type Handlers<M> = {
  [K in keyof M]: (
    payload: RequestOf<M, K>,
    sender: SenderInfo,
  ) => Promise<ResponseOf<M, K>> | ResponseOf<M, K>;
};

/** Who sent a message. */
export interface SenderInfo {
  tabId?: number;
  url?: string;
  /** True when the sender is our own extension (popup, list page, content script). */
  fromExtension: boolean;
}

/** Sends a request to the content script of tab `tabId`. */
export async function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentRequests, K>,
): Promise<ResponseOf<ContentRequests, K>> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as ResponseOf<ContentRequests, K>;
}

/** Sends a request from a content script to the background. */
export async function sendToBackground<K extends keyof BackgroundRequests>(
  type: K,
  payload: RequestOf<BackgroundRequests, K>,
): Promise<ResponseOf<BackgroundRequests, K>> {
  return (await browser.runtime.sendMessage({ type, payload })) as ResponseOf<BackgroundRequests, K>;
}

function listen<M>(names: readonly (keyof M)[], handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: { id?: number }; url?: string }) => {
    // Messages from anything but our own extension, or of unknown shape, are ignored.
    if (sender.id !== browser.runtime.id || !isEnvelope<M>(message, names)) return undefined;
    const { type, payload } = message as Envelope<M>;
    const handler = handlers[type] as (p: unknown, s: SenderInfo) => unknown;
    const info: SenderInfo = { tabId: sender.tab?.id, url: sender.url, fromExtension: true };
    return Promise.resolve().then(() => handler(payload, info));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** Registers the content script's request handlers. Returns a function that unregisters them. */
export function listenInContent(handlers: Handlers<ContentRequests>): () => void {
  return listen(CONTENT_REQUEST_NAMES, handlers);
}

/** Registers the background's request handlers. */
export function listenInBackground(handlers: Handlers<BackgroundRequests>): () => void {
  return listen(BACKGROUND_REQUEST_NAMES, handlers);
}
