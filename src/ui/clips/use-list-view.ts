import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Clip } from '../../core/clip';
import { libraryFacets, type LibraryFacets } from '../../library/facets';
import { filterClips } from '../../library/filter-clips';
import { sortClips, type LibrarySort } from '../../library/sort-clips';
import { listRows, NO_FILTER, toLibraryFilter, type FilterControls, type ListRow } from './list-view-model';

const NO_FACETS: LibraryFacets = { sites: [], docs: [], tags: [] };

/** The list's query state and what it yields. */
export interface ListView {
  controls: FilterControls;
  setControls: (c: FilterControls) => void;
  sort: LibrarySort;
  setSort: (s: LibrarySort) => void;
  group: boolean;
  setGroup: (g: boolean) => void;
  /** Every clip in display order (the export of "everything" uses it). */
  sorted: Clip[];
  /** The clips that pass the filter, in display order. */
  shown: Clip[];
  rows: ListRow[];
  facets: LibraryFacets;
}

/**
 * Sorts once per change of the clips or the order, then filters the sorted list on every
 * keystroke (filtering keeps order), so typing costs one pass over cached search strings.
 */
export function useListView(clips: Clip[], now: Date): ListView {
  const [controls, setControls] = useState<FilterControls>(NO_FILTER);
  const [sort, setSort] = useState<LibrarySort>('due');
  const [group, setGroup] = useState(false);
  const day = now.toDateString();
  // Keyed on the calendar day, not the instant: due windows and order only change at midnight.
  const sorted = useMemo(() => sortClips(clips, sort, now), [clips, sort, day]);
  const shown = useMemo(() => filterClips(sorted, toLibraryFilter(controls), now), [sorted, controls, day]);
  const rows = useMemo(() => listRows(shown, group), [shown, group]);
  const [facets, setFacets] = useState<LibraryFacets>(NO_FACETS);
  useEffect(() => {
    // Facets parse every clip's address (~100 ms at 10,000 clips on a slow machine): count them
    // after the list is on screen, not before.
    const timer = setTimeout(() => setFacets(libraryFacets(clips)), 0);
    return () => clearTimeout(timer);
  }, [clips]);
  return { controls, setControls, sort, setSort, group, setGroup, sorted, shown, rows, facets };
}
