/**
 * Where a JSON text first breaks, for an error message a person can act on. V8's own
 * `JSON.parse` messages only sometimes carry a position (Node 20: "Unexpected token '}',
 * … is not valid JSON" has none), so on failure we re-scan with this small checker.
 * It runs only after `JSON.parse` has already failed, so its speed does not matter much.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** Index just past a JSON string starting at `start` (a `"`), or `-1 - index` of the fault. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -1 - i;
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -1 - i;
        i += 6;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i += 2;
      } else {
        return -1 - i;
      }
    } else {
      i++;
    }
  }
  return -1 - text.length;
}

/** Index of the first character that makes `text` invalid JSON, or `-1` when it is valid. */
export function jsonSyntaxErrorIndex(text: string): number {
  const stack: string[] = [];
  let state: 'value' | 'key' | 'after' = 'value';
  let objectJustOpened = false;
  let i = 0;
  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
    if (i >= text.length) return stack.length === 0 && state === 'after' ? -1 : text.length;
    const c = text[i] ?? '';
    if (state === 'value') {
      if (c === '{') {
        stack.push('}');
        state = 'key';
        objectJustOpened = true;
        i++;
      } else if (c === '[') {
        stack.push(']');
        i++;
        WHITESPACE.lastIndex = i;
        WHITESPACE.test(text);
        if (text[WHITESPACE.lastIndex] === ']') {
          stack.pop();
          i = WHITESPACE.lastIndex + 1;
          state = 'after';
        }
      } else if (c === '"') {
        const end = scanString(text, i);
        if (end < 0) return -1 - end;
        i = end;
        state = 'after';
      } else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        NUMBER.lastIndex = i;
        if (literal) i += literal.length;
        else if (NUMBER.test(text)) i = NUMBER.lastIndex;
        else return i;
        state = 'after';
      }
    } else if (state === 'key') {
      if (c === '}' && objectJustOpened) {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -1 - end;
      WHITESPACE.lastIndex = end;
      WHITESPACE.test(text);
      i = WHITESPACE.lastIndex;
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const closer = stack.at(-1);
      if (closer === undefined) return i;
      if (c === ',') {
        state = closer === '}' ? 'key' : 'value';
        objectJustOpened = false;
        i++;
      } else if (c === closer) {
        stack.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}

/** 1-based line and column of a UTF-16 index in `text`. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}
