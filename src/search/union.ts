/**
 * One query, with the shared vocabulary applied (query-vocabulary.ts), over Pagefind. A page is a
 * result when it has the typed words in its text (search A) or when it has the topics and
 * countries the vocabulary words stand for and the other words in its text (search B). Pagefind
 * answers each with one search; this module merges the two, ranks and counts the union.
 *
 * Ranking follows what the words in every page used to give (each vocabulary word counted once per
 * page it applied to). Word by word, a page scores Pagefind's score for that word in its text, plus,
 * for a vocabulary word, one single-occurrence score of the word for each vocabulary key the word
 * matches that stands for a topic or country the page has (a page used to carry each such word
 * once). For "tjenester", a case filed under the topics of "helsetjenester", "omsorgstjenester" and
 * "tjenesteinnovasjon" outranks the topic page that has only one of them; for "evidence of
 * effect", a page of the topic these words name that also has "evidence" and "effect" in its text
 * outranks one that only has the topic. Sorted by date, the union follows the date order of the
 * whole index.
 *
 * A vocabulary word that stands for one topic or country is searched as that value's token, a
 * hidden word of the pages that have it (filterToken): one index chunk of a few KB. A word that
 * stands for several is a compound filter condition (`any`), which loads the whole filter file.
 *
 * Counts: for each filter value, |A| + |B| − |A and B|, the last from a third search with both the
 * words and the vocabulary's conditions. Pagefind counts each of them exactly, so the sum is exact.
 *
 * Pure apart from the engine it is given: unit-tested with a fake engine (test/search/union.test.ts).
 */
import { anyOf, distinctRefs, filterToken, type AnyOf, type Expansion, type VocabularyRef } from './query-vocabulary.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface EngineResult {
  id: string;
  /** Pagefind's relevance score (absent from filter-only searches in tests). */
  score?: number;
  /** Positions of the matched words in the page. */
  words?: readonly number[];
}

export interface Engine<R extends EngineResult> {
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: R[]; filters: FilterCounts }>;
}

export interface UnionOptions {
  /** Pagefind's sort, e.g. `{ date: 'desc' }`; relevance when absent. */
  sort?: Record<string, string>;
  /** Whether the filter counts are wanted (they need a third search). */
  counts?: boolean;
}

export interface UnionResult<R extends EngineResult> {
  results: R[];
  /** Counts per filter value of the results; empty unless `counts` was asked for. */
  filters: FilterCounts;
}

/** How search B asks for the vocabulary: tokens for one-value words, conditions for the others. */
export interface VocabularyPlan {
  tokens: string[];
  conditions: AnyOf[];
}

export function planVocabulary(expansion: Expansion): VocabularyPlan {
  const tokens: string[] = [];
  const conditions: AnyOf[] = [];
  for (const keys of expansion.keys) {
    const refs = distinctRefs(keys);
    if (refs.length === 1) tokens.push(filterToken(...refs[0]!));
    else conditions.push(anyOf(refs));
  }
  return { tokens, conditions };
}

/** The filter object with the vocabulary's conditions added (AND) to the reader's filters. */
export function withConditions(filters: Record<string, unknown>, conditions: readonly AnyOf[]): Record<string, unknown> {
  return conditions.length > 0 ? { ...filters, all: conditions } : filters;
}

/** Words joined for Pagefind, or null for none (a filter-only search). */
function joined(...words: string[]): string | null {
  return words.filter(Boolean).join(' ') || null;
}

/** a + b − both, value by value. */
export function unionCounts(a: FilterCounts, b: FilterCounts, both: FilterCounts): FilterCounts {
  const result: FilterCounts = {};
  for (const group of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const values: Record<string, number> = {};
    const ga = a[group] ?? {};
    const gb = b[group] ?? {};
    const gboth = both[group] ?? {};
    for (const value of new Set([...Object.keys(ga), ...Object.keys(gb)])) {
      values[value] = (ga[value] ?? 0) + (gb[value] ?? 0) - (gboth[value] ?? 0);
    }
    result[group] = values;
  }
  return result;
}

