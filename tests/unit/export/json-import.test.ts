import { describe, expect, test } from 'vitest';
import type { Clip } from '../../../src/core/clip';
import { exportClips, formatImportError, parseClipsJson, type ImportError } from '../../../src/export';
import { IMPORT_LIMITS } from '../../../src/export/import-limits';
import { deadlineClip, targetClip } from './clip-factory';

const now = new Date('2024-05-01T08:30:00Z');

function envelope(clips: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'policy-lens-clips',
    version: 2,
    exportedAt: now.toISOString(),
    clips,
    ...extra,
  });
}

/** A valid exported clip as a plain object, with `edit` applied to it. */
function record(
  edit: (r: Record<string, unknown>) => void,
  base: Clip = deadlineClip(),
): Record<string, unknown> {
  const r = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  edit(r);
  return r;
}

function errorsOf(text: string): ImportError[] {
  const result = parseClipsJson(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('record validation reports record, field and what is wrong', () => {
  test.each<[string, (r: Record<string, unknown>) => void, string, string]>([
    ['missing id', (r) => delete r.id, 'id', 'missingField'],
    ['empty id', (r) => (r.id = ''), 'id', 'emptyString'],
    ['text is a number', (r) => (r.text = 5), 'text', 'wrongType'],
    ['unknown kind', (r) => (r.kind = 'reminder'), 'kind', 'invalidValue'],
    ['unknown status', (r) => (r.status = 'later'), 'status', 'invalidValue'],
    ['unknown comparator', (r) => (r.comparator = '>='), 'comparator', 'invalidValue'],
    ['due is not a date', (r) => (r.due = '下周'), 'due', 'invalidDate'],
    ['due does not exist in the calendar', (r) => (r.due = '2017-02-30'), 'due', 'invalidDate'],
    ['due in another format', (r) => (r.due = '2017/06/20'), 'due', 'invalidDate'],
    ['due is a number', (r) => (r.due = 20170620), 'due', 'wrongType'],
    ['range end is not a date', (r) => (r.range = ['2021-01-01', 'soon']), 'range[1]', 'invalidDate'],
    ['range backwards', (r) => (r.range = ['2025-12-31', '2021-01-01']), 'range', 'invertedRange'],
    [
      'range with three dates',
      (r) => (r.range = ['2021-01-01', '2022-01-01', '2023-01-01']),
      'range[2]',
      'wrongType',
    ],
    [
      'recurring month 13',
      (r) => (r.recurring = { freq: 'yearly', month: 13, day: 1 }),
      'recurring.month',
      'outOfRange',
    ],
    [
      'recurring day 2.5',
      (r) => (r.recurring = { freq: 'monthly', day: 2.5 }),
      'recurring.day',
      'notInteger',
    ],
    ['recurring freq daily', (r) => (r.recurring = { freq: 'daily' }), 'recurring.freq', 'invalidValue'],
    ['createdAt not a timestamp', (r) => (r.createdAt = 'yesterday'), 'createdAt', 'invalidTimestamp'],
    ['updatedAt date only', (r) => (r.updatedAt = '2024-05-01'), 'updatedAt', 'invalidTimestamp'],
    [
      'createdAt impossible day',
      (r) => (r.createdAt = '2024-02-30T00:00:00.000Z'),
      'createdAt',
      'invalidTimestamp',
    ],
    ['url with javascript scheme', (r) => (r.url = 'javascript:alert(1)'), 'url', 'invalidUrl'],
    ['url not a url', (r) => (r.url = 'not a url'), 'url', 'invalidUrl'],
    ['doc missing', (r) => delete r.doc, 'doc', 'missingField'],
    ['doc is a string', (r) => (r.doc = 'nhc'), 'doc', 'wrongType'],
    [
      'doc.writtenDate not a date',
      (r) => ((r.doc as Record<string, unknown>).writtenDate = '2017-13-01'),
      'doc.writtenDate',
      'invalidDate',
    ],
    [
      'anchor.start negative',
      (r) => ((r.anchor as Record<string, unknown>).start = -5),
      'anchor.start',
      'outOfRange',
    ],
    [
      'anchor end before start',
      (r) => Object.assign(r.anchor as object, { start: 50, end: 10 }),
      'anchor.end',
      'invertedRange',
    ],
    ['value is a string', (r) => (r.value = '90%'), 'value', 'wrongType'],
    ['value list with text', (r) => (r.value = [1, 'two']), 'value', 'wrongType'],
    ['value too big to be finite', (r) => (r.value = 'INFINITY'), 'value', 'wrongType'],
    ['tags is a string', (r) => (r.tags = '医政'), 'tags', 'wrongType'],
    ['a tag is a number', (r) => (r.tags = ['ok', 3]), 'tags[1]', 'wrongType'],
    ['note too long', (r) => (r.note = 'x'.repeat(IMPORT_LIMITS.noteChars + 1)), 'note', 'tooLong'],
    ['relative is a string', (r) => (r.relative = 'yes'), 'relative', 'wrongType'],
  ])('%s', (_name, edit, field, code) => {
    const text = envelope([deadlineClip(), record(edit)]).replace('"INFINITY"', '1e400');
    const errors = errorsOf(text);
    expect(errors).toContainEqual(expect.objectContaining({ recordIndex: 1, field, code }));
    expect(errors.every((e) => e.recordIndex === 1)).toBe(true);
  });

  test('every problem of every record is listed, not just the first', () => {
    const errors = errorsOf(
      envelope([
        record((r) => (r.due = 'x')),
        deadlineClip(),
        record((r) => ((r.status = 'x'), (r.note = 1))),
      ]),
    );
    expect(errors.map((e) => [e.recordIndex, e.field])).toEqual([
      [0, 'due'],
      [2, 'note'],
      [2, 'status'],
    ]);
  });

  test('a flood of errors is cut to a readable list with a count of the rest', () => {
    const bad = Array.from({ length: 200 }, () => record((r) => (r.due = 'x')));
    const errors = errorsOf(envelope(bad));
    expect(errors).toHaveLength(IMPORT_LIMITS.errors + 1);
    expect(errors.at(-1)).toMatchObject({
      code: 'tooManyErrors',
      params: { count: 200 - IMPORT_LIMITS.errors },
    });
  });

  test('unknown extra fields are dropped, not imported', () => {
    const result = parseClipsJson(envelope([record((r) => (r.evil = '<script>'))]));
    expect(result.ok && Object.keys(result.clips[0] ?? {})).not.toContain('evil');
  });
});

describe('envelope checks', () => {
  test.each<[string, string, Partial<ImportError>]>([
    ['empty file', '', { code: 'invalidJson' }],
    ['truncated JSON', envelope([deadlineClip()]).slice(0, -20), { code: 'invalidJson' }],
    ['a bare array', JSON.stringify([deadlineClip()]), { code: 'notEnvelope' }],
    ['a string', '"policy-lens-clips"', { code: 'notEnvelope' }],
    ['null', 'null', { code: 'notEnvelope' }],
    ["another app's JSON", '{"name":"x","items":[]}', { code: 'notEnvelope' }],
    [
      'wrong format marker',
      '{"format":"other","version":2,"clips":[]}',
      { field: 'format', code: 'unknownFormat' },
    ],
    [
      'future version',
      '{"format":"policy-lens-clips","version":3,"clips":[]}',
      { field: 'version', code: 'unsupportedVersion' },
    ],
    [
      'version zero',
      '{"format":"policy-lens-clips","version":0,"clips":[]}',
      { field: 'version', code: 'unsupportedVersion' },
    ],
    [
      'version as text',
      '{"format":"policy-lens-clips","version":"2","clips":[]}',
      { field: 'version', code: 'unsupportedVersion' },
    ],
    [
      'clips not an array',
      '{"format":"policy-lens-clips","version":2,"clips":{}}',
      { field: 'clips', code: 'wrongType' },
    ],
    [
      'count disagrees',
      '{"format":"policy-lens-clips","version":2,"count":5,"clips":[]}',
      { field: 'count', code: 'countMismatch' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(errorsOf(text)).toEqual([expect.objectContaining({ recordIndex: null, ...expected })]);
  });

  test('a syntax error is located by line and column', () => {
    const text = '{\n  "format": "policy-lens-clips",\n  "version": 2,\n  "clips": [ x ]\n}';
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({ code: 'invalidJson', params: { line: 4, column: 14 } }),
    ]);
  });

  test('a byte-order mark from a Windows editor is accepted', () => {
    const result = parseClipsJson(`\uFEFF${envelope([deadlineClip()])}`);
    expect(result.ok).toBe(true);
  });

  test('an empty envelope imports nothing, successfully', () => {
    expect(parseClipsJson(envelope([]))).toEqual({ ok: true, clips: [], version: 2 });
  });
});

describe('hostile input', () => {
  test.each([
    [
      'top level',
      '{"__proto__":{"polluted":1},"format":"policy-lens-clips","version":2,"clips":[]}',
      null,
      '__proto__',
    ],
    [
      'inside a record',
      envelope([deadlineClip()]).replace('"kind"', '"__proto__":{"polluted":1},"kind"'),
      0,
      '__proto__',
    ],
    [
      'inside doc',
      envelope([deadlineClip()]).replace('"site"', '"constructor":{"prototype":{}},"site"'),
      0,
      'doc.constructor',
    ],
  ])('a prototype-pollution key %s is refused', (_name, text, recordIndex, field) => {
    expect(errorsOf(text)).toContainEqual(
      expect.objectContaining({ recordIndex, field, code: 'forbiddenKey' }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('a huge file is refused before it is parsed', () => {
    const huge = ' '.repeat(IMPORT_LIMITS.fileChars + 1);
    const start = performance.now();
    expect(errorsOf(huge)).toEqual([expect.objectContaining({ code: 'tooLarge' })]);
    expect(performance.now() - start).toBeLessThan(100);
  });

  test('deep nesting is refused without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const errors = errorsOf(`{"format":"policy-lens-clips","version":2,"clips":[${deep}]}`);
    expect(errors).toEqual([expect.objectContaining({ recordIndex: 0, code: 'tooDeep' })]);
  });

  test('too many records are refused', () => {
    const text = `{"format":"policy-lens-clips","version":2,"clips":[${Array(IMPORT_LIMITS.records + 1)
      .fill('0')
      .join(',')}]}`;
    expect(errorsOf(text)).toEqual([expect.objectContaining({ field: 'clips', code: 'tooManyRecords' })]);
  });

  test('a record that is not an object is a clear type error', () => {
    expect(errorsOf(envelope([deadlineClip(), 'clip', null]))).toEqual([
      expect.objectContaining({ recordIndex: 1, field: null, code: 'wrongType' }),
      expect.objectContaining({ recordIndex: 2, field: null, code: 'wrongType' }),
    ]);
  });
});

describe('schema v1 records', () => {
  const v1 = (clips: unknown[]) => JSON.stringify({ format: 'policy-lens-clips', version: 1, clips });

  test('are upgraded with defaults', () => {
    const result = parseClipsJson(
      v1([
        {
          id: 'a',
          kind: 'deadline',
          text: '年底前',
          url: 'https://www.nhc.gov.cn/a.shtml',
          createdAt: '2019-01-02T03:04:05.000Z',
          due: '2019-12-31',
          title: '关于…的通知',
        },
        {
          id: 'b',
          kind: 'target',
          text: '不少于2次',
          url: 'https://www.nhc.gov.cn/a.shtml',
          createdAt: '2019-01-02T03:04:05.000Z',
          comparator: '≥',
          value: 2,
          unit: '次',
          metric: '督导',
        },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(1);
    expect(result.clips[0]).toStrictEqual({
      id: 'a',
      kind: 'deadline',
      text: '年底前',
      context: '',
      url: 'https://www.nhc.gov.cn/a.shtml',
      doc: { url: 'https://www.nhc.gov.cn/a.shtml', site: 'www.nhc.gov.cn', title: '关于…的通知' },
      anchor: { quote: '年底前', prefix: '', suffix: '', start: -1, end: -1 },
      due: '2019-12-31',
      note: '',
      tags: [],
      status: 'todo',
      createdAt: '2019-01-02T03:04:05.000Z',
      updatedAt: '2019-01-02T03:04:05.000Z',
    });
    expect(result.clips[1]).toMatchObject({
      kind: 'target',
      metric: '督导',
      comparator: '≥',
      value: 2,
      unit: '次',
    });
  });

  test('are validated like v2 records', () => {
    const errors = errorsOf(
      v1([
        { id: 'a', kind: 'deadline', text: 'x', url: 'https://a.gov.cn/', createdAt: 'then' },
        { id: 'b' },
      ]),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ recordIndex: 0, field: 'createdAt', code: 'invalidTimestamp' }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ recordIndex: 1, field: 'kind', code: 'missingField' }),
    );
  });
});

describe('formatImportError', () => {
  test.each<[ImportError, string, string]>([
    [
      { recordIndex: 2, field: 'due', code: 'invalidDate', params: { received: '"2017-02-30"' } },
      '第 3 条记录，字段 due："2017-02-30" 不是有效日期（应为真实存在的 YYYY-MM-DD 日期）',
      'Record 3, field due: "2017-02-30" is not a valid date (expected a real YYYY-MM-DD date)',
    ],
    [
      { recordIndex: 0, field: 'id', code: 'missingField', params: {} },
      '第 1 条记录，字段 id：缺少必填字段',
      'Record 1, field id: required field is missing',
    ],
    [
      {
        recordIndex: null,
        field: 'version',
        code: 'unsupportedVersion',
        params: { version: '3', supported: '1, 2', latest: 2 },
      },
      '文件，字段 version：不支持的文件版本 3（本版本支持 1, 2），请先升级政策透镜',
      'File, field version: unsupported file version 3 (this version reads 1, 2); please update Policy Lens',
    ],
    [
      { recordIndex: null, field: null, code: 'invalidJson', params: { line: 4, column: 14 } },
      '文件：不是有效的 JSON 文件（第 4 行第 14 列附近有语法错误）',
      'File: not valid JSON (syntax error near line 4, column 14)',
    ],
    [
      { recordIndex: 0, field: 'text', code: 'wrongType', params: { expected: 'string', received: '5' } },
      '第 1 条记录，字段 text：类型错误：应为文本，实为 5',
      'Record 1, field text: wrong type: expected string, got 5',
    ],
  ])('%j', (error, zh, en) => {
    expect(formatImportError(error)).toBe(zh);
    expect(formatImportError(error, 'en')).toBe(en);
  });

  test('every error a real bad file produces formats without leftover placeholders', () => {
    const errors = errorsOf(
      envelope([
        record(
          (r) => (
            (r.due = '2017-02-30'),
            (r.kind = 'x'),
            (r.tags = 'y'),
            (r.range = ['2025-01-01', '2024-01-01'])
          ),
        ),
        record(
          (r) => (
            (r.recurring = { freq: 'monthly', day: 40 }),
            (r.value = [1, 'a']),
            (r.url = 'javascript:1')
          ),
        ),
        record(
          (r) => ((r.id = ''), (r.note = 'x'.repeat(IMPORT_LIMITS.noteChars + 1)), delete r.anchor),
          targetClip(),
        ),
      ]),
    );
    expect(errors.length).toBeGreaterThanOrEqual(10);
    for (const e of errors) {
      for (const locale of ['zh', 'en'] as const)
        expect(formatImportError(e, locale)).not.toMatch(/undefined|\[object|NaN/);
    }
  });
});

describe('import is all or nothing', () => {
  test('one bad record among good ones yields no clips at all', () => {
    const result = parseClipsJson(envelope([deadlineClip(), deadlineClip(), record((r) => (r.due = 'x'))]));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ recordIndex: 2 })] });
    expect('clips' in result).toBe(false);
  });

  test('an export of the library always re-imports', () => {
    const clips = [deadlineClip(), targetClip()];
    expect(parseClipsJson(exportClips(clips, 'json', { now }).content).ok).toBe(true);
  });
});
