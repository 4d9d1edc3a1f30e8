/**
 * Shared vocabulary for search: the words an entry is findable by in every language, beyond its
 * own text. Each entry carries its topics' labels, synonyms and abbreviations in all six
 * languages (so "etäseuranta", "COPD", "KOL" and "hemmonitorering" find the same cases), the names
 * of its organisations and its countries' names in six languages. SearchTerms.astro renders them
 * inside the indexed part of the page, hidden from view, each word once (`vocabularyText`).
 * The English summary is not repeated here: EntryHeader shows it in the indexed part already.
 */
import type { Catalogue, Topic } from '../catalogue.ts';
import type { Country } from '../../schema/vocabulary.ts';
import type { CaseData, EventData, MethodData, OrganisationData, RequirementData, TopicData } from '../../schema/collections.ts';

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

const topicTermsByCatalogue = new WeakMap<Catalogue, Map<string, readonly string[]>>();

/** A topic's own terms and its broader topic's labels (none for an unknown id), once per catalogue. */
function topicSearchTerms(catalogue: Catalogue, id: string): readonly string[] {
  let byId = topicTermsByCatalogue.get(catalogue);
  if (!byId) topicTermsByCatalogue.set(catalogue, (byId = new Map()));
  let terms = byId.get(id);
  if (!terms) {
    const topic = catalogue.topicById.get(id);
    terms = topic ? [...topicTerms(topic.data), ...broaderLabels(topic, catalogue)] : [];
    byId.set(id, terms);
  }
  return terms;
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
 * Every entry page repeats the same few hundred terms (topic labels and synonyms, organisation and
 * country names), so what a term splits into is worked out once per build, not once per page.
 */
const termKeys = new Map<string, string>();
const termWords = new Map<string, readonly (readonly [word: string, key: string])[]>();

function termKey(term: string): string {
  let key = termKeys.get(term);
  if (key === undefined) {
    key = term.trim().toLowerCase();
    termKeys.set(term, key);
  }
  return key;
}

/** The words of a term as vocabularyText writes them, each with its case-insensitive key. */
function wordsOfTerm(term: string): readonly (readonly [word: string, key: string])[] {
  let found = termWords.get(term);
  if (!found) {
    const list: [string, string][] = [];
    for (const raw of term.split(/\s+/)) {
      const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const key = word.toLowerCase();
      if (key) list.push([word, key]);
    }
    found = list;
    termWords.set(term, found);
  }
  return found;
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
  const { topics, rest } = termSources(entry, catalogue);
  return uniqueTerms([...topics.flatMap((id) => topicSearchTerms(catalogue, id)), ...rest]);
}

/**
 * `vocabularyText(searchTermsFor(entry, catalogue))`, the text SearchTerms.astro renders, without
 * redoing the topics' part on every page: at 10,000 entries the topics' labels and synonyms are
 * most of an entry's terms, and cases share a few hundred combinations of topics. The words of a
 * combination (and which terms and words it has used) are worked out once per catalogue; the
 * entry's own terms (countries, place, organisations) are added after them as before.
 */
export function searchTermsText(entry: SearchableEntry, catalogue: Catalogue): string {
  const { topics, rest } = termSources(entry, catalogue);
  const prefix = topicsPrefix(catalogue, topics);
  const seenTerms = new Set<string>();
  const seenWords = new Set<string>();
  const words: string[] = [];
  for (const term of rest) {
    const key = termKey(term);
    if (!key || prefix.terms.has(key) || seenTerms.has(key)) continue;
    seenTerms.add(key);
    for (const [word, wordKey] of wordsOfTerm(term)) {
      if (prefix.words.has(wordKey) || seenWords.has(wordKey)) continue;
      seenWords.add(wordKey);
      words.push(word);
    }
  }
  if (words.length === 0) return prefix.text;
  return prefix.text ? `${prefix.text} ${words.join(' ')}` : words.join(' ');
}

interface TopicsPrefix {
  /** vocabularyText of the topics' unique terms. */
  text: string;
  /** Keys of the terms and of the words it has used. */
  terms: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

const topicsPrefixes = new WeakMap<Catalogue, Map<string, TopicsPrefix>>();

function topicsPrefix(catalogue: Catalogue, topics: readonly string[]): TopicsPrefix {
  let byTopics = topicsPrefixes.get(catalogue);
  if (!byTopics) topicsPrefixes.set(catalogue, (byTopics = new Map()));
  const cacheKey = topics.join('\u0000');
  let prefix = byTopics.get(cacheKey);
  if (!prefix) {
    const terms = new Set<string>();
    const words = new Set<string>();
    const text: string[] = [];
    for (const term of topics.flatMap((id) => topicSearchTerms(catalogue, id))) {
      const key = termKey(term);
      if (!key || terms.has(key)) continue;
      terms.add(key);
      for (const [word, wordKey] of wordsOfTerm(term)) {
        if (words.has(wordKey)) continue;
        words.add(wordKey);
        text.push(word);
      }
    }
    prefix = { text: text.join(' '), terms, words };
    byTopics.set(cacheKey, prefix);
  }
  return prefix;
}

/** An entry's terms: the topics whose terms come first (topicSearchTerms), then the rest in order. */
function termSources(entry: SearchableEntry, catalogue: Catalogue): { topics: readonly string[]; rest: string[] } {
  const rest: string[] = [];
  const addCountries = (codes: readonly (Country | undefined)[]) => {
    for (const code of codes) if (code) rest.push(...countryNames[code]);
  };
  switch (entry.collection) {
    case 'cases': {
      const data = entry.data;
      addCountries(data.countries);
      rest.push(data.place);
      rest.push(...organisationTerms([...data.organisations, data.coordinator, ...data.funding.map((f) => f.funder), data.contact?.organisation], catalogue));
      for (const funding of data.funding) if (funding.reference) rest.push(funding.reference);
      return { topics: data.topics, rest };
    }
    case 'methods': {
      const data = entry.data;
      addCountries([data.origin?.country]);
      rest.push(...data.otherNames, ...organisationTerms([data.origin?.organisation], catalogue));
      return { topics: data.topics, rest };
    }
    case 'events': {
      const data = entry.data;
      addCountries([data.country]);
      if (data.city) rest.push(data.city);
      if (data.venue) rest.push(data.venue);
      rest.push(...organisationTerms([...data.organisers, ...data.speakers.map((s) => s.organisation)], catalogue));
      return { topics: data.topics, rest };
    }
    case 'requirements':
      return { topics: entry.data.topics, rest };
    case 'topics': {
      rest.push(...topicTerms(entry.data));
      rest.push(...broaderLabels(catalogue.topicById.get(entry.id), catalogue));
      return { topics: [], rest };
    }
    case 'organisations': {
      const data = entry.data;
      rest.push(data.name, ...data.otherNames);
      addCountries([data.country]);
      return { topics: [], rest };
    }
  }
}
