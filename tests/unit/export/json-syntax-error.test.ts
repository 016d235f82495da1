import { expect, test } from 'vitest';
import { jsonSyntaxErrorIndex, lineAndColumn } from '../../../src/export/json-syntax-error';

test.each([
  ['{"a":1}', -1],
  ['[]', -1],
  ['{}', -1],
  [' [1, 2.5e3, -0, "x\\u00e9\\n", true, false, null, {"k": []}] ', -1],
  ['', 0],
  ['{"a":}', 5],
  ['{"a":1,}', 7],
  ['[1,]', 3],
  ['[1 2]', 3],
  ['{"a" 1}', 5],
  ['{a:1}', 1],
  ['"unterminated', 13],
  ['"bad \\x escape"', 5],
  ['{"a":1}}', 7],
  ['[01]', 2],
  ["['single']", 1],
  ['[1,2', 4],
  ['{"a":"tab\there"}', 9],
])('%j breaks at %i, as JSON.parse agrees', (text, index) => {
  expect(jsonSyntaxErrorIndex(text)).toBe(index);
  if (index === -1) expect(() => JSON.parse(text)).not.toThrow();
  else expect(() => JSON.parse(text)).toThrow();
});

test.each([
  ['abc', 0, { line: 1, column: 1 }],
  ['abc', 2, { line: 1, column: 3 }],
  ['a\nbc', 3, { line: 2, column: 2 }],
  ['a\n\n\nx', 4, { line: 4, column: 1 }],
])('lineAndColumn(%j, %i)', (text, index, expected) => {
  expect(lineAndColumn(text, index)).toEqual(expected);
});
