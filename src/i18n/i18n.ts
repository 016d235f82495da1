/**
 * Translation lookup. Chinese by default; English when the browser's language is English.
 */
import { en, zh, type MessageKey } from './messages';

/** UI languages. */
export type Locale = 'zh' | 'en';

/** Picks the UI language from a browser language tag (navigator.language). */
export function localeFromLanguage(language: string | undefined): Locale {
  return language && /^en\b/i.test(language) ? 'en' : 'zh';
}

let current: Locale = localeFromLanguage(globalThis.navigator?.language);

/** The current UI language. */
export function getLocale(): Locale {
  return current;
}

/** Switches the UI language (user setting or tests). */
export function setLocale(locale: Locale): void {
  current = locale;
}

/** The message `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template: string = (current === 'en' ? en : zh)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
