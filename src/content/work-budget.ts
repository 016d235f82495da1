/**
 * A time budget for work split across tasks: keep going until ~`budgetMs` have passed, then
 * yield. Fixed-size pieces either waste frames (small pieces, each yield costs a task) or
 * make long tasks on slow machines (big pieces); a clock adapts to both.
 */

/** Options shared by the budgeted loops. */
export interface BudgetOptions {
  /** Milliseconds of work per task before yielding. Default 20 (a long task is > 50 ms). */
  budgetMs?: number;
  /** Millisecond clock. Default `performance.now`. */
  clock?: () => number;
}

/** The running budget of one task. */
export interface WorkBudget {
  /** True once the current task has used its budget. */
  spent(): boolean;
  /** Starts a new task's budget (call after yielding). */
  restart(): void;
}

/** Default work per task: well under the 50 ms long-task line, with room for one slow step. */
export const DEFAULT_BUDGET_MS = 20;

/** Starts a budget now. */
export function workBudget(opts: BudgetOptions = {}): WorkBudget {
  const clock = opts.clock ?? (() => performance.now());
  const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  let startedAt = clock();
  return {
    spent: () => clock() - startedAt >= budgetMs,
    restart: () => {
      startedAt = clock();
    },
  };
}

/**
 * `items.map(fn)`, yielding to the page whenever the budget is spent: for per-annotation work
 * that is cheap once but not 75,000 times in one task. Stops early (shorter result) when
 * `signal` aborts.
 */
export async function mapWithinBudget<T, U>(
  items: readonly T[],
  fn: (item: T) => U,
  yieldToPage: () => Promise<void>,
  opts: BudgetOptions & { signal?: AbortSignal } = {},
): Promise<U[]> {
  const budget = workBudget(opts);
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    // The clock is read every 64 items: reading it costs more than one cheap item.
    if ((i & 63) === 63 && budget.spent()) {
      await yieldToPage();
      budget.restart();
      if (opts.signal?.aborted) break;
    }
    out.push(fn(items[i]!));
  }
  return out;
}
