import type { AnnotationKind, Comparator, IsoDate, Recurrence } from './annotation';

/** Where a clip sits in its page, so it can be found again (TextQuote + TextPosition). */
export interface ClipAnchor {
  /** The exact highlighted text. */
  quote: string;
  /** Up to 32 characters before the quote. */
  prefix: string;
  /** Up to 32 characters after the quote. */
  suffix: string;
  /** Offsets in the page's extracted text when the clip was saved. */
  start: number;
  end: number;
}

/** The document a clip came from. */
export interface ClipDocument {
  url: string;
  /** Host name, e.g. `wsjkw.gd.gov.cn`. */
  site: string;
  title?: string;
  docNumber?: string;
  issuer?: string;
  writtenDate?: IsoDate;
  publishedDate?: IsoDate;
}

/** A user's working status for a clip. */
export type ClipStatus = 'todo' | 'done' | 'ignored';

/** All statuses, in display order: 待办, 已完成, 已忽略. */
export const CLIP_STATUSES: readonly ClipStatus[] = ['todo', 'done', 'ignored'];

/**
 * A saved highlight. `id`, `kind`, `text`, `url`, `createdAt` are the stable fields the
 * end-to-end hooks rely on; the rest were added over schema versions (see storage/schema).
 */
export interface Clip {
  id: string;
  kind: AnnotationKind;
  text: string;
  /** The sentence around the text. */
  context: string;
  /** Same as `doc.url`, kept at top level for the stable hook and the url index. */
  url: string;
  doc: ClipDocument;
  anchor: ClipAnchor;

  // Deadline meaning.
  due?: IsoDate | null;
  range?: [IsoDate, IsoDate];
  recurring?: Recurrence;
  relative?: boolean;
  yearMissing?: boolean;

  // Target meaning.
  metric?: string;
  comparator?: Comparator;
  value?: number | number[];
  unit?: string;

  note: string;
  tags: string[];
  status: ClipStatus;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}
