/**
 * Shared vocabulary for search: the words an entry is findable by in every language, beyond its
 * own text. Two halves:
 * - **In the page** (SearchTerms.astro renders `searchTermsText`, hidden, inside the indexed part):
 *   the names of an entry's organisations, its place, funding references and a method's other
 *   names, each word once (`vocabularyText`); on a topic page, the topic's own labels, synonyms and
 *   abbreviations in all six languages and its broader topic's labels.
 * - **At query time** (`queryVocabulary`, written once per build to /search/vocabulary.json and
 *   read by the search page, query-vocabulary.ts): every topic's labels, synonyms and
 *   abbreviations in six languages, the broader topic's labels, and country names, each word
 *   mapped to the topic or country filter it stands for. So "etäseuranta", "COPD", "KOL" and
 *   "hemmonitorering" find the same cases without every case carrying ~100 extra words: at 10,000
 *   entries those words were a third of Pagefind's index and 1 GB of its build memory.
 * The English summary is not repeated here: EntryHeader shows it in the indexed part already.
 */
import type { Catalogue, Topic } from '../lib/catalogue.ts';
import { buildLexicon, type Lexicon } from './decompound.ts';
import { compoundParts } from './compound-parts.ts';
import { searchKeys } from './terms.ts';
import { foldWord, words } from './fold.ts';
import { statusWords } from './status-words.ts';
import { filterToken, vocabularyKey, type QueryVocabulary, type VocabularyRef } from './query-vocabulary.ts';
import type { Country } from '../schema/vocabulary.ts';
import type { CaseData, EventData, MethodData, OrganisationData, RequirementData, TopicData } from '../schema/collections.ts';
import { textMemo } from '../lib/memo.ts';

/** Country names as readers write them in en, sv, nb, da, fi and is (and local forms). */
export const countryNames: Record<Country, readonly string[]> = {
  SE: ['Sweden', 'Sverige', 'Ruotsi', 'Svíþjóð'],
  NO: ['Norway', 'Norge', 'Noreg', 'Norja', 'Noregur'],
  DK: ['Denmark', 'Danmark', 'Tanska', 'Danmörk'],
  FI: ['Finland', 'Suomi', 'Finnland'],
  IS: ['Iceland', 'Island', 'Islanti', 'Ísland'],
  FO: ['Faroe Islands', 'Färöarna', 'Færøyene', 'Færøerne', 'Färsaaret', 'Færeyjar'],
  GL: ['Greenland', 'Grönland', 'Grønland', 'Grönlanti', 'Grænland', 'Kalaallit Nunaat'],
  AX: ['Åland', 'Ahvenanmaa', 'Álandseyjar', 'Åland Islands'],
};

/** Every label, synonym and abbreviation of a topic, in all six languages. */
export function topicTerms(topic: TopicData): string[] {
  return [
    ...Object.values(topic.labels),
    ...Object.values(topic.synonyms).flat(),
    ...topic.abbreviations,
  ];
}

/** Labels (not synonyms) of the broader topic, so "chronic disease" also finds COPD cases. */
function broaderLabels(topic: Topic | undefined, catalogue: Catalogue): string[] {
  const broader = topic?.data.broader ? catalogue.topicById.get(topic.data.broader) : undefined;
  return broader ? Object.values(broader.data.labels) : [];
}

function organisationTerms(ids: readonly (string | undefined)[], catalogue: Catalogue): string[] {
  const terms: string[] = [];
  for (const id of new Set(ids)) {
    const organisation = id ? catalogue.organisationById.get(id) : undefined;
    if (organisation) terms.push(organisation.data.name, ...organisation.data.otherNames);
  }
  return terms;
}

/**
 * Entry pages repeat the same organisation names over and over, so what a term splits into is
 * worked out once per build, not once per page.
 */
const termKeys = textMemo<string>();
const termWords = textMemo<readonly (readonly [word: string, key: string])[]>();

