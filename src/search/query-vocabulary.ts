/**
 * The shared vocabulary at query time. Topic labels, synonyms and abbreviations in six languages,
 * and country names, are not written into every page of the index (at 10,000 entries that was a
 * gigabyte of Pagefind's build memory: BENCHMARKS.md). The build writes them once, as
 * `/search/vocabulary.json` (src/pages/search/vocabulary.json.ts): each word's search key with
 * the filter values it stands for ("etaseuranta" → topic remote-patient-monitoring; "ruotsi" →
 * country SE). The search page turns a typed word that is in the vocabulary into that filter, so
 * "etäseuranta" finds every remote-monitoring case in any language, as the words in the page did.
 *
 * Keys are folded (fold.ts) and stemmed (stem.ts) and match the way Pagefind matches the index: a
 * typed word finds every key that starts with it. Pure: it runs in the browser and in unit tests.
 */
import { stemSwedish } from './stem.ts';
import type { FilterGroup } from './query.ts';

/**
 * The groups a vocabulary word can stand for: the search page's filter groups, and why a case
 * stopped (`stop`), which pages carry as a filter and a token but the filter panel does not show.
 */
export type VocabularyGroup = FilterGroup | 'stop';

/** A filter value a vocabulary word stands for. */
export type VocabularyRef = readonly [group: VocabularyGroup, value: string];

export interface QueryVocabulary {
  /** Every filter value the vocabulary points at, once. */
  refs: VocabularyRef[];
  /** Search key → indexes into `refs`. */
  keys: Record<string, number[]>;
  /**
   * Phrases that stand for a value only as a whole ("no effect", "ei vaikutusta"): their words'
   * keys joined by a space → indexes into `refs`.
   */
  phrases?: Record<string, number[]>;
}

/** Groups whose words are curated status words (status-words.ts), not topic or country names. */
const statusGroups: ReadonlySet<string> = new Set(['stage', 'outcome', 'stop', 'evidence']);

/**
 * A typed word shorter than this finds a status word only when it is that word: "av" (of) must
 * not become "avbruten", nor "st" "stopped".
 */
const statusPrefixMin = 4;

/**
 * Letters for filter tokens: no vowels (so the stemmer never shortens a token: without a vowel a
 * word has no R1), and none of the letters Swedish endings or Pagefind's splitting act on.
 */
const tokenLetters = 'bcfjkmpqrvwxz';

/**
 * The hidden word a page carries for one of its topic or country filter values (SearchMeta.astro):
 * "nwtc" and nine letters from a hash of the value, the same length for every value so that no
 * token starts another (Pagefind matches a typed word against every word that starts with it).
 * A search for the token finds the pages with that value through an index chunk of a few KB,
 * instead of the whole topic filter file (56 KB at 10,000 entries).
 */
export function filterToken(group: string, value: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${group}:${value}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // The hash in base 13, nine digits (13⁹ > 2³²): distinct hashes give distinct tokens.
  let token = 'nwtc';
  for (let i = 0; i < 9; i++) {
    token += tokenLetters[hash % tokenLetters.length];
    hash = Math.floor(hash / tokenLetters.length);
  }
  return token;
}

/** The groups whose values a page carries as tokens: those the vocabulary stands for. */
export const tokenGroups = ['topic', 'country', 'outcome', 'stage', 'evidence', 'stop'] as const;

/** A page's tokens for its topic and country filter values. */
export function filterTokens(filters: Record<string, readonly string[]>): string[] {
  return tokenGroups.flatMap((group) => (filters[group] ?? []).map((value) => filterToken(group, value)));
}

/** The key of a word already folded by `foldWord` (fold.ts). */
export function vocabularyKey(foldedWord: string): string {
  return stemSwedish(foldedWord);
}

/**
 * The vocabulary keys a typed word (folded, as pagefindQuery sends it) matches, each as the filter
 * values it stands for: every key that starts with the word's key, as Pagefind matches a word in
 * the index. Empty when the word is not in the vocabulary.
 */
