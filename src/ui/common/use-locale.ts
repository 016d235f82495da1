import { useState } from 'preact/hooks';
import { getLocale, localeFromLanguage, setLocale, type Locale } from '../../i18n/i18n';

/** localStorage key of the language chosen on the list page. */
export const LOCALE_STORAGE_KEY = 'policy-lens.locale';

/** The saved language choice, if any and valid. */
export function savedLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale | undefined {
  const value = storage?.getItem(LOCALE_STORAGE_KEY);
  return value === 'zh' || value === 'en' ? value : undefined;
}

/** Applies the saved language (else the browser's) before the first render. */
export function applySavedLocale(storage: Pick<Storage, 'getItem'> | undefined, language?: string): Locale {
  const locale = savedLocale(storage) ?? localeFromLanguage(language);
  setLocale(locale);
  return locale;
}

/**
 * The UI language as component state: switching re-renders the tree with the new strings and
 * remembers the choice in `storage`.
 */
export function useLocale(storage: Pick<Storage, 'setItem'> | undefined): [Locale, (l: Locale) => void] {
  const [locale, setState] = useState<Locale>(getLocale());
  const change = (next: Locale) => {
    setLocale(next);
    try {
      storage?.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the choice still applies to this page.
    }
    document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
    setState(next);
  };
  return [locale, change];
}
