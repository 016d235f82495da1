/**
 * The panel's note on a gigantic page that got only its first highlights (see
 * src/content/highlight-limit.ts).
 */
import { t } from '../../i18n/i18n';

/** Props of {@link HighlightLimitNote}. */
export interface HighlightLimitNoteProps {
  shown: number;
  total: number;
}

/** "已高亮前 N 处（共 M 处）". */
export function HighlightLimitNote({ shown, total }: HighlightLimitNoteProps) {
  return (
    <p class="pl-limit" data-testid="pl-highlight-limit">
      {t('panelHighlightLimit', { shown, total })}
    </p>
  );
}
