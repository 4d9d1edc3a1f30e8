/**
 * Labels for vocabulary values and facet values in the reader's language. Vocabulary labels live
 * in the translations under `vocab.<name>.<id>`; topic labels live in the topic's own YAML.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Translate, UiKey } from '../i18n/t.ts';
import type { VocabularyName } from '../schema/vocabulary.ts';
import type { CaseFacet } from './facets.ts';
import type { Topic } from './catalogue.ts';
import { textMemo } from './memo.ts';

/** The translation key of a vocabulary value's label, e.g. vocab.stage.discontinued. */
export function vocabKey(name: VocabularyName, id: string): UiKey {
  return `vocab.${name}.${id}` as UiKey;
}

/** The label of one vocabulary value, e.g. vocabLabel(t, 'stage', 'discontinued'). */
export function vocabLabel(t: Translate, name: VocabularyName, id: string): string {
  return t(vocabKey(name, id));
}

/** Which vocabulary labels each facet's values (topic and year have none). */
const facetVocabulary: Partial<Record<CaseFacet, VocabularyName>> = {
  country: 'country',
  stage: 'stage',
  outcome: 'outcome',
  evidence: 'evidence',
  organisationType: 'organisationType',
  language: 'language',
};

/** A topic's label in `locale`, falling back to English and then its id. */
export function topicLabel(topic: Topic | undefined, locale: Locale, id = ''): string {
  if (!topic) return id;
  return topic.data.labels[locale] || topic.data.labels.en || topic.id;
}

/** The label of a facet value in the reader's language. */
export function facetValueLabel(
  facet: CaseFacet,
  value: string,
  t: Translate,
  locale: Locale,
  topicById: ReadonlyMap<string, Topic>,
): string {
  if (facet === 'topic') return topicLabel(topicById.get(value), locale, value);
  const vocabulary = facetVocabulary[facet];
  return vocabulary ? vocabLabel(t, vocabulary, value) : value;
}

/** The name of a facet, e.g. "Country". */
export function facetName(facet: CaseFacet, t: Translate): string {
  return t(`facet.${facet}` as UiKey);
}

/** Sorts by a label with the locale's collation (å, ä, ö, ø, æ, þ in their proper places). */
export function byLabel<T>(locale: Locale, label: (item: T) => string): (a: T, b: T) => number {
  const collator = new Intl.Collator(locale);
  return (a, b) => collator.compare(label(a), label(b));
}

/**
 * A country as a place may name it: its label in the reader's language and its names in the other
 * languages (a Swedish reader of an English case: "Östergötland, Sweden" already names Sverige).
 * A plain string is a label that is also the only name.
 */
export type CountryNames = string | { label: string; names: readonly string[] };

/** The labels of the countries a place does not already name (in any of their names), each once. */
export function countriesNotInPlace(place: string, countries: readonly CountryNames[]): string[] {
  const lower = place.toLocaleLowerCase();
  const missing = new Set<string>();
  for (const country of countries) {
    const { label, names } = typeof country === 'string' ? { label: country, names: [] } : country;
    if (![label, ...names].some((name) => lower.includes(name.toLocaleLowerCase()))) missing.add(label);
  }
  return [...missing];
}

/**
 * "Place, Country" for a list row: countries the place does not already name are added in the
 * reader's language, each once, so "Östergötland, Sweden" stays as it is on every page and
 * "Tromsø" becomes "Tromsø, Norway".
 */
export function placeWithCountries(place: string, countries: readonly CountryNames[]): string {
  const missing = countriesNotInPlace(place, countries);
  return missing.length ? `${place}, ${missing.join(', ')}` : place;
}

/**
 * A language's name as it reads in running text of the interface language: capitalised in English
 * only ("only in Swedish", "bara på svenska"). Every entry page's language switcher says this, and
 * toLocaleLowerCase is slow, so each name is lowered once per language.
 */
export function languageNameInText(name: string, locale: Locale): string {
  if (locale === 'en') return name;
  return loweredNames(`${locale}\u0000${name}`, () => name.toLocaleLowerCase(locale));
}

const loweredNames = textMemo<string>();