function termKey(term: string): string {
  return termKeys(term, () => term.trim().toLowerCase());
}

/** The words of a term as vocabularyText writes them, each with its case-insensitive key. */
function wordsOfTerm(term: string): readonly (readonly [word: string, key: string])[] {
  return termWords(term, () => {
    const list: [string, string][] = [];
    for (const raw of term.split(/\s+/)) {
      const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const key = word.toLowerCase();
      if (key) list.push([word, key]);
    }
    return list;
  });
}

/** Case-insensitive de-duplication that keeps the first spelling. */
export function uniqueTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const term of terms) {
    const key = termKey(term);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    result.push(term.trim());
  }
  return result;
}

/**
 * The terms as indexed text: each word once (case-insensitively), in first-seen order. The labels
 * and synonyms of six languages repeat many words ("kronisk sjukdom", "kronisk sykdom", "kronisk
 * sygdom"); a word is found as well once as four times, and at 10,000 entries the repeats were a
 * third of the vocabulary's indexed words. Words keep their inner punctuation ("IT-system",
 * "2021-07205") so Pagefind splits them as it splits the page's own text.
 */
export function vocabularyText(terms: readonly string[]): string {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const term of terms) {
    for (const [word, key] of wordsOfTerm(term)) {
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(word);
    }
  }
  return result.join(' ');
}

/** The entry shapes search knows how to describe. */
export type SearchableEntry =
  | { collection: 'cases'; id: string; data: CaseData }
  | { collection: 'methods'; id: string; data: MethodData }
  | { collection: 'events'; id: string; data: EventData }
  | { collection: 'requirements'; id: string; data: RequirementData }
  | { collection: 'topics'; id: string; data: TopicData }
  | { collection: 'organisations'; id: string; data: OrganisationData };

/** The hidden, indexed terms of an entry page (see the module comment). */
export function searchTermsFor(entry: SearchableEntry, catalogue: Catalogue): string[] {
  return uniqueTerms(pageTerms(entry, catalogue));
}

/** `vocabularyText(searchTermsFor(entry, catalogue))`: the text SearchTerms.astro renders. */
export function searchTermsText(entry: SearchableEntry, catalogue: Catalogue): string {
  return vocabularyText(searchTermsFor(entry, catalogue));
}

/** What an entry's page carries itself: names, places and references, not its topics or countries. */
function pageTerms(entry: SearchableEntry, catalogue: Catalogue): string[] {
  switch (entry.collection) {
    case 'cases': {
      const data = entry.data;
      const terms = [data.place, ...organisationTerms([...data.organisations, data.coordinator, ...data.funding.map((f) => f.funder), data.contact?.organisation], catalogue)];
      for (const funding of data.funding) if (funding.reference) terms.push(funding.reference);
      return terms;
    }
    case 'methods':
      return [...entry.data.otherNames, ...organisationTerms([entry.data.origin?.organisation], catalogue)];
    case 'events': {
      const data = entry.data;
      return [data.city, data.venue, ...organisationTerms([...data.organisers, ...data.speakers.map((s) => s.organisation)], catalogue)].filter((term): term is string => Boolean(term));
    }
    case 'requirements':
      return [];
    case 'topics':
      // A topic's own page is found by its names in every language, as a page of its own.
      return [...topicTerms(entry.data), ...broaderLabels(catalogue.topicById.get(entry.id), catalogue)];
    case 'organisations':
      return [entry.data.name, ...entry.data.otherNames];
  }
}

/** A filter value with the words that stand for it. */
export interface VocabularySource {
  group: 'topic' | 'country';
  value: string;
  terms: readonly string[];
}

/**
 * What the query-time vocabulary is made of: each topic's labels, synonyms and abbreviations, and
 * its broader topic's labels ("chronic disease" finds COPD cases, as before), and each country's
 * names in six languages.
 */
