/**
 * The texts of one case in a catalogue list (CatalogueItem.astro): place with the countries it does
 * not already name, the short period, stage, outcome, topics and why it stopped. A case appears in
 * a dozen static lists (the full list, one per facet value, country combinations) in each of six
 * languages, so its texts are made once per case, language and topic table.
 */
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import type { Case, Topic } from './catalogue.ts';
import { periodWords } from './format.ts';
import { formatDay, formatPeriod } from './format-memo.ts';
import { placeWithCountries, topicLabel, vocabLabel } from './i18n-labels.ts';
import { countryNames } from './country-names.ts';

export interface CatalogueItemText {
  /** "Tromsø, Norway"; "Östergötland, Sweden" is not followed by "Sweden" again. */
  place: string;
  period: string;
  stage: string;
  outcome: string;
  topics: string;
  /** Only for a case with a stop reason. */
  stopReason: string | undefined;
  lastVerified: string;
}

type TopicTable = ReadonlyMap<string, Topic>;
const texts = new WeakMap<TopicTable, WeakMap<Case, Map<Locale, CatalogueItemText>>>();

export function catalogueItemText(entry: Case, locale: Locale, topicById: TopicTable): CatalogueItemText {
  let byCase = texts.get(topicById);
  if (!byCase) texts.set(topicById, (byCase = new WeakMap()));
  let byLocale = byCase.get(entry);
  if (!byLocale) byCase.set(entry, (byLocale = new Map<Locale, CatalogueItemText>()));
  let text = byLocale.get(locale);
  if (!text) {
    text = textOf(entry, locale, topicById);
    byLocale.set(locale, text);
  }
  return text;
}

function textOf(entry: Case, locale: Locale, topicById: TopicTable): CatalogueItemText {
  const t = useTranslations(locale);
  const { data } = entry;
  return {
    place: placeWithCountries(data.place, data.countries.map((c) => countryNames(c, vocabLabel(t, 'country', c)))),
    period: formatPeriod({ start: data.start, end: data.end }, locale, periodWords(t), 'short'),
    stage: vocabLabel(t, 'stage', data.stage),
    outcome: vocabLabel(t, 'outcome', data.outcome),
    topics: data.topics.map((id) => topicLabel(topicById.get(id), locale, id)).join(', '),
    stopReason: data.stopReason === undefined ? undefined : vocabLabel(t, 'stopReason', data.stopReason),
    lastVerified: formatDay(data.lastVerified, locale),
  };
}
