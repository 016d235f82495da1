import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../core/clip';
import type { ClipChange } from '../../storage/clip-changes';
import type { ClipPatch, ClipStore } from '../../storage/clip-store';
import { prepareSearch } from '../../library/search-text';
import type { ClipServices } from './clip-services';
import { mergeClipChanges } from './merge-changes';

/** Loading state of the library. */
export type LibraryStatus = { status: 'loading' } | { status: 'ready' } | { status: 'error'; error: string };

/** The live clip library of the page and the edits it can make. */
export interface ClipLibrary {
  state: LibraryStatus;
  /** All clips, oldest first; replaced (never mutated) on every change. */
  clips: Clip[];
  update(id: string, patch: ClipPatch): Promise<Clip>;
  remove(ids: string[]): Promise<Clip[]>;
  restore(clips: Clip[]): Promise<void>;
  importAll(clips: Clip[]): Promise<{ added: number; skipped: number }>;
}

/** Performance marks of the first load (scripts/bench-list.ts prints them). */
export const LOAD_MARKS = {
  preview: 'clips:first-screen-read',
  opened: 'clips:store-opened',
  listed: 'clips:clips-listed',
} as const;

// Enough rows for a tall window; the full list replaces them moments later.
const PREVIEW_COUNT = 40;

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

// Past this many changed ids, one full read is cheaper than reading clips one by one.
const PATCH_LIMIT = 200;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens the clip store once, reads every clip, and keeps the list current: edits made here
 * apply at once, and changes committed by any other page (popup, another tab, the background)
 * arrive through `subscribe` and are read back by id.
 */
export function useClipLibrary(services: ClipServices): ClipLibrary {
  const [state, setState] = useState<LibraryStatus>({ status: 'loading' });
  const [clips, setClips] = useState<Clip[]>([]);
  const storeRef = useRef<Promise<ClipStore> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const store = services.openStore();
    storeRef.current = store;
    let first = true;
    let full = false;
    const reloadAll = async () => {
      const opened = await store;
      if (first) mark(LOAD_MARKS.opened);
      const all = await opened.list();
      if (first) mark(LOAD_MARKS.listed);
      first = false;
      full = true;
      if (!live) return;
      setClips(all);
      setState({ status: 'ready' });
      // Fold the search strings once the list is on screen, so the first keystroke is cheap.
      setTimeout(() => live && prepareSearch(all), 0);
    };
    const applyChange = async (change: ClipChange) => {
      if (change.type === 'cleared' || change.ids.length > PATCH_LIMIT) return reloadAll();
      const s = await store;
      const read = await Promise.all(change.ids.map(async (id) => [id, await s.get(id)] as const));
      if (!live) return;
      const fresh = read.flatMap(([, c]) => (c ? [c] : []));
      const gone = read.flatMap(([id, c]) => (c ? [] : [id]));
      setClips((current) => mergeClipChanges(current, fresh, gone));
    };
    // The preview goes first: Chromium runs one database's requests in sequence, so a cursor
    // queued behind the full read would gain nothing.
    const preview = services.previewFirst?.(PREVIEW_COUNT).then(
      (clips) => {
        if (!live || full || clips.length === 0) return;
        mark(LOAD_MARKS.preview);
        setClips(clips);
      },
      () => {
        // Only an optimisation; the full read reports real errors.
      },
    );
    Promise.resolve(preview)
      .then(reloadAll)
      .catch((e: unknown) => live && setState({ status: 'error', error: message(e) }));
    const unsubscribe = services.subscribe((change) => {
      applyChange(change).catch(() => reloadAll().catch(() => {}));
    });
    return () => {
      live = false;
      unsubscribe();
      void store.then(
        (s) => s.close(),
        () => {},
      );
    };
  }, [services]);

  return useMemo(() => {
    const store = () => storeRef.current ?? Promise.reject(new Error('The clip store is not open.'));
    return {
      state,
      clips,
      async update(id, patch) {
        const updated = await (await store()).update(id, patch);
        setClips((current) => mergeClipChanges(current, [updated], []));
        return updated;
      },
      async remove(ids) {
        const removed = await (await store()).remove(ids);
        setClips((current) =>
          mergeClipChanges(
            current,
            [],
            removed.map((c) => c.id),
          ),
        );
        return removed;
      },
      async restore(restored) {
        const s = await store();
        await s.restore(restored);
        const back = (await Promise.all(restored.map((c) => s.get(c.id)))).flatMap((c) => (c ? [c] : []));
        setClips((current) => mergeClipChanges(current, back, []));
      },
      async importAll(incoming) {
        const s = await store();
        const result = await s.importAll(incoming);
        const all = await s.list();
        setClips(all);
        return result;
      },
    };
  }, [state, clips]);
}
