import { afterEach, describe, expect, it } from 'vitest';
import { localeFromLanguage, setLocale, t } from '../../../src/i18n/i18n';
import { en, zh } from '../../../src/i18n/messages';

afterEach(() => setLocale('zh'));

describe('i18n', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['de-DE', 'zh'],
    [undefined, 'zh'],
  ])('browser language %s → %s', (lang, locale) => {
    expect(localeFromLanguage(lang)).toBe(locale);
  });

  it('speaks Chinese by default and fills placeholders', () => {
    setLocale('zh');
    expect(t('statusAnnotated', { deadlines: 3, targets: 5 })).toBe('找到 3 个期限、5 个目标');
  });

  it('has an English text for every key, with the same placeholders', () => {
    setLocale('en');
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(en[key]).toBeTruthy();
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(en[key])).toEqual(holes(zh[key]));
    }
  });
});

describe('catalogs', () => {
  it('never define the same key twice', async () => {
    const { duplicateKeys } = await import('../../../src/i18n/messages');
    expect(duplicateKeys()).toEqual([]);
  });
});