/**
 * The score one plain occurrence of a word earns, from the results of a search for that word: the
 * median score of the results with one match, else the lowest score, else 1.
 */
export function singleOccurrenceScore(results: readonly EngineResult[]): number {
  const single = results.filter((result) => result.words?.length === 1).map((result) => result.score ?? 0).sort((x, y) => x - y);
  if (single.length > 0) return single[Math.floor(single.length / 2)]!;
  const scores = results.map((result) => result.score ?? 0).filter((score) => score > 0);
  return scores.length > 0 ? Math.min(...scores) : 1;
}

/** The results of both searches, each page once, A's first. */
function unionOf<R extends EngineResult>(a: readonly R[], b: readonly R[]): R[] {
  const union = new Map<string, R>();
  for (const result of [...a, ...b]) if (!union.has(result.id)) union.set(result.id, result);
  return [...union.values()];
}

/**
 * Relevance order of the union: by `score(id)`; ties keep the text search's order, then the
 * vocabulary search's.
 */
export function mergeByRelevance<R extends EngineResult>(a: readonly R[], b: readonly R[], score: (id: string) => number): R[] {
  const scored = unionOf(a, b).map((result, order) => ({ result, order, score: score(result.id) }));
  return scored.sort((x, y) => y.score - x.score || x.order - y.order).map((entry) => entry.result);
}

/** The pages that have one filter value (a search for its token), once per engine and value. */
const members = new WeakMap<object, Map<string, Promise<Set<string>>>>();

function pagesWith<R extends EngineResult>(engine: Engine<R>, ref: VocabularyRef): Promise<Set<string>> {
  let cache = members.get(engine);
  if (!cache) members.set(engine, (cache = new Map<string, Promise<Set<string>>>()));
  const token = filterToken(...ref);
  let found = cache.get(token);
  if (!found) {
    found = engine.search(token).then((search) => new Set(search.results.map((result) => result.id)));
    cache.set(token, found);
  }
  return found;
}

/**
 * A page's relevance, summed over the typed words: its text score for the word (a search of that
 * word alone), plus, for a vocabulary word, the word's single-occurrence score for each key it
 * matches whose topics or countries the page has.
 */
async function relevance<R extends EngineResult>(engine: Engine<R>, term: string, filters: Record<string, unknown>, typed: { results: R[] }, vocabulary: { results: R[] }, expansion: Expansion): Promise<(id: string) => number> {
  const words = term.split(' ').filter(Boolean);
  // One word, all of whose keys stand for the same values: a page of the union has them exactly
  // when search B found it, and then for every key.
  const keys = expansion.keys[0] ?? [];
  const valuesOf = (refs: readonly VocabularyRef[]) => refs.map((ref) => ref.join(':')).sort().join();
  const first = valuesOf(keys[0] ?? []);
  if (words.length === 1 && expansion.words.length === 1 && keys.every((refs) => valuesOf(refs) === first)) {
    const text = new Map(typed.results.map((result) => [result.id, result.score ?? 0]));
    const inB = new Set(vocabulary.results.map((result) => result.id));
    const unit = singleOccurrenceScore(typed.results);
    return (id) => (text.get(id) ?? 0) + (inB.has(id) ? unit * keys.length : 0);
  }
  const perWord = words.length === 1 ? [typed] : await Promise.all(words.map((word) => engine.search(word, { filters })));
  const parts = await Promise.all(
    words.map(async (word, index) => {
      const results = perWord[index]!.results;
      const text = new Map(results.map((result) => [result.id, result.score ?? 0]));
      const keys = expansion.keys[expansion.words.indexOf(word)] ?? [];
      const sets = await Promise.all(keys.map(async (refs) => await Promise.all(refs.map((ref) => pagesWith(engine, ref)))));
      return { text, sets, unit: singleOccurrenceScore(results) };
    }),
  );
  // A phrase ("no effect", "ei vaikutusta") stands for its value as a whole: a page with that value
  // scores as if it had each of the phrase's words once more, so the cases it names outrank pages
  // that merely have the everyday words somewhere in their text.
  const phrases = await Promise.all(
    expansion.words.flatMap((phrase, index) => {
      const phraseWords = phrase.split(' ');
      if (phraseWords.length < 2) return [];
      return [(async () => {
        const refs = distinctRefs(expansion.keys[index] ?? []);
        const sets = await Promise.all(refs.map((ref) => pagesWith(engine, ref)));
        const unit = phraseWords.reduce((sum, word) => sum + singleOccurrenceScore(perWord[words.indexOf(word)]?.results ?? []), 0);
        return { sets, bonus: 2 * unit };
      })()];
    }),
  );
  return (id) =>
    parts.reduce((sum, part) => sum + (part.text.get(id) ?? 0) + part.unit * part.sets.filter((key) => key.some((set) => set.has(id))).length, 0) +
    phrases.reduce((sum, phrase) => sum + (phrase.sets.some((set) => set.has(id)) ? phrase.bonus : 0), 0);
}

