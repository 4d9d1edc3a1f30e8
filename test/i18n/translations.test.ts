import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../src/i18n/t.ts';
import { locales } from '../../src/i18n/locales.ts';
import { vocabularies } from '../../src/schema/vocabulary.ts';
import { collectionNames } from '../../src/schema/collections.ts';
import en from '../../src/translations/en.json';

const referenceKeys = Object.keys(en);

describe('translations', () => {
  it.each(locales)('%s has every key of en.json and no empty value', (locale) => {
    const dictionary = dictionaries[locale] as Record<string, string>;
    const missing = referenceKeys.filter((key) => !(key in dictionary));
    expect(missing, `missing in ${locale}.json`).toEqual([]);
    const empty = Object.entries(dictionary).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(empty, `empty values in ${locale}.json`).toEqual([]);
  });

  it.each(locales)('%s has no key that en.json lacks (a typo or a stale key)', (locale) => {
    const extra = Object.keys(dictionaries[locale]).filter((key) => !(key in en));
    expect(extra).toEqual([]);
  });

  it('labels every value of every vocabulary', () => {
    const missing: string[] = [];
    for (const [name, values] of Object.entries(vocabularies)) {
      for (const value of values) if (!(`vocab.${name}.${value}` in en)) missing.push(`vocab.${name}.${value}`);
    }
    expect(missing).toEqual([]);
  });

  it('labels every collection', () => {
    expect(collectionNames.filter((name) => !(`collection.${name}` in en))).toEqual([]);
  });

  it('keeps placeholders identical across languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched: string[] = [];
    for (const locale of locales) {
      const dictionary = dictionaries[locale] as Record<string, string>;
      for (const [key, value] of Object.entries(en as Record<string, string>)) {
        if (dictionary[key] !== undefined && placeholders(dictionary[key]).join() !== placeholders(value).join()) mismatched.push(`${locale}:${key}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('translates rather than copies English interface strings', () => {
    // Vocabulary and proper names may coincide (Pilot, Region); long sentences must not.
    for (const locale of locales.filter((l) => l !== 'en')) {
      const dictionary = dictionaries[locale] as Record<string, string>;
      const copied = Object.entries(en as Record<string, string>).filter(
        ([key, value]) => value.split(' ').length >= 5 && dictionary[key] === value,
      );
      expect(copied.map(([key]) => key), locale).toEqual([]);
    }
  });

  it('fills placeholders and falls back to English, then the key', () => {
    const t = useTranslations('sv');
    expect(t('footer.licence', { licence: 'CC-BY-4.0', code: 'MIT' })).toContain('CC-BY-4.0');
    expect(t('vocab.country.SE')).toBe('Sverige');
    expect(useTranslations('fi')('vocab.stage.discontinued')).toBe('Keskeytetty');
  });
});
