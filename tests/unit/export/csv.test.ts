import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { clipsToCsv, csvHeaders } from '../../../src/export/csv';
import { neutraliseFormula, quoteCsvCell } from '../../../src/export/csv-cell';
import { deadlineClip, targetClip } from './clip-factory';

/** Reads our CSV back the way a spreadsheet would: papaparse, BOM stripped, no type guessing. */
function readCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function column(rows: string[][], header: string): string[] {
  const index = rows[0]?.indexOf(header) ?? -1;
  expect(index).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[index] ?? '');
}

describe('CSV layout', () => {
  test('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = clipsToCsv([deadlineClip(), targetClip()]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const withoutBom = csv.slice(1);
    expect(withoutBom.endsWith('\r\n')).toBe(true);
    expect(withoutBom.split('\r\n')).toHaveLength(4); // header, two rows, final empty
    expect(withoutBom.replaceAll('\r\n', '')).not.toMatch(/\n/);
  });

  test('has Chinese headers by default and English on request, same columns', () => {
    const zh = readCsv(clipsToCsv([]))[0];
    const en = readCsv(clipsToCsv([], 'en'))[0];
    expect(zh).toEqual(csvHeaders('zh'));
    expect(zh).toEqual(
      expect.arrayContaining(['类型', '原文', '截止日期', '文号', '发文机关', '备注', '状态']),
    );
    expect(en).toEqual(
      expect.arrayContaining(['Kind', 'Text', 'Due', 'Document number', 'Issuer', 'Note', 'Status']),
    );
    expect(zh).toHaveLength(17);
    expect(en).toHaveLength(17);
  });

  test('writes typed cells a spreadsheet can sort and filter', () => {
    const clips = [
      deadlineClip({
        recurring: { freq: 'yearly', month: 12, day: 5 },
        due: '2017-12-05',
        status: 'done',
        tags: ['医政', '报送'],
      }),
      targetClip({ value: [2.5, 3.14], unit: '人', comparator: '≥' }),
    ];
    const rows = readCsv(clipsToCsv(clips));
    expect(column(rows, '类型')).toEqual(['期限', '目标']);
    expect(column(rows, '截止日期')).toEqual(['2017-12-05', '']);
    expect(column(rows, '周期')).toEqual(['每年 12 月 5 日前', '']);
    expect(column(rows, '比较')).toEqual(['', '≥']);
    expect(column(rows, '数值')).toEqual(['', '2.5; 3.14']);
    expect(column(rows, '文号')).toEqual(['桂卫办发〔2017〕22号', '桂卫办发〔2017〕22号']);
    expect(column(rows, '文件日期')).toEqual(['2017-05-03', '2017-05-03']);
    expect(column(rows, '标签')).toEqual(['医政; 报送', '']);
    expect(column(rows, '状态')).toEqual(['已完成', '待办']);
    const en = readCsv(clipsToCsv(clips, 'en'));
    expect(column(en, 'Kind')).toEqual(['deadline', 'target']);
    expect(column(en, 'Status')).toEqual(['done', 'todo']);
    expect(column(en, 'Recurring')).toEqual(['every year by 5 Dec', '']);
  });
});

describe('CSV quoting (RFC 4180)', () => {
  test.each([
    ['comma', '报送材料, 并抄送'],
    ['double quotes', '他说"尽快"完成'],
    ['newline', '第一行\n第二行'],
    ['CRLF', '第一行\r\n第二行'],
    ['all at once', '"a", b\n"c"\r\n,,'],
    ['Chinese punctuation only', '要求：按时、保质。'],
    ['script payload stays text', '<script>alert("x")</script>'],
  ])('a note with %s reads back unchanged', (_name, note) => {
    const rows = readCsv(clipsToCsv([deadlineClip({ note })]));
    expect(column(rows, '备注')).toEqual([note]);
    expect(rows).toHaveLength(2);
  });

  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('quoteCsvCell(%j) = %j', (cell, quoted) => {
    expect(quoteCsvCell(cell)).toBe(quoted);
  });
});

describe('CSV formula injection', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","点我")'],
    ['+1+cmd|" /C calc"!A0'],
    ['-2+3'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['-'],
  ])('a note %j is prefixed with an apostrophe', (note) => {
    const rows = readCsv(clipsToCsv([deadlineClip({ note })]));
    expect(column(rows, '备注')).toEqual([`'${note}`]);
  });

  test.each([
    ['text', { text: '=1+1' }, '原文'],
    ['metric', { metric: '@cmd' }, '指标'],
    ['unit', { unit: '+x' }, '单位'],
    ['title', { doc: { ...deadlineClip().doc, title: '=IMPORTXML("x")' } }, '文件标题'],
  ])('the %s column is neutralised too', (_name, override, header) => {
    const rows = readCsv(clipsToCsv([targetClip(override)]));
    expect(column(rows, header)[0]?.startsWith("'")).toBe(true);
  });

  test('a tag list starting with a formula is neutralised as a whole cell', () => {
    const rows = readCsv(clipsToCsv([deadlineClip({ tags: ['=cmd', '医政'] })]));
    expect(column(rows, '标签')).toEqual(["'=cmd; 医政"]);
  });

  test('plain negative numbers stay numbers in the value column', () => {
    const rows = readCsv(
      clipsToCsv([targetClip({ value: -5 }), targetClip({ value: -0.25 }), targetClip({ value: [-1, 2] })]),
    );
    expect(column(rows, '数值')).toEqual(['-5', '-0.25', "'-1; 2"]);
  });

  test.each([
    ['-5', true, '-5'],
    ['-5', false, "'-5"],
    ['-5+A1', true, "'-5+A1"],
    ['=1', true, "'=1"],
    ['90', true, '90'],
    ['满意度=90%', false, '满意度=90%'],
  ])('neutraliseFormula(%j, numeric=%s) = %j', (cell, numeric, out) => {
    expect(neutraliseFormula(cell, numeric)).toBe(out);
  });
});
