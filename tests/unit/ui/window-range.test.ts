import { describe, expect, it } from 'vitest';
import { cumulativeOffsets, visibleRange } from '../../../src/ui/common/window-range';

describe('virtual list window', () => {
  const offsets = cumulativeOffsets(Array.from({ length: 10_000 }, () => 100));

  it.each([
    [0, 500, 0, { start: 0, end: 5 }],
    [0, 500, 2, { start: 0, end: 7 }],
    [150, 500, 0, { start: 1, end: 7 }],
    [999_500, 500, 2, { start: 9993, end: 10_000 }],
    [5_000_000, 500, 0, { start: 9999, end: 10_000 }],
  ])('scrollTop %i, viewport %i, overscan %i → %j', (top, height, overscan, range) => {
    expect(visibleRange(offsets, top, height, overscan)).toEqual(range);
  });

  it('handles rows of different heights (an open editor)', () => {
    const mixed = cumulativeOffsets([40, 92, 232, 92, 92]);
    expect(Array.from(mixed)).toEqual([0, 40, 132, 364, 456, 548]);
    expect(visibleRange(mixed, 140, 200, 0)).toEqual({ start: 2, end: 3 });
  });

  it('renders nothing for an empty list', () => {
    expect(visibleRange(cumulativeOffsets([]), 0, 500, 3)).toEqual({ start: 0, end: 0 });
  });
});
