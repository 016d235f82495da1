import { CLIP_STATUSES, type Clip, type ClipStatus } from '../../core/clip';
import { describeMeaning } from '../../export/describe-meaning';
import type { ClipPatch } from '../../storage/clip-store';
import { getLocale, t } from '../../i18n/i18n';
import { ClipEditor } from './clip-editor';
import { kindLabel, statusLabel } from './labels';

/** Height of a clip row, and of one with its editor open (the virtual list lays rows out by these). */
export const CLIP_ROW_HEIGHT = 92;
export const EDITING_ROW_HEIGHT = 232;

/** Props of {@link ClipRow}. */
export interface ClipRowProps {
  clip: Clip;
  now: Date;
  selected: boolean;
  editing: boolean;
  onToggleSelect: (id: string) => void;
  onEdit: (id: string | undefined) => void;
  onPatch: (id: string, patch: ClipPatch) => void;
  onDelete: (ids: string[]) => void;
}

/** One clip of the list: what it says and means, where it is from, and its inline edits. */
export function ClipRow(props: ClipRowProps) {
  const { clip } = props;
  const title = clip.doc.title || clip.url;
  return (
    <article
      class={`clip clip--${clip.kind} clip--${clip.status}${props.selected ? ' clip--selected' : ''}`}
      data-testid="clip"
      data-clip-id={clip.id}
      data-pl-kind={clip.kind}
      data-status={clip.status}
    >
      <div class="clip__line">
        <input
          type="checkbox"
          data-testid="clip-select"
          aria-label={t('selectClip')}
          checked={props.selected}
          onChange={() => props.onToggleSelect(clip.id)}
        />
        <span class={`clip__kind kind-${clip.kind}`}>{kindLabel(clip.kind)}</span>
        <strong class="clip__text" title={clip.context || clip.text}>
          {clip.text}
        </strong>
        <span class="clip__meaning" data-testid="clip-meaning">
          {describeMeaning(clip, getLocale(), props.now)}
        </span>
      </div>
      <div class="clip__line clip__meta">
        <select
          data-testid="clip-status"
          aria-label={t('filterStatus')}
          value={clip.status}
          onChange={(e) =>
            props.onPatch(clip.id, { status: (e.currentTarget as HTMLSelectElement).value as ClipStatus })
          }
        >
          {CLIP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
        {clip.tags.map((tag) => (
          <span key={tag} class="clip__tag" data-testid="clip-tag">
            {tag}
          </span>
        ))}
        {clip.note && (
          <span class="clip__note" data-testid="clip-note" title={clip.note}>
            {clip.note}
          </span>
        )}
      </div>
      <div class="clip__line clip__source">
        <a href={clip.url} target="_blank" rel="noopener noreferrer" title={title}>
          {title}
        </a>
        {clip.doc.docNumber && <span class="clip__docno">{clip.doc.docNumber}</span>}
        <span class="clip__actions">
          <button
            type="button"
            data-testid="clip-edit"
            onClick={() => props.onEdit(props.editing ? undefined : clip.id)}
          >
            {t('edit')}
          </button>
          <button type="button" data-testid="clip-delete" onClick={() => props.onDelete([clip.id])}>
            {t('delete')}
          </button>
        </span>
      </div>
      {props.editing && (
        <ClipEditor
          clip={clip}
          onCancel={() => props.onEdit(undefined)}
          onSave={(patch) => {
            props.onPatch(clip.id, patch);
            props.onEdit(undefined);
          }}
        />
      )}
    </article>
  );
}

/** A document heading in the grouped list. */
export function GroupHeading(props: { title: string; docNumber?: string; url: string; count: number }) {
  return (
    <h3 class="clip-group" data-testid="clip-group">
      <a href={props.url} target="_blank" rel="noopener noreferrer">
        {props.title}
      </a>
      {props.docNumber && <span class="clip__docno">{props.docNumber}</span>}
      <span class="clip-group__count">{t('clipsInDocument', { count: props.count })}</span>
    </h3>
  );
}
