/**
 * Watches a page for content that arrives or changes after the first pass (pages rendered by
 * script, articles swapped in) and asks for a new pass — boundedly:
 *
 * - debounced (`quietMs` after the last change) but never postponed past `maxWaitMs`, so a
 *   page that changes all the time is still annotated;
 * - at most `maxRunsPerMinute` passes in any sliding minute; further changes wait for the
 *   window to free up and then cause one pass;
 * - never two passes at once;
 * - blind to its own work: changes inside our marks and UI are ignored, and our own DOM
 *   writes run through {@link LateContentWatcher.mutate}, which disconnects the observer.
 */

/** Timer functions (the content script passes `ctx.setTimeout`, which dies with the script). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** Options of {@link LateContentWatcher}. */
export interface LateContentOptions {
  /** The subtree to watch (the page's `<body>`). */
  root: Node;
  /** A new pass; the watcher waits for it before it considers another. */
  onChange: () => Promise<void> | void;
  /** True for nodes of our own (highlight marks, panel), whose changes do not count. */
  isOwnNode: (node: Node) => boolean;
  timers: Timers;
  /** Milliseconds clock. */
  now: () => number;
  quietMs?: number;
  maxWaitMs?: number;
  maxRunsPerMinute?: number;
}

const MINUTE = 60_000;

/** The bounded, debounced observer of late content. */
export class LateContentWatcher {
  private readonly observer: MutationObserver;
  private readonly runTimes: number[] = [];
  private timer: number | undefined;
  private firstChangeAt: number | undefined;
  private running = false;
  private dirtyWhileRunning = false;
  private stopped = true;
  /** Passes run so far. */
  runs = 0;

  constructor(private readonly opts: LateContentOptions) {
    const view = (opts.root.ownerDocument ?? (opts.root as Document)).defaultView;
    const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
    this.observer = new Observer((records) => this.onRecords(records));
  }

  /** Starts watching. */
  start(): void {
    this.stopped = false;
    this.connect();
  }

  /** Stops watching and cancels a pending pass. */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.timer !== undefined) this.opts.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Runs our own DOM writes unobserved. Changes the page made before are collected first, so
   * none are lost; the page cannot change anything during `write`, which is synchronous.
   */
  mutate<T>(write: () => T): T {
    if (this.stopped) return write();
    this.onRecords(this.observer.takeRecords());
    this.observer.disconnect();
    try {
      return write();
    } finally {
      this.connect();
    }
  }

  private connect(): void {
    this.observer.observe(this.opts.root, { childList: true, subtree: true, characterData: true });
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.stopped || !records.some((r) => this.isPageChange(r))) return;
    if (this.running) {
      this.dirtyWhileRunning = true;
      return;
    }
    this.schedule();
  }

  private isPageChange(record: MutationRecord): boolean {
    if (this.opts.isOwnNode(record.target)) return false;
    if (record.type === 'characterData') return true;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length === 0 || nodes.some((n) => !this.opts.isOwnNode(n));
  }

  private schedule(): void {
    const now = this.opts.now();
    this.firstChangeAt ??= now;
    const quiet = this.opts.quietMs ?? 400;
    const maxWait = this.opts.maxWaitMs ?? 2000;
    let at = Math.min(now + quiet, this.firstChangeAt + maxWait);
    const limit = this.opts.maxRunsPerMinute ?? 6;
    this.forgetOldRuns(now);
    if (this.runTimes.length >= limit) at = Math.max(at, this.runTimes[0]! + MINUTE);
    if (this.timer !== undefined) this.opts.timers.clearTimeout(this.timer);
    this.timer = this.opts.timers.setTimeout(() => void this.fire(), Math.max(0, at - now));
  }

  private forgetOldRuns(now: number): void {
    while (this.runTimes.length > 0 && this.runTimes[0]! <= now - MINUTE) this.runTimes.shift();
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    this.firstChangeAt = undefined;
    if (this.stopped) return;
    this.running = true;
    this.dirtyWhileRunning = false;
    this.runTimes.push(this.opts.now());
    this.runs++;
    try {
      await this.opts.onChange();
    } finally {
      this.running = false;
      if (this.dirtyWhileRunning && !this.stopped) this.schedule();
    }
  }
}
