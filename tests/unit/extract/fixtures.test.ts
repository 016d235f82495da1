/**
 * Golden fixtures: real-looking documents written in the style of DOMAIN.md (notices with
 * 报送 deadlines, a 十四五 plan, an 实施方案 with 任务分工, a recurring-report notice, an OCR
 * scan) and two negatives (an epidemic bulletin, a self-assessment report), each with its
 * expected JSON beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/extract/index';
import { compareAnnotations, type FixtureExpectation } from './fixture-helpers';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract');
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('extract fixtures', () => {
  test('the folder holds fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(7);
  });

  test.each(names)('%s', (name) => {
    const text = readFileSync(join(DIR, name), 'utf8');
    const expected = JSON.parse(
      readFileSync(join(DIR, name.replace(/\.txt$/, '.expected.json')), 'utf8'),
    ) as FixtureExpectation;
    const result = extract(text, { fallbackDate: expected.fallbackDate });
    for (const a of result.annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(compareAnnotations(result.annotations, expected)).toEqual([]);
    const doc = result.document as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected.document ?? {})) {
      if (k === 'tasks') {
        const tasks = (doc.tasks ?? []) as { task: string; lead: string[]; support: string[] }[];
        expect(
          tasks.map(({ task, lead, support }) => ({ task, lead, support })).slice(0, (v as unknown[]).length),
          k,
        ).toEqual(v);
      } else expect(doc[k], k).toEqual(v);
    }
  });
});
