/**
 * Approximate string matching with a cost bound: where does `pattern` occur in `text` with at
 * most `maxErrors` edits (insertions, deletions, substitutions)?
 *
 * Sellers' algorithm (edit distance where a match may start anywhere) with Ukkonen's cut-off:
 * only the rows of the DP column that can still stay within `maxErrors` are computed, so the
 * cost is about `text.length × maxErrors` rather than `text.length × pattern.length`. A cell
 * budget bounds the worst case (long quotes on megabyte pages) — past it the search gives up
 * rather than freeze the page.
 */

/** One approximate occurrence. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/** Options of {@link findApproximate}. */
export interface ApproximateOptions {
  /** Largest number of edits accepted. */
  maxErrors: number;
  /** Only search `text[from, to)`. */
  from?: number;
  to?: number;
  /** Give up after computing this many DP cells. Default 5,000,000. */
  cellBudget?: number;
  /** Keep at most this many matches (the ones with fewest errors). Default 20. */
  maxMatches?: number;
}

/**
 * Occurrences of `pattern` in `text` within `maxErrors` edits, fewest errors first, at most
 * one per end region (overlapping ends keep the best). Returns `undefined` when the cell
 * budget ran out before the search finished.
 */
export function findApproximate(
  text: string,
  pattern: string,
  opts: ApproximateOptions,
): ApproximateMatch[] | undefined {
  const m = pattern.length;
  const k = Math.max(0, Math.min(opts.maxErrors, m - 1));
  const from = Math.max(0, opts.from ?? 0);
  const to = Math.min(text.length, opts.to ?? text.length);
  const budget = opts.cellBudget ?? 5_000_000;
  if (m === 0 || to <= from) return [];

  // col[i] = edit distance of pattern[0..i) against the best text substring ending here.
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let lastActive = Math.min(k, m);
  let cells = 0;
  const ends: { end: number; errors: number }[] = [];

  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    let diag = 0; // col[i-1] of the previous column; row 0 is always 0 (free start).
    const limit = Math.min(m, lastActive + 1);
    for (let i = 1; i <= limit; i++) {
      const up = col[i - 1]!;
      const left = i <= lastActive ? col[i]! : k + 1;
      const cost = pattern.charCodeAt(i - 1) === c ? diag : diag + 1;
      const next = Math.min(cost, up + 1, left + 1);
      diag = col[i]!;
      col[i] = next;
    }
    cells += limit;
    if (cells > budget) return undefined;
    for (let i = limit + 1; i <= m; i++) col[i] = k + 1;
    lastActive = limit;
    while (lastActive > 0 && col[lastActive]! > k) lastActive--;
    if (lastActive === m) ends.push({ end: j + 1, errors: col[m]! });
  }

  const matches: ApproximateMatch[] = [];
  for (const e of keepLocalBest(ends)) {
    const start = bestStart(text, pattern, e.end, k, from);
    matches.push({ start, end: e.end, errors: e.errors });
  }
  matches.sort((a, b) => a.errors - b.errors || a.start - b.start);
  return matches.slice(0, opts.maxMatches ?? 20);
}

/** Of runs of neighbouring end positions (one occurrence), keeps the one with fewest errors. */
function keepLocalBest(ends: { end: number; errors: number }[]): { end: number; errors: number }[] {
  const kept: { end: number; errors: number }[] = [];
  let previousEnd = -2;
  for (const e of ends) {
    const last = kept[kept.length - 1];
    if (last && e.end - previousEnd <= 1) {
      if (e.errors < last.errors) kept[kept.length - 1] = e;
    } else {
      kept.push(e);
    }
    previousEnd = e.end;
  }
  return kept;
}

/** The start that gives the fewest edits for a match ending at `end`. */
function bestStart(text: string, pattern: string, end: number, k: number, floor: number): number {
  const m = pattern.length;
  let best = Math.max(floor, end - m);
  let bestErrors = Number.POSITIVE_INFINITY;
  for (
    let start = Math.max(floor, end - m - k);
    start <= Math.max(floor, end - m + k) && start < end;
    start++
  ) {
    const d = editDistance(text.slice(start, end), pattern);
    // Ties go to the start nearest the pattern's own length.
    if (d < bestErrors || (d === bestErrors && Math.abs(end - start - m) < Math.abs(end - best - m))) {
      bestErrors = d;
      best = start;
    }
  }
  return best;
}

/** Levenshtein distance of two short strings. */
export function editDistance(a: string, b: string): number {
  const prev = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(
        up + 1,
        prev[j - 1]! + 1,
        diag + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
      diag = up;
    }
  }
  return prev[b.length]!;
}
