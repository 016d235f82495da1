import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../core/clip';
import type { ClipPatch } from '../../storage/clip-store';
import { t } from '../../i18n/i18n';
import { VirtualList } from '../common/virtual-list';
import { ClipRow, CLIP_ROW_HEIGHT, EDITING_ROW_HEIGHT, GroupHeading } from './clip-row';
import { FilterBar } from './filter-bar';
import type { ListRow } from './list-view-model';
import type { ClipLibrary } from './use-clip-library';
import type { ListView } from './use-list-view';

const GROUP_ROW_HEIGHT = 40;
const UNDO_MS = 15_000;

/** Performance marks the list sets (scripts/bench-list.ts reads them). */
export const LIST_MARKS = { firstClip: 'clips:first-clip-rendered', updated: 'clips:list-updated' } as const;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Props of {@link ListPanel}. */
export interface ListPanelProps {
  library: ClipLibrary;
  view: ListView;
  now: Date;
  selected: ReadonlySet<string>;
  onSelected: (next: Set<string>) => void;
}

/** The searchable, filterable, virtualised clip list with inline edits, bulk actions and undo. */
export function ListPanel(props: ListPanelProps) {
  const { library, view, selected, onSelected } = props;
  const [editing, setEditing] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [undo, setUndo] = useState<Clip[] | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const firstMarked = useRef(false);

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  const patch = useCallback(
    (id: string, edit: ClipPatch) => {
      setError(undefined);
      library.update(id, edit).catch((e: unknown) => setError(t('editFailed', { error: message(e) })));
    },
    [library],
  );

  const remove = useCallback(
    async (ids: string[]) => {
      setError(undefined);
      setNotice(undefined);
      try {
        const removed = await library.remove(ids);
        const gone = new Set(removed.map((c) => c.id));
        if ([...selected].some((id) => gone.has(id)))
          onSelected(new Set([...selected].filter((id) => !gone.has(id))));
        setUndo(removed);
        clearTimeout(undoTimer.current);
        undoTimer.current = setTimeout(() => setUndo(undefined), UNDO_MS);
      } catch (e) {
        setError(t('deleteFailed', { error: message(e) }));
      }
    },
    [library, selected, onSelected],
  );

  const undoRemove = async (clips: Clip[]) => {
    setUndo(undefined);
    try {
      await library.restore(clips);
      setNotice(t('restoredCount', { count: clips.length }));
    } catch (e) {
      setError(t('undoFailed', { error: message(e) }));
    }
  };

  const toggle = useCallback(
    (id: string) => {
      const next = new Set(selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      onSelected(next);
    },
    [selected, onSelected],
  );

  const itemHeight = useCallback(
    (row: ListRow) =>
      row.type === 'group'
        ? GROUP_ROW_HEIGHT
        : row.clip.id === editing
          ? EDITING_ROW_HEIGHT
          : CLIP_ROW_HEIGHT,
    [editing],
  );

  const onRendered = useCallback(() => {
    if (view.shown.length === 0 || typeof performance === 'undefined') return;
    if (!firstMarked.current) {
      firstMarked.current = true;
      performance.mark(LIST_MARKS.firstClip);
    }
    performance.mark(LIST_MARKS.updated);
  }, [view.shown]);

  const allShownSelected = view.shown.length > 0 && view.shown.every((c) => selected.has(c.id));

  return (
    <section class="list-panel">
      <FilterBar
        controls={view.controls}
        onControls={view.setControls}
        facets={view.facets}
        sort={view.sort}
        onSort={view.setSort}
        group={view.group}
        onGroup={view.setGroup}
      />
      <div class="bulk-bar">
        <label>
          <input
            type="checkbox"
            data-testid="select-all"
            checked={allShownSelected}
            disabled={view.shown.length === 0}
            onChange={() =>
              onSelected(
                allShownSelected ? new Set() : new Set([...selected, ...view.shown.map((c) => c.id)]),
              )
            }
          />
          {t('selectAll')}
        </label>
        <span data-testid="result-count">
          {t('resultCount', { shown: view.shown.length, total: library.clips.length })}
        </span>
        {selected.size > 0 && (
          <>
            <span data-testid="selected-count">{t('selectedCount', { count: selected.size })}</span>
            <button type="button" data-testid="delete-selected" onClick={() => void remove([...selected])}>
              {t('deleteSelected')}
            </button>
            <button type="button" data-testid="clear-selection" onClick={() => onSelected(new Set())}>
              {t('clearSelection')}
            </button>
          </>
        )}
      </div>
      {error && (
        <p role="alert" data-testid="list-error">
          {error}
        </p>
      )}
      {undo && (
        <div class="toast" role="status" data-testid="undo-toast">
          {t('deletedCount', { count: undo.length })}
          <button type="button" data-testid="undo" onClick={() => void undoRemove(undo)}>
            {t('undo')}
          </button>
        </div>
      )}
      {notice && !undo && (
        <div class="toast" role="status" data-testid="notice">
          {notice}
        </div>
      )}
      {library.state.status === 'ready' && library.clips.length > 0 && view.shown.length === 0 && (
        <p data-testid="no-matches">{t('noMatches')}</p>
      )}
      <VirtualList
        testId="clip-list"
        class="clip-list"
        items={view.rows}
        itemHeight={itemHeight}
        itemKey={(row) => (row.type === 'group' ? `g:${row.key}` : row.clip.id)}
        resetKey={view.controls}
        onRendered={onRendered}
        renderItem={(row) =>
          row.type === 'group' ? (
            <GroupHeading
              title={row.doc.title || t('untitledDocument')}
              docNumber={row.doc.docNumber}
              url={row.doc.url}
              count={row.count}
            />
          ) : (
            <ClipRow
              clip={row.clip}
              now={props.now}
              selected={selected.has(row.clip.id)}
              editing={editing === row.clip.id}
              onToggleSelect={toggle}
              onEdit={setEditing}
              onPatch={patch}
              onDelete={(ids) => void remove(ids)}
            />
          )
        }
      />
    </section>
  );
}
