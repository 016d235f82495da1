/** Indices `[start, end)` of the items a scrolled viewport shows. */
export interface WindowRange {
  start: number;
  end: number;
}

/**
 * Top offsets of items of the given heights, plus the total height as a last entry:
 * `offsets[i]` is where item i starts, `offsets[n]` where the list ends.
 */
export function cumulativeOffsets(heights: ArrayLike<number>): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** The last index whose offset is ≤ `y` (binary search over ascending offsets). */
function indexAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/**
 * The items to render for a viewport at `scrollTop` of height `viewportHeight`, with `overscan`
 * extra items on each side so a fast scroll does not show blank space before the next frame.
 */
export function visibleRange(
  offsets: Float64Array,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): WindowRange {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = indexAt(offsets, Math.max(0, scrollTop));
  const last = indexAt(offsets, Math.max(0, scrollTop + viewportHeight - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}
