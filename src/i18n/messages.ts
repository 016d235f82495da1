/**
 * UI strings, one catalog per area (src/i18n/catalog/*.ts) so that areas do not edit the
 * same file. Chinese is the source language; each catalog's English must cover every key
 * (its type enforces it), and keys must be unique across catalogs (checked in tests).
 */
import * as common from './catalog/common';

const catalogs = [common] as const;

type Catalog = (typeof catalogs)[number];
type Union<T> = T extends unknown ? T : never;
/** Every message key. */
export type MessageKey = Union<keyof Catalog['zh']>;

/** All Chinese strings. */
export const zh = Object.assign({}, ...catalogs.map((c) => c.zh)) as Record<MessageKey, string>;
/** All English strings. */
export const en = Object.assign({}, ...catalogs.map((c) => c.en)) as Record<MessageKey, string>;

/** Keys defined by more than one catalog (must be empty). */
export function duplicateKeys(): string[] {
  const seen = new Set<string>();
  const dupes: string[] = [];
  for (const c of catalogs) {
    for (const k of Object.keys(c.zh)) {
      if (seen.has(k)) dupes.push(k);
      seen.add(k);
    }
  }
  return dupes;
}
