import type { ImportError } from './import-errors';
import { fieldPath } from './issue-to-error';

/**
 * Keys that could rewrite an object's prototype if some later code merged the record with
 * `Object.assign` or a deep-merge helper. `JSON.parse` makes them harmless own properties,
 * but nothing legitimate uses them, so the file is refused rather than silently cleaned.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A node still to visit; the path is rebuilt from parents only when an error needs it. */
interface Pending {
  value: unknown;
  key: string | number | null;
  parent: Pending | null;
  depth: number;
}

function pathOf(node: Pending | null, lastKey?: string): (string | number)[] {
  const path: (string | number)[] = lastKey === undefined ? [] : [lastKey];
  for (let n = node; n && n.key !== null; n = n.parent) path.unshift(n.key);
  return path;
}

/** Record index and in-record field of a path from the root (`clips[3].doc.x` → 3, `doc.x`). */
function locate(path: readonly (string | number)[]): Pick<ImportError, 'recordIndex' | 'field'> {
  if (path[0] === 'clips' && typeof path[1] === 'number') {
    return { recordIndex: path[1], field: fieldPath(path.slice(2)) || null };
  }
  return { recordIndex: null, field: fieldPath(path) || null };
}

/**
 * Walks parsed JSON (iteratively, so hostile nesting cannot overflow the stack) and reports
 * forbidden keys and nesting deeper than `maxDepth`. Stops at the first too-deep branch.
 */
export function findHostileStructure(root: unknown, maxDepth: number): ImportError[] {
  const errors: ImportError[] = [];
  const stack: Pending[] = [{ value: root, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const node = stack.pop() as Pending;
    const { value, depth } = node;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) {
      errors.push({ ...locate(pathOf(node)), code: 'tooDeep', params: { limit: maxDepth } });
      return errors;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object')
          stack.push({ value: item, key: i, parent: node, depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push({ ...locate(pathOf(node, key)), code: 'forbiddenKey', params: { key } });
        continue;
      }
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, key, parent: node, depth: depth + 1 });
    }
  }
  return errors;
}