export function keysForWord(vocabulary: QueryVocabulary, foldedWord: string): VocabularyRef[][] {
  const key = vocabularyKey(foldedWord);
  if (!key) return [];
  const found: VocabularyRef[][] = [];
  for (const [candidate, refs] of Object.entries(vocabulary.keys)) {
    if (!candidate.startsWith(key)) continue;
    const exact = candidate === key || key.length >= statusPrefixMin;
    const values = refs.map((index) => vocabulary.refs[index]!).filter((ref) => exact || !statusGroups.has(ref[0]));
    if (values.length > 0) found.push(values);
  }
  return found;
}

/** The distinct filter values of a list of keys' values. */
export function distinctRefs(keys: readonly (readonly VocabularyRef[])[]): VocabularyRef[] {
  const found = new Map<string, VocabularyRef>();
  for (const refs of keys) for (const ref of refs) found.set(`${ref[0]}:${ref[1]}`, ref);
  return [...found.values()];
}

/** The filter values a typed word stands for: those of every key it matches, once each. */
export function refsForWord(vocabulary: QueryVocabulary, foldedWord: string): VocabularyRef[] {
  return distinctRefs(keysForWord(vocabulary, foldedWord));
}

/** Pagefind's compound filter for "one of these values": `{ any: [{ topic: { any: [...] } }, …] }`. */
export type AnyOf = { any: Record<string, { any: string[] }>[] };

/** The compound filter for pages with any of `refs`, grouped by filter group. */
export function anyOf(refs: readonly VocabularyRef[]): AnyOf {
  const byGroup = new Map<string, string[]>();
  for (const [group, value] of refs) byGroup.set(group, [...(byGroup.get(group) ?? []), value]);
  return { any: [...byGroup].map(([group, values]) => ({ [group]: { any: values } })) };
}

export interface Expansion {
  /** The typed words that are not in the vocabulary, for Pagefind's text search (may be empty). */
  rest: string;
  /** The typed words that are in the vocabulary, folded. */
  words: string[];
  /** For each of `words`, in the same order, the keys it matches, each as its filter values. */
  keys: VocabularyRef[][][];
}

/**
 * Splits a folded query into its vocabulary words (each stands for the filter values of the keys it
 * matches) and the rest. Undefined when no word is in the vocabulary: the query is then searched as
 * typed, only.
 */
export function expandQuery(vocabulary: QueryVocabulary, foldedQuery: string): Expansion | undefined {
  const expansion: Expansion = { rest: '', words: [], keys: [] };
  const rest: string[] = [];
  const typed = foldedQuery.split(' ').filter(Boolean);
  for (let i = 0; i < typed.length; i++) {
    const phrase = phraseAt(vocabulary, typed, i);
    if (phrase) {
      expansion.words.push(typed.slice(i, i + phrase.length).join(' '));
      expansion.keys.push([phrase.refs]);
      i += phrase.length - 1;
      continue;
    }
    const word = typed[i]!;
    const keys = keysForWord(vocabulary, word);
    if (keys.length === 0) {
      rest.push(word);
      continue;
    }
    expansion.words.push(word);
    expansion.keys.push(keys);
  }
  expansion.rest = rest.join(' ');
  return expansion.words.length > 0 ? expansion : undefined;
}

/** The longest phrase of the vocabulary that starts at word `start`, with the values it stands for. */
export function phraseAt(vocabulary: QueryVocabulary, foldedWords: readonly string[], start: number): { length: number; refs: VocabularyRef[] } | undefined {
  if (!vocabulary.phrases) return undefined;
  for (let length = Math.min(4, foldedWords.length - start); length >= 2; length--) {
    const key = foldedWords.slice(start, start + length).map(vocabularyKey).join(' ');
    const refs = vocabulary.phrases[key];
    if (refs) return { length, refs: refs.map((index) => vocabulary.refs[index]!) };
  }
  return undefined;
}
