import type { AnnotationKind } from '../../core/annotation';
import type { Clip, ClipDocument, ClipStatus } from '../../core/clip';
import type { DueWindow } from '../../library/due-window';
import type { LibraryFilter } from '../../library/filter-clips';
import { groupByDocument } from '../../library/group-by-document';
import type { LibrarySort } from '../../library/sort-clips';

/** The list page's filter controls, one value each; `''` means any. */
export interface FilterControls {
  text: string;
  kind: AnnotationKind | '';
  site: string;
  doc: string;
  tag: string;
  status: ClipStatus | '';
  due: DueWindow | '';
}

/** All controls cleared. */
export const NO_FILTER: FilterControls = {
  text: '',
  kind: '',
  site: '',
  doc: '',
  tag: '',
  status: '',
  due: '',
};

const one = <T extends string>(value: T | ''): T[] | undefined => (value ? [value] : undefined);

/** The library query the controls describe. */
export function toLibraryFilter(c: FilterControls): LibraryFilter {
  return {
    text: c.text,
    kinds: one(c.kind),
    sites: one(c.site),
    docs: one(c.doc),
    tags: one(c.tag),
    statuses: one(c.status),
    due: one(c.due),
  };
}

/** True when any control narrows the list. */
export function isFiltering(c: FilterControls): boolean {
  return Object.values(c).some((v) => v.trim() !== '');
}

/** One row of the list: a document heading (when grouping) or a clip. */
export type ListRow =
  { type: 'group'; key: string; doc: ClipDocument; count: number } | { type: 'clip'; clip: Clip };

/** The rows of the list for clips already filtered and sorted. */
export function listRows(clips: readonly Clip[], group: boolean): ListRow[] {
  if (!group) return clips.map((clip) => ({ type: 'clip', clip }));
  const rows: ListRow[] = [];
  for (const g of groupByDocument(clips)) {
    rows.push({ type: 'group', key: g.key, doc: g.doc, count: g.clips.length });
    for (const clip of g.clips) rows.push({ type: 'clip', clip });
  }
  return rows;
}

/** Sorts the list page offers. */
export const SORTS: readonly LibrarySort[] = ['due', 'created', 'document'];

/** Splits what the reader typed into tags: commas (half/full width), 、 and spaces separate. */
export function parseTags(input: string): string[] {
  return [
    ...new Set(
      input
        .split(/[,，、\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