/** The union in the order of `order` (every page's id, as a sorted search lists them). */
export function mergeByOrder<R extends EngineResult>(a: readonly R[], b: readonly R[], order: readonly EngineResult[]): R[] {
  const position = new Map(order.map((result, index) => [result.id, index]));
  return unionOf(a, b).sort((x, y) => (position.get(x.id) ?? Infinity) - (position.get(y.id) ?? Infinity));
}

/** Search A (the typed words), B (the vocabulary) and, for counts, both at once. */
async function searchBoth<R extends EngineResult>(engine: Engine<R>, term: string, filters: Record<string, unknown>, expansion: Expansion, options: UnionOptions) {
  const sort = options.sort ? { sort: options.sort } : {};
  const plan = planVocabulary(expansion);
  const vocabularyFilters = withConditions(filters, plan.conditions);
  const [a, b, both] = await Promise.all([
    engine.search(term || null, { filters, ...sort }),
    engine.search(joined(expansion.rest, ...plan.tokens), { filters: vocabularyFilters, ...sort }),
    options.counts ? engine.search(joined(term, ...plan.tokens), { filters: vocabularyFilters }) : undefined,
  ]);
  return { a, b, filters: both ? unionCounts(a.filters, b.filters, both.filters) : {} };
}

/**
 * Searches `term` (folded words) with the reader's `filters`, and, when the query has vocabulary
 * words (`expansion`), merges in the pages the vocabulary finds.
 */
export async function searchUnion<R extends EngineResult>(
  engine: Engine<R>,
  term: string,
  filters: Record<string, unknown>,
  expansion: Expansion | undefined,
  options: UnionOptions = {},
): Promise<UnionResult<R>> {
  if (!expansion) {
    const a = await engine.search(term || null, { filters, ...(options.sort ? { sort: options.sort } : {}) });
    return { results: a.results, filters: options.counts ? a.filters : {} };
  }
  const [{ a, b, filters: counts }, order] = await Promise.all([
    searchBoth(engine, term, filters, expansion, options),
    options.sort ? engine.search(null, { sort: options.sort }) : undefined,
  ]);
  const results = order ? mergeByOrder(a.results, b.results, order.results) : mergeByRelevance(a.results, b.results, await relevance(engine, term, filters, a, b, expansion));
  return { results, filters: counts };
}

/** The filter counts of the union alone, without ranking it (a group's counts without its choices). */
export async function countUnion<R extends EngineResult>(engine: Engine<R>, term: string, filters: Record<string, unknown>, expansion: Expansion | undefined): Promise<FilterCounts> {
  if (!expansion) return (await engine.search(term || null, { filters })).filters;
  return (await searchBoth(engine, term, filters, expansion, { counts: true })).filters;
}
