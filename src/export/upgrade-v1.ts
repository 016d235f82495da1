import type { Clip } from '../core/clip';
import type { ClipRecordV1 } from './clip-schema';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * A complete clip from a v1 record, with the defaults storage's v1→v2 migration uses:
 * unknown anchor offsets are -1 (so `spanKey` falls back to the quoted text), no context,
 * empty note and tags, status 待办, `updatedAt` = `createdAt`.
 */
export function upgradeV1Record(r: ClipRecordV1): Clip {
  const clip: Clip = {
    id: r.id,
    kind: r.kind,
    text: r.text,
    context: '',
    url: r.url,
    doc: { url: r.url, site: hostOf(r.url) },
    anchor: { quote: r.text, prefix: '', suffix: '', start: -1, end: -1 },
    note: '',
    tags: [],
    status: 'todo',
    createdAt: r.createdAt,
    updatedAt: r.createdAt,
  };
  if (r.title !== undefined) clip.doc.title = r.title;
  if (r.due !== undefined) clip.due = r.due;
  if (r.metric !== undefined) clip.metric = r.metric;
  if (r.comparator !== undefined) clip.comparator = r.comparator;
  if (r.value !== undefined) clip.value = r.value;
  if (r.unit !== undefined) clip.unit = r.unit;
  return clip;
}
