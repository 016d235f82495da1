// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LateContentWatcher } from '../../../src/content/late-content';
import { isOwnNode } from '../../../src/content/page-session';

const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id: number) => clearTimeout(id),
};

function watch(onChange: () => void, opts: { maxRunsPerMinute?: number } = {}) {
  const w = new LateContentWatcher({
    root: document.body,
    onChange,
    isOwnNode,
    timers,
    now: () => Date.now(),
    quietMs: 400,
    maxWaitMs: 2000,
    ...opts,
  });
  w.start();
  return w;
}

const flush = () => new Promise<void>((ok) => queueMicrotask(ok));

describe('LateContentWatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML =
      '<p id="a">正文</p><mark class="pl-hl" data-pl-id="d1">年底前</mark><div data-pl-ui=""></div>';
  });
  afterEach(() => vi.useRealTimers());

  it('runs once after the page has been quiet, however many changes came before', async () => {
    const onChange = vi.fn();
    watch(onChange);
    for (let i = 0; i < 5; i++) {
      document.getElementById('a')!.append(`新内容${i}`);
      await flush();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores changes inside our marks and UI, and our own writes', async () => {
    const onChange = vi.fn();
    const w = watch(onChange);
    document.querySelector('mark')!.append('x');
    document.querySelector('[data-pl-ui]')!.append('y');
    w.mutate(() => document.getElementById('a')!.append('ours'));
    await flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does not postpone forever on a page that never stops changing, and caps runs per minute', async () => {
    const onChange = vi.fn();
    const w = watch(onChange, { maxRunsPerMinute: 3 });
    for (let t = 0; t < 60_000; t += 100) {
      document.getElementById('a')!.textContent = `时钟 ${t}`;
      await flush();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(w.runs).toBe(3);
    w.stop();
  });
});
