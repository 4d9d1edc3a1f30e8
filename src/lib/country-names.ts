/**
 * A country's names in all six interface languages, for telling whether a place (written in its
 * entry's language) already names it. Build-time only: it reads every translation, which the
 * browser islands must not bundle; they get the names in their config (CatalogueCases.astro).
 */
import { dictionaries } from '../i18n/t.ts';
import { locales } from '../i18n/locales.ts';
import type { CountryNames } from './i18n-labels.ts';
import { textMemo } from './memo.ts';

const remember = textMemo<readonly string[]>();

/** Every language's name of a country code, e.g. SE → Sweden, Sverige, Ruotsi, Svíþjóð … */
export function countryNamesEverywhere(code: string): readonly string[] {
  return remember(code, () => {
    const key = `vocab.country.${code}` as keyof (typeof dictionaries)['en'];
    return [...new Set(locales.flatMap((locale) => dictionaries[locale][key] ?? []))];
  });
}

/** The country with its label in the reader's language, for placeWithCountries. */
export function countryNames(code: string, label: string): CountryNames {
  return { label, names: countryNamesEverywhere(code) };
}
