import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { COMPARATORS } from '../../../src/core/annotation';
import type { Clip } from '../../../src/core/clip';
import { exportClips, parseClipsJson, planImport } from '../../../src/export';
import { deadlineClip, targetClip } from './clip-factory';

const now = new Date('2024-05-01T08:30:00Z');

/** Export, forget everything, import into an empty library: what storage would write. */
function exportWipeImport(clips: Clip[]): Clip[] {
  const file = exportClips(clips, 'json', { now }).content;
  const parsed = parseClipsJson(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const plan = planImport([], parsed.clips);
  expect(plan.duplicates).toEqual([]);
  return plan.toAdd;
}

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const url = fc.constantFrom(
  'https://www.nhc.gov.cn/yzygj/s7659/202206/1f9a0c5b7d.shtml',
  'http://wsjkw.gd.gov.cn/zwgk/tzgg/content/post_1.html?id=2#top',
  'https://wjw.beijing.gov.cn/zwgk/art/2023/3/1/art_1_2.html',
);

const clipArbitrary: fc.Arbitrary<Clip> = fc
  .record(
    {
      id: fc.string({ minLength: 1, maxLength: 36 }),
      kind: fc.constantFrom('deadline', 'target'),
      text: anyText.filter((s) => s.length > 0),
      context: anyText,
      url,
      site: anyText,
      title: anyText,
      docNumber: anyText,
      issuer: anyText,
      writtenDate: isoDate,
      quote: anyText,
      prefix: anyText,
      suffix: anyText,
      start: fc.nat({ max: 100_000 }),
      length: fc.nat({ max: 200 }),
      due: fc.option(isoDate),
      range: fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]),
      recurring: fc.record(
        {
          freq: fc.constantFrom('yearly', 'quarterly', 'monthly', 'weekly'),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant('last' as const)),
        },
        { requiredKeys: ['freq'] },
      ),
      relative: fc.boolean(),
      yearMissing: fc.boolean(),
      metric: anyText,
      comparator: fc.constantFrom(...COMPARATORS),
      value: fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.array(fc.integer(), { maxLength: 3 }),
      ),
      unit: anyText,
      note: fc.string({ unit: 'grapheme', maxLength: 200 }),
      tags: fc.array(anyText, { maxLength: 4 }),
      status: fc.constantFrom('todo', 'done', 'ignored'),
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    {
      requiredKeys: [
        'id',
        'kind',
        'text',
        'context',
        'url',
        'site',
        'quote',
        'prefix',
        'suffix',
        'start',
        'length',
        'note',
        'tags',
        'status',
        'createdAt',
        'updatedAt',
      ],
    },
  )
  .map((r) => {
    const { site, title, docNumber, issuer, writtenDate, quote, prefix, suffix, start, length, ...rest } = r;
    const doc: Clip['doc'] = { url: r.url, site };
    if (title !== undefined) doc.title = title;
    if (docNumber !== undefined) doc.docNumber = docNumber;
    if (issuer !== undefined) doc.issuer = issuer;
    if (writtenDate !== undefined) doc.writtenDate = writtenDate;
    return { ...rest, doc, anchor: { quote, prefix, suffix, start, end: start + length } } as Clip;
  });

describe('JSON export → wipe → import', () => {
  test('gives back identical clips for realistic deadlines and targets', () => {
    const clips = [
      deadlineClip({
        range: ['2021-01-01', '2025-12-31'],
        due: '2025-12-31',
        relative: true,
        note: '记得, "确认"\n第二行',
        tags: ['医政'],
      }),
      deadlineClip({ recurring: { freq: 'quarterly', day: 'last' }, due: '2017-06-30', status: 'done' }),
      deadlineClip({ due: null, yearMissing: true, text: '20xx年底前' }),
      targetClip({ value: [2.5, 3.14], unit: '人' }),
      targetClip({
        comparator: '−Δ',
        value: undefined,
        unit: undefined,
        metric: '出生人口性别比',
        status: 'ignored',
      }),
    ].map((c) => JSON.parse(JSON.stringify(c)) as Clip); // no `undefined` keys, as storage holds them
    expect(exportWipeImport(structuredClone(clips))).toStrictEqual(clips);
  });

  test('gives back identical clips for arbitrary valid clips (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(clipArbitrary, { selector: (c) => c.id, maxLength: 8 }), (clips) => {
        // Distinct span per clip so the import plan keeps them all.
        const spread = clips.map((c, i) => ({
          ...c,
          anchor: { ...c.anchor, start: i * 1000, end: i * 1000 + 5 },
        }));
        const plain = JSON.parse(JSON.stringify(spread)) as Clip[];
        expect(exportWipeImport(plain)).toStrictEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    ['script tag', '<script>alert(document.cookie)</script>'],
    ['image onerror', '<img src=x onerror=alert(1)>'],
    ['JSON-looking text', '{"__proto__": {"polluted": true}}'],
    ['template literal', '${process.exit(1)}'],
    ['emoji and rare CJK', '𠮷野家 👍🏽 〔2017〕'],
    ['lone quotes and backslashes', '\\"\\\\\''],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
  ])('a %s in text, note and tags round-trips as plain text', (_name, payload) => {
    const clip = deadlineClip({ text: payload, note: payload, tags: [payload], context: payload });
    const [back] = exportWipeImport([clip]);
    expect(back?.text).toBe(payload);
    expect(back?.note).toBe(payload);
    expect(back?.tags).toEqual([payload]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('the file is a versioned envelope that says how many clips it holds', () => {
    const file = JSON.parse(exportClips([deadlineClip(), targetClip()], 'json', { now }).content) as Record<
      string,
      unknown
    >;
    expect(file).toMatchObject({
      format: 'policy-lens-clips',
      version: 2,
      exportedAt: '2024-05-01T08:30:00.000Z',
      count: 2,
    });
    expect(Array.isArray(file.clips)).toBe(true);
  });
});
