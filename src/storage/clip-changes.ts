/** What changed in the clip store; sent to every open page of the extension. */
export type ClipChange = {
  type: 'saved' | 'updated' | 'removed' | 'restored' | 'imported' | 'cleared';
  ids: string[];
};

/** The BroadcastChannel all extension pages share for clip changes. */
export const CLIP_CHANNEL = 'policy-lens-clips';

const CHANGE_TYPES = new Set<string>(['saved', 'updated', 'removed', 'restored', 'imported', 'cleared']);

/** True when `x` is a well-formed {@link ClipChange} (messages on a channel are untyped). */
export function isClipChange(x: unknown): x is ClipChange {
  if (!x || typeof x !== 'object') return false;
  const { type, ids } = x as Record<string, unknown>;
  return (
    typeof type === 'string' &&
    CHANGE_TYPES.has(type) &&
    Array.isArray(ids) &&
    ids.every((id) => typeof id === 'string')
  );
}

/**
 * Calls `cb` for every change any store in this extension commits, in this page or another.
 * Returns the unsubscribe function. Without BroadcastChannel (very old browsers) it never fires.
 */
export function subscribeClipChanges(cb: (c: ClipChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CLIP_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (isClipChange(event.data)) cb(event.data);
  };
  return () => channel.close();
}

/**
 * Announces committed changes on the shared channel. One publisher per store; `close()` it with
 * the store (an open channel keeps Node's event loop alive in tests and scripts).
 */
export function createClipChangePublisher(): { publish(c: ClipChange): void; close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { publish() {}, close() {} };
  let channel: BroadcastChannel | undefined;
  return {
    publish(change) {
      channel ??= new BroadcastChannel(CLIP_CHANNEL);
      channel.postMessage(change);
    },
    close() {
      channel?.close();
      channel = undefined;
    },
  };
}
