/**
 * Turns an annotation seen on a page into a clip record.
 */
import type { Clip, ClipDocument } from '../core/clip';
import type { DocumentIdentity } from '../core/document';
import type { PageAnnotation } from '../messaging/protocol';

/**
 * A clip id: random, URL-safe, unique enough for a personal list. `crypto.randomUUID()`
 * exists only in secure contexts, and most portal pages are served over plain http, so
 * 16 random bytes from `crypto.getRandomValues()` (available everywhere) stand in for it.
 */
export function newClipId(
  cryptoSource: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = globalThis.crypto,
): string {
  if (typeof cryptoSource.randomUUID === 'function') return `clip-${cryptoSource.randomUUID()}`;
  const bytes = cryptoSource.getRandomValues(new Uint8Array(16));
  // RFC 4122 version 4 layout, so both paths give ids of the same shape.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `clip-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The document part of a clip, from the page's identity. */
export function clipDocument(url: string, identity: DocumentIdentity | undefined): ClipDocument {
  let site = '';
  try {
    site = new URL(url).hostname;
  } catch {
    // Not a URL (e.g. a local file in the CLI): keep the site empty.
  }
  const doc: ClipDocument = { url, site };
  if (identity?.title) doc.title = identity.title;
  if (identity?.docNumber) doc.docNumber = identity.docNumber;
  if (identity?.issuer) doc.issuer = identity.issuer;
  if (identity?.writtenDate) doc.writtenDate = identity.writtenDate;
  if (identity?.publishedDate) doc.publishedDate = identity.publishedDate;
  return doc;
}

/** Builds a new clip from a page annotation. */
export function makeClip(
  annotation: PageAnnotation,
  page: { url: string; document?: DocumentIdentity },
  now: Date,
  id: string = newClipId(),
): Clip {
  const createdAt = now.toISOString();
  const clip: Clip = {
    id,
    kind: annotation.kind,
    text: annotation.text,
    context: annotation.context,
    url: page.url,
    doc: clipDocument(page.url, page.document),
    anchor: {
      quote: annotation.text,
      prefix: annotation.prefix,
      suffix: annotation.suffix,
      start: annotation.start,
      end: annotation.end,
    },
    note: '',
    tags: [],
    status: 'todo',
    createdAt,
    updatedAt: createdAt,
  };
  if (annotation.kind === 'deadline') {
    clip.due = annotation.due;
    if (annotation.range) clip.range = annotation.range;
    if (annotation.recurring) clip.recurring = annotation.recurring;
    if (annotation.relative) clip.relative = true;
    if (annotation.yearMissing) clip.yearMissing = true;
  } else {
    if (annotation.metric !== undefined) clip.metric = annotation.metric;
    if (annotation.comparator !== undefined) clip.comparator = annotation.comparator;
    if (annotation.value !== undefined) clip.value = annotation.value;
    if (annotation.unit !== undefined) clip.unit = annotation.unit;
  }
  return clip;
}
