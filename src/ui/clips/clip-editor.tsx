import { useState } from 'preact/hooks';
import type { Clip } from '../../core/clip';
import type { ClipPatch } from '../../storage/clip-store';
import { t } from '../../i18n/i18n';
import { parseTags } from './list-view-model';

/** Inline editor of a clip's note and tags. */
export function ClipEditor(props: { clip: Clip; onSave: (patch: ClipPatch) => void; onCancel: () => void }) {
  const [note, setNote] = useState(props.clip.note);
  const [tags, setTags] = useState(props.clip.tags.join(', '));
  return (
    <form
      class="clip-editor"
      data-testid="clip-editor"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave({ note: note.trim(), tags: parseTags(tags) });
      }}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <label>
        <span>{t('note')}</span>
        <textarea
          data-testid="edit-note"
          rows={2}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          ref={(el) => el?.focus()}
        />
      </label>
      <label>
        <span>{t('tags')}</span>
        <input
          data-testid="edit-tags"
          value={tags}
          placeholder={t('tagsHint')}
          onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <div class="clip-editor__actions">
        <button type="submit" data-testid="edit-save">
          {t('saveEdit')}
        </button>
        <button type="button" data-testid="edit-cancel" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
