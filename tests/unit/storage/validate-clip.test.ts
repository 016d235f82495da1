import { describe, expect, test } from 'vitest';
import { validateClip } from '../../../src/storage/validate-clip';
import { makeClip } from './fixtures';

function problemsOf(x: unknown): string[] {
  const result = validateClip(x);
  return result.ok ? [] : result.problems;
}

describe('validateClip', () => {
  test('a well-formed clip passes unchanged', () => {
    const clip = makeClip({
      tags: ['医政'],
      note: '备注',
      range: ['2024-06-01', '2024-06-30'],
      recurring: { freq: 'yearly', month: 6, day: 'last' },
    });
    expect(validateClip(clip)).toEqual({ ok: true, clip });
  });

  test('a target with its meaning passes', () => {
    const clip = makeClip({
      kind: 'target',
      due: undefined,
      metric: '满意度',
      comparator: '≥',
      value: [2.5, 3.14],
      unit: '%',
    });
    delete clip.due;
    expect(validateClip(clip)).toEqual({ ok: true, clip });
  });

  test('fresh clips may omit the user fields and get their defaults', () => {
    const { note: _n, tags: _t, status: _s, context: _c, updatedAt: _u, ...bare } = makeClip();
    const result = validateClip(bare);
    expect(result.ok && result.clip).toMatchObject({
      note: '',
      tags: [],
      status: 'todo',
      context: '',
      updatedAt: bare.createdAt,
    });
  });

  test('unknown fields from a page are dropped, tags are trimmed and de-duplicated', () => {
    const result = validateClip({
      ...makeClip({ tags: [' 急 ', '急', '医政'] }),
      innerHTML: '<img onerror=x>',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.clip).not.toHaveProperty('innerHTML');
      expect(result.clip.tags).toEqual(['急', '医政']);
    }
  });

  test.each([
    ['text at the limit', { text: '字'.repeat(2000) }, []],
    ['text over 2,000', { text: '字'.repeat(2001) }, ['text is longer than 2,000 characters']],
    ['empty text', { text: '' }, ['text must not be empty']],
    ['note at the limit', { note: 'n'.repeat(10_000) }, []],
    ['note over 10,000', { note: 'n'.repeat(10_001) }, ['note is longer than 10,000 characters']],
    ['50 tags', { tags: Array.from({ length: 50 }, (_, i) => `t${i}`) }, []],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, ['tags has more than 50 tags']],
    ['a tag of 51 chars', { tags: ['t'.repeat(51)] }, ['tags[0] is longer than 50 characters']],
    ['a blank tag', { tags: ['  '] }, ['tags[0] must be a non-empty string']],
    ['a javascript: url', { url: 'javascript:alert(1)' }, ['url must be an http(s) URL']],
    ['a file: url', { url: 'file:///etc/passwd' }, ['url must be an http(s) URL']],
    [
      'a chrome-extension doc url',
      { doc: { url: 'chrome-extension://abc/x.html', site: 'abc' } },
      ['doc.url must be an http(s) URL'],
    ],
    ['an unknown kind', { kind: 'note' }, ['kind must be one of deadline, target']],
    ['an unknown status', { status: 'archived' }, ['status must be one of todo, done, ignored']],
    ['an impossible due date', { due: '2024-02-30' }, ['due must be a date YYYY-MM-DD']],
    ['a due date with time', { due: '2024-02-03T00:00' }, ['due must be a date YYYY-MM-DD']],
    ['due null (open-ended)', { due: null }, []],
    [
      'a range out of order',
      { range: ['2024-07-01', '2024-06-01'] },
      ['range must be [first, last] dates YYYY-MM-DD in order'],
    ],
    [
      'an unknown comparator',
      { comparator: '>=' },
      ['comparator must be one of ≥, ≤, >, <, =, ≈, +Δ, −Δ, →'],
    ],
    ['a NaN value', { value: Number.NaN }, ['value must be a number or a list of at most 50 numbers']],
    ['a bad createdAt', { createdAt: 'yesterday' }, ['createdAt must be an ISO 8601 timestamp']],
    [
      'anchor end before start',
      { anchor: { quote: 'q', prefix: '', suffix: '', start: 10, end: 5 } },
      ['anchor.end must not be before start'],
    ],
    [
      'a fractional offset',
      { anchor: { quote: 'q', prefix: '', suffix: '', start: 1.5, end: 5 } },
      ['anchor.start must be a whole number from -1 to 9007199254740991'],
    ],
    [
      'a recurrence month 13',
      { recurring: { freq: 'yearly', month: 13 } },
      ['recurring.month must be a whole number from 1 to 12'],
    ],
    [
      'a recurrence without freq',
      { recurring: { month: 3 } },
      ['recurring.freq must be one of yearly, quarterly, monthly, weekly'],
    ],
  ])('%s', (_label, change, expected) => {
    expect(problemsOf({ ...makeClip(), ...change })).toEqual(expected);
  });

  test.each([null, 'clip', 42, [makeClip()]])('non-object %j is refused', (x) => {
    expect(problemsOf(x)).toEqual(['clip must be an object']);
  });

  test('every problem of a bad clip is reported at once', () => {
    expect(problemsOf({ id: 7, kind: 'x' })).toEqual(
      expect.arrayContaining([
        'id must be a string',
        'kind must be one of deadline, target',
        'text must be a string',
        'url must be a string',
        'doc must be an object',
      ]),
    );
  });

  test('a missing doc.site is taken from the doc url', () => {
    const clip = makeClip();
    const result = validateClip({ ...clip, doc: { url: 'https://WJW.Beijing.gov.cn/a.html' } });
    expect(result.ok && result.clip.doc.site).toBe('wjw.beijing.gov.cn');
  });
});
