import { describe, expect, it } from 'vitest';
import { stepCursor, type CursorStop } from '../../../src/content/highlight-cursor';

const stops: CursorStop[] = [
  { id: 'd1', kind: 'deadline' },
  { id: 't1', kind: 'target' },
  { id: 'd2', kind: 'deadline' },
];
const none = new Set<'deadline' | 'target'>();
const noDeadlines = new Set<'deadline' | 'target'>(['deadline']);

describe('stepCursor', () => {
  it.each([
    [-1, 1, none, 0],
    [-1, -1, none, 2],
    [0, 1, none, 1],
    [2, 1, none, 0],
    [0, -1, none, 2],
    [-1, 1, noDeadlines, 1],
    [1, 1, noDeadlines, 1],
    [1, -1, noDeadlines, 1],
  ] as const)('from %i step %i (hidden %o) → %i', (current, step, hidden, expected) => {
    expect(stepCursor(stops, current, step, hidden)).toBe(expected);
  });

  it('finds nothing when every kind is hidden or there are no highlights', () => {
    expect(stepCursor(stops, 0, 1, new Set(['deadline', 'target']))).toBe(-1);
    expect(stepCursor([], -1, 1, none)).toBe(-1);
  });
});
