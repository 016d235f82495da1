/**
 * Gives the page's own tasks (input, rendering) a turn, then resumes. `setTimeout(0)` is
 * clamped to ≥ 4 ms after a few nestings and throttled in background tabs, which turned
 * hundreds of slices into seconds of waiting; `scheduler.yield()` (Chromium ≥ 129) resumes
 * ahead of other queued tasks, and a MessageChannel post is an unclamped task elsewhere.
 */

type YieldingScheduler = { yield?: () => Promise<void> };

/** A yield function for `global` (the content script's window). */
export function makeYieldToPage(global: typeof globalThis = globalThis): () => Promise<void> {
  const scheduler = (global as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  if (typeof global.MessageChannel === 'function') {
    const channel = new global.MessageChannel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resume) => {
        waiting.push(resume);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resume) => global.setTimeout(resume, 0));
}
