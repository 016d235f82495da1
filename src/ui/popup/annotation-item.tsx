import type { PageAnnotation } from '../../messaging/protocol';
import { describeMeaning } from '../../export/describe-meaning';
import { getLocale, t } from '../../i18n/i18n';

/** One annotation of the page in the popup list, with its save button. */
export function AnnotationItem(props: {
  annotation: PageAnnotation;
  saved: boolean;
  busy: boolean;
  onSave: () => void;
  onReveal: () => void;
}) {
  const { annotation: a, saved, busy } = props;
  return (
    <li
      class={`annotation annotation--${a.kind}`}
      data-testid="annotation"
      data-pl-kind={a.kind}
      data-pl-id={a.id}
    >
      <span class="annotation__kind">{a.kind === 'deadline' ? t('kindDeadline') : t('kindTarget')}</span>
      <button type="button" class="annotation__text" onClick={props.onReveal} title={a.context}>
        {a.text}
      </button>
      <span class="annotation__meaning">{describeMeaning(a, getLocale())}</span>
      <button
        type="button"
        class="annotation__save"
        data-testid="save"
        disabled={saved || busy}
        aria-pressed={saved}
        onClick={props.onSave}
      >
        {saved ? t('saved') : t('save')}
      </button>
    </li>
  );
}
