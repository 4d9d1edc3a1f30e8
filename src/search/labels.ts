/**
 * The labels the search page shows for filter values and result badges, in one interface
 * language, computed at build time and handed to the browser code as JSON (no strings in JS).
 */
import type { Catalogue } from '../lib/catalogue.ts';
import type { Translate, UiKey } from '../i18n/t.ts';
import type { Locale } from '../i18n/locales.ts';
import { collectionNames } from '../schema/collections.ts';
import { contentLanguages, countries, evidenceLevels, outcomes, stages } from '../schema/vocabulary.ts';
import type { FilterGroup } from './query.ts';

export type FilterLabels = Record<FilterGroup, Record<string, string>>;

export function filterLabels(t: Translate, catalogue: Catalogue, locale: Locale): FilterLabels {
  const from = (values: readonly string[], prefix: string) =>
    Object.fromEntries(values.map((value) => [value, t(`${prefix}${value}` as UiKey)]));
  return {
    type: from(collectionNames, 'collection.'),
    country: from(countries, 'vocab.country.'),
    topic: Object.fromEntries(
      [...catalogue.topics].map((topic) => [topic.id, topic.data.labels[locale]] as const).sort((a, b) => a[1].localeCompare(b[1], locale)),
    ),
    outcome: from(outcomes, 'vocab.outcome.'),
    stage: from(stages, 'vocab.stage.'),
    evidence: from(evidenceLevels, 'vocab.evidence.'),
    language: from(contentLanguages, 'vocab.language.'),
    year: {},
  };
}
