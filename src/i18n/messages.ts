/**
 * UI strings, one catalog per area (src/i18n/catalog/*.ts) so that areas do not edit the
 * same file. Chinese is the source language; each catalog's English must cover every key
 * (its type enforces it), and keys must be unique across catalogs (checked in tests).
 */
import * as clips from './catalog/clips';
import * as common from './catalog/common';
import * as panel from './catalog/panel';

const catalogs = [common, panel, clips] as const;

type Catalog = (typeof catalogs)[number];
// Distributes over the catalogs: the union of their keys (keyof a union would intersect them).
type KeysOf<C> = C extends { zh: infer Z } ? keyof Z & string : never;
/** Every message key. */
export type MessageKey = KeysOf<Catalog>;

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
