/**
 * The panel's note on a gigantic page that got only its first highlights (see
 * src/content/highlight-limit.ts). Its strings live here until they join the i18n catalog.
 */
import { getLocale } from '../../i18n/i18n';

const NOTE = {
  zh: (shown: number, total: number) => `本页篇幅很长：已高亮前 ${shown} 处（共 ${total} 处）`,
  en: (shown: number, total: number) => `Very long page: the first ${shown} of ${total} are highlighted`,
} as const;

/** Props of {@link HighlightLimitNote}. */
export interface HighlightLimitNoteProps {
  shown: number;
  total: number;
}

/** "已高亮前 N 处（共 M 处）". */
export function HighlightLimitNote({ shown, total }: HighlightLimitNoteProps) {
  const text = (getLocale() === 'en' ? NOTE.en : NOTE.zh)(shown, total);
  return (
    <p class="pl-limit" data-testid="pl-highlight-limit">
      {text}
    </p>
  );
}
