import type { Clip } from '../core/clip';
import { normalizeDocUrl, spanKey } from '../library/span-key';
import type { StoredClip } from './schema';

/** Adds the derived index keys to a clip before it is written. */
export function toStoredClip(clip: Clip): StoredClip {
  return { ...clip, spanKey: spanKey(clip), docKey: normalizeDocUrl(clip.url) };
}

/** Strips the derived index keys from a record read back, so callers see a plain {@link Clip}. */
export function fromStoredClip(record: StoredClip): Clip {
  const { spanKey: _span, docKey: _doc, ...clip } = record;
  return clip;
}
