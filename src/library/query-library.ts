import type { Clip } from '../core/clip';
import { filterClips, type LibraryFilter } from './filter-clips';
import { sortClips, type LibrarySort } from './sort-clips';

/** A full library view request: which clips, in which order. */
export interface LibraryQuery {
  filter?: LibraryFilter;
  /** Default `due`. */
  sort?: LibrarySort;
}

/** Filters then sorts: what the library list shows for a query at `now`. */
export function queryLibrary(clips: readonly Clip[], query: LibraryQuery, now: Date): Clip[] {
  return sortClips(filterClips(clips, query.filter ?? {}, now), query.sort ?? 'due', now);
}
