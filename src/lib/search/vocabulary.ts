/**
 * Shared vocabulary for search: the words an entry is findable by in every language, beyond its
 * own text. Each entry carries its topics' labels, synonyms and abbreviations in all six
 * languages (so "etäseuranta", "COPD", "KOL" and "hemmonitorering" find the same cases), the names
 * of its organisations and its countries' names in six languages. SearchTerms.astro renders them
 * inside the indexed part of the page, hidden from view, each word once (`vocabularyText`).
 * The English summary is not repeated here: EntryHeader shows it in the indexed part already.
 */
import { memoByKey } from '../memo.ts';
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

/** A topic's own terms and its broader topic's labels (none for an unknown id). */
const topicSearchTerms = memoByKey((catalogue: Catalogue, id: string): readonly string[] => {
  const topic = catalogue.topicById.get(id);
  return topic ? [...topicTerms(topic.data), ...broaderLabels(topic, catalogue)] : [];
});

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
 * redoing the topics' part word by word on every page: at 10,000 entries the topics' labels and
 * synonyms are most of an entry's terms. Each topic's terms are keyed and split into keyed words
 * once per catalogue (a term repeated within the topic dropped, as the page would drop it); a page
 * then only de-duplicates ready keys. Combinations of topics are not remembered: at 10,000 cases
 * nearly every case has its own (5,456 combinations among 7,003 synthetic cases).
 */
export function searchTermsText(entry: SearchableEntry, catalogue: Catalogue): string {
  const { topics, rest } = termSources(entry, catalogue);
  const seenTerms = new Set<string>();
  const seenWords = new Set<string>();
  const words: string[] = [];
  const add = (terms: readonly KeyedTerm[]) => {
    for (const term of terms) {
      if (seenTerms.has(term.key)) continue;
      seenTerms.add(term.key);
      for (const [word, wordKey] of term.words) {
        if (seenWords.has(wordKey)) continue;
        seenWords.add(wordKey);
        words.push(word);
      }
    }
  };
  for (const id of topics) add(topicKeyedTerms(catalogue, id));
  add(keyedTerms(rest));
  return words.join(' ');
}

/** A term with its uniqueTerms key and its words as vocabularyText keys them. */
interface KeyedTerm {
  key: string;
  words: readonly (readonly [word: string, key: string])[];
}

/**
 * Terms keyed for searchTermsText, leaving out empty terms and a term whose key came earlier in
 * the list: the page-level de-duplication would leave them out too, whatever came before the list.
 * (Words are not pre-filtered: whether a word was used depends on which terms the page kept.)
 */
function keyedTerms(terms: readonly string[]): KeyedTerm[] {
  // A trimmed term has the same key and words as the term.
  return uniqueTerms(terms).map((term) => ({ key: termKey(term), words: wordsOfTerm(term) }));
}

const topicKeyedTerms = memoByKey((catalogue: Catalogue, id: string): readonly KeyedTerm[] => keyedTerms(topicSearchTerms(catalogue, id)));

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
