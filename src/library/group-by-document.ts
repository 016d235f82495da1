import type { Clip, ClipDocument } from '../core/clip';
import { clipDocKey } from './clip-doc-key';

/** The clips of one document. */
export interface DocumentGroup {
  /** Normalised document address. */
  key: string;
  /** The document's identity, merged from its clips (the first clip that knows a field wins). */
  doc: ClipDocument;
  clips: Clip[];
}

/**
 * Groups clips by document. Groups appear in the order of their first clip in `clips` and keep
 * the order of `clips` inside, so sort first and group second.
 */
export function groupByDocument(clips: readonly Clip[]): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const clip of clips) {
    const key = clipDocKey(clip);
    const group = groups.get(key);
    if (group) {
      group.clips.push(clip);
      group.doc = { ...clip.doc, ...definedFields(group.doc) };
    } else {
      groups.set(key, { key, doc: { ...clip.doc }, clips: [clip] });
    }
  }
  return [...groups.values()];
}

function definedFields(doc: ClipDocument): Partial<ClipDocument> {
  return Object.fromEntries(
    Object.entries(doc).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<ClipDocument>;
}
