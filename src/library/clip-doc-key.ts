import type { Clip } from '../core/clip';
import { normalizeDocUrl } from './span-key';

const keys = new WeakMap<Clip, string>();

/** The normalised document address of a clip, cached per clip object (URL parsing is the slow part of filtering). */
export function clipDocKey(clip: Clip): string {
  let key = keys.get(clip);
  if (key === undefined) {
    key = normalizeDocUrl(clip.doc?.url || clip.url);
    keys.set(clip, key);
  }
  return key;
}

/** The host a clip came from: `doc.site`, or the host of its URL for records that lack it. */
export function clipSite(clip: Clip): string {
  if (clip.doc?.site) return clip.doc.site;
  try {
    return new URL(clip.url).hostname;
  } catch {
    return '';
  }
}