export function vocabularySources(catalogue: Catalogue): VocabularySource[] {
  const sources: VocabularySource[] = [];
  for (const topic of catalogue.topics) {
    sources.push({ group: 'topic', value: topic.id, terms: [...topicTerms(topic.data), ...broaderLabels(topic, catalogue)] });
  }
  for (const [code, names] of Object.entries(countryNames)) sources.push({ group: 'country', value: code, terms: names });
  return sources;
}

/** The lexicon compounds are split against: every topic's terms plus the curated parts. */
export function lexiconOf(topics: Iterable<TopicData>): Lexicon {
  const terms: string[] = [...compoundParts];
  for (const topic of topics) terms.push(...topicTerms(topic));
  return buildLexicon(terms);
}

/**
 * The query-time vocabulary (query-vocabulary.ts): for every word of every source, its keys (the
 * folded word and its compound parts, as the index carries them for a page's own words, stemmed
 * as the index stems) with the filter values the word stands for.
 */
export function queryVocabulary(catalogue: Catalogue, lexicon: Lexicon = lexiconOf(catalogue.topics.map((topic) => topic.data))): QueryVocabulary {
  // One source per topic and per country: a source's index is its ref's.
  const sources = vocabularySources(catalogue);
  const refs: VocabularyRef[] = sources.map((source) => [source.group, source.value]);
  const keys = new Map<string, Set<number>>();
  // Status words (status-words.ts): folded and stemmed, never split into parts ("kontrollgrupp"
  // must not make "grupp" a condition); a phrase is kept whole.
  const phrases = new Map<string, Set<number>>();
  for (const status of statusWords) {
    const ref = refs.length;
    refs.push([status.group, status.value]);
    for (const term of status.terms) {
      const termKeys = words(term.toLowerCase()).map((word) => vocabularyKey(foldWord(word)));
      const target = termKeys.length === 1 ? keys : phrases;
      const key = termKeys.join(' ');
      if (!key) continue;
      if (!target.has(key)) target.set(key, new Set());
      target.get(key)!.add(ref);
    }
  }
  sources.forEach((source, ref) => {
    for (const term of source.terms) {
      for (const word of words(term.toLowerCase())) {
        for (const key of searchKeys(word, lexicon)) {
          const stemmed = vocabularyKey(key);
          // A number alone names no topic ("type 2 diabetes", "COVID-19"); and JSON objects put
          // integer keys first, whatever order they were written in, so the file would not be sorted.
          if (/^\d+$/.test(stemmed)) continue;
          if (!keys.has(stemmed)) keys.set(stemmed, new Set());
          keys.get(stemmed)!.add(ref);
        }
      }
    }
  });
  const tokens = new Map<string, string>();
  for (const [group, value] of refs) {
    const token = filterToken(group, value);
    const other = tokens.get(token);
    if (other) throw new Error(`search vocabulary: ${other} and ${group}:${value} have the same token ${token}; change filterToken in query-vocabulary.ts`);
    tokens.set(token, `${group}:${value}`);
  }
  const sortedOf = (map: Map<string, Set<number>>) => Object.fromEntries([...map.keys()].sort().map((key) => [key, [...map.get(key)!].sort((a, b) => a - b)]));
  return { refs, keys: sortedOf(keys), phrases: sortedOf(phrases) };
}

/**
 * The texts "did you mean" takes its words from (suggest.ts): the query-time vocabulary's terms
 * and each entry's title, summaries, place and names.
 */
export function* suggestionTexts(catalogue: Catalogue): Generator<string> {
  for (const source of vocabularySources(catalogue)) yield* source.terms;
  for (const status of statusWords) yield* status.terms;
  for (const entry of [...catalogue.cases, ...catalogue.methods, ...catalogue.events, ...catalogue.requirements]) {
    yield entry.data.title;
    yield entry.data.summary;
    if (entry.data.summaryEn) yield entry.data.summaryEn;
  }
  for (const entry of catalogue.cases) if (entry.data.place) yield entry.data.place;
  for (const organisation of catalogue.organisations) yield* [organisation.data.name, ...organisation.data.otherNames];
}
