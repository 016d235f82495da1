import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args';

describe('parseArgs', () => {
  it.each([
    [['extract', 'a.txt'], { command: 'extract', file: 'a.txt', date: undefined }],
    [['extract', '--date', '2017-01-01', 'a.txt'], { command: 'extract', file: 'a.txt', date: '2017-01-01' }],
    [['extract', 'a.txt', '--date', '2020-02-29'], { command: 'extract', file: 'a.txt', date: '2020-02-29' }],
    [['detect', 'p.html'], { command: 'detect', file: 'p.html', url: undefined }],
    [
      ['detect', '--url', 'http://www.nhc.gov.cn/a.shtml', 'p.html'],
      { command: 'detect', file: 'p.html', url: 'http://www.nhc.gov.cn/a.shtml' },
    ],
  ])('accepts %j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /usage/],
    [['summarise', 'a.txt'], /unknown command/],
    [['extract'], /missing FILE/],
    [['extract', '--date'], /missing value/],
    [['extract', '--date', '2017-13-01', 'a.txt'], /real date/],
    [['extract', '--date', '2019-02-29', 'a.txt'], /real date/],
    [['extract', '--url', 'http://x', 'a.txt'], /unknown option/],
    [['detect', '--url', 'javascript:alert(1)', 'p.html'], /http/],
    [['extract', 'a.txt', 'b.txt'], /unexpected argument/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
