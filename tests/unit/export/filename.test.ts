import { expect, test } from 'vitest';
import { exportFilename } from '../../../src/export/filename';

test.each([
  [new Date(2024, 0, 5, 9, 7), 'csv', 'policy-lens-clips-20240105-0907.csv'],
  [new Date(2024, 11, 31, 23, 59), 'json', 'policy-lens-clips-20241231-2359.json'],
  [new Date(2025, 5, 1, 0, 0), 'md', 'policy-lens-clips-20250601-0000.md'],
  [new Date(2025, 5, 1, 12, 30, 59), 'ics', 'policy-lens-clips-20250601-1230.ics'],
] as const)('%s → %s', (now, format, name) => {
  // Dates are built from local fields, so the name must show those same local fields.
  expect(exportFilename(now, format)).toBe(name);
});
