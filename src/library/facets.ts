import type { Clip } from '../core/clip';
import { clipDocKey, clipSite } from './clip-doc-key';

/** One choice of a filter menu and how many clips it would show. */
export interface FacetOption {
  value: string;
  /** What the menu shows: the document title for documents, else the value itself. */
  label: string;
  count: number;
}

/** The choices of the library's filter menus, most used first. */
export interface LibraryFacets {
  sites: FacetOption[];
  docs: FacetOption[];
  tags: FacetOption[];
}

function tally(entries: Iterable<[value: string, label: string]>): FacetOption[] {
  const options = new Map<string, FacetOption>();
  for (const [value, label] of entries) {
    const option = options.get(value);
    if (option) option.count += 1;
    else options.set(value, { value, label, count: 1 });
  }
  return [...options.values()].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
}

/** Sites, documents and tags present in `clips`, with counts, for the filter menus. */
export function libraryFacets(clips: readonly Clip[]): LibraryFacets {
  return {
    sites: tally(clips.map((c) => [clipSite(c), clipSite(c)])),
    docs: tally(clips.map((c) => [clipDocKey(c), c.doc?.title || clipDocKey(c)])),
    tags: tally(clips.flatMap((c) => c.tags.map((t): [string, string] => [t, t]))),
  };
}
