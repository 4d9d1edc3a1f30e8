import { describe, expect, it } from 'vitest';
import { mergeByOrder, mergeByRelevance, searchUnion, singleOccurrenceScore, unionCounts, type Engine, type EngineResult } from '../../src/search/union.ts';
import { expandQuery, filterToken, type QueryVocabulary } from '../../src/search/query-vocabulary.ts';

/**
 * A fake Pagefind over a handful of pages: each page has words (with a score per word), topics and
 * a date, and a token for each topic (score 1), as SearchMeta.astro writes them. It answers the
 * searches searchUnion makes: words (AND), filters with `any` groups and `all` conditions, counts
 * per filter value, and sort by date.
 */
interface FakePage {
  id: string;
  words: Record<string, number>;
  topic: string[];
  type: string;
  date: string;
}
type Filter = Record<string, unknown>;

function matchesFilter(page: FakePage, filter: Filter): boolean {
  return Object.entries(filter).every(([key, value]) => {
    if (key === 'all') return (value as Filter[]).every((inner) => matchesFilter(page, inner));
    if (key === 'any') return (value as Filter[]).some((inner) => matchesFilter(page, inner));
    const values = (value as { any: string[] }).any;
    const own = key === 'topic' ? page.topic : [page[key as 'type']];
    return values.some((v) => own.includes(v));
  });
}

function fakeEngine(pages: FakePage[]): Engine<EngineResult> & { calls: number } {
  const engine = {
    calls: 0,
    // eslint-disable-next-line @typescript-eslint/require-await -- a stand-in for Pagefind's async search
    async search(term: string | null, options: { filters?: Filter; sort?: Record<string, string> } = {}) {
      engine.calls += 1;
      const words = term ? term.split(' ') : [];
      const wordsOf = (page: FakePage): Record<string, number> => ({ ...page.words, ...Object.fromEntries(page.topic.map((topic) => [filterToken('topic', topic), 1])) });
      let found = pages.filter((page) => words.every((word) => word in wordsOf(page)) && matchesFilter(page, options.filters ?? {}));
      const score = (page: FakePage) => words.reduce((sum, word) => sum + wordsOf(page)[word]!, 0);
      if (options.sort) found = [...found].sort((a, b) => b.date.localeCompare(a.date));
      else if (words.length > 0) found = [...found].sort((a, b) => score(b) - score(a));
      const filters: Record<string, Record<string, number>> = { topic: {}, type: {} };
      for (const page of found) {
        for (const topic of page.topic) filters.topic![topic] = (filters.topic![topic] ?? 0) + 1;
        filters.type![page.type] = (filters.type![page.type] ?? 0) + 1;
      }
      return { results: found.map((page) => ({ id: page.id, score: score(page), words: words.map(() => 0) })), filters };
    },
  };
  return engine;
}

// "kol" stands for the topic copd; "kroni" (a prefix of "kronisk") for chronic and copd.
// "monit" (a prefix of "monitorering") for copd and remote.
const vocabulary: QueryVocabulary = {
  refs: [['topic', 'copd'], ['topic', 'chronic'], ['topic', 'remote']],
  keys: { kol: [0], kols: [0], kronisk: [1, 0], monitorering: [0, 2] },
};

const pages: FakePage[] = [
  { id: 'text-only', words: { kol: 2, malmo: 1 }, topic: ['housing'], type: 'cases', date: '2020-01' },
  { id: 'both', words: { kol: 3 }, topic: ['copd'], type: 'cases', date: '2019-01' },
  { id: 'topic-only', words: { malmo: 1 }, topic: ['copd', 'chronic'], type: 'events', date: '2023-01' },
  { id: 'other', words: { malmo: 1 }, topic: ['housing'], type: 'cases', date: '2024-01' },
];

describe('searchUnion', () => {
  it('searches as typed when no word is in the vocabulary', async () => {
    const engine = fakeEngine(pages);
    const found = await searchUnion(engine, 'malmo', {}, expandQuery(vocabulary, 'malmo'), { counts: true });
    expect(found.results.map((r) => r.id)).toEqual(['text-only', 'topic-only', 'other']);
    expect(found.filters.type).toEqual({ cases: 2, events: 1 });
    expect(engine.calls).toBe(1);
  });

  it('finds pages by their text or by the topic a vocabulary word names, ranked by both', async () => {
    const found = await searchUnion(fakeEngine(pages), 'kol', {}, expandQuery(vocabulary, 'kol'));
    // "kol" matches the keys kol and kols, both copd: a copd page earns two single occurrences.
    expect(found.results.map((r) => r.id)).toEqual(['both', 'topic-only', 'text-only']);
  });

  it('keeps the other words as text and the reader’s filters', async () => {
    const engine = fakeEngine(pages);
    const found = await searchUnion(engine, 'kol malmo', { type: { any: ['events'] } }, expandQuery(vocabulary, 'kol malmo'));
    expect(found.results.map((r) => r.id)).toEqual(['topic-only']);
  });

  it('counts each filter value of the union exactly', async () => {
    const found = await searchUnion(fakeEngine(pages), 'kol', {}, expandQuery(vocabulary, 'kol'), { counts: true });
    expect(found.filters.type).toEqual({ cases: 2, events: 1 });
    expect(found.filters.topic).toEqual({ housing: 1, copd: 2, chronic: 1 });
  });

  it('asks for a word that names several topics with a compound filter, and for one that names one with its token', async () => {
    const engine = fakeEngine(pages);
    const searches: (string | null)[] = [];
    const spy: typeof engine = { ...engine, search: (term, options) => { searches.push(term); return engine.search(term, options); } };
    const found = await searchUnion(spy, 'monit kol', {}, expandQuery(vocabulary, 'monit kol'));
    expect(searches).toContain(filterToken('topic', 'copd'));
    expect(found.results.map((r) => r.id)).toEqual(['both', 'topic-only']);
  });

  it('sorts the union by date when asked', async () => {
    const found = await searchUnion(fakeEngine(pages), 'kol', {}, expandQuery(vocabulary, 'kol'), { sort: { date: 'desc' } });
    expect(found.results.map((r) => r.id)).toEqual(['topic-only', 'text-only', 'both']);
  });
});

describe('union helpers', () => {
  it('adds counts and takes away the overlap', () => {
    expect(unionCounts({ t: { a: 2, b: 1 } }, { t: { a: 1, c: 4 }, u: { x: 1 } }, { t: { a: 1 } })).toEqual({ t: { a: 2, b: 1, c: 4 }, u: { x: 1 } });
  });

  it('ranks by score, ties in the order found', () => {
    const r = (id: string) => ({ id });
    expect(mergeByRelevance([r('a'), r('b')], [r('b'), r('c'), r('d')], (id) => ({ a: 1, b: 1, c: 2, d: 1 })[id]!).map((x) => x.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('orders a union by a given order, unknown ids last', () => {
    const r = (id: string) => ({ id });
    expect(mergeByOrder([r('x'), r('a')], [r('c'), r('a')], [r('c'), r('b'), r('a')]).map((x) => x.id)).toEqual(['c', 'a', 'x']);
  });

  it('estimates one occurrence from the results with one match', () => {
    expect(singleOccurrenceScore([{ id: 'a', score: 9, words: [1, 2, 3] }, { id: 'b', score: 2, words: [4] }, { id: 'c', score: 3, words: [5] }, { id: 'd', score: 1, words: [6] }])).toBe(2);
    expect(singleOccurrenceScore([{ id: 'a', score: 9, words: [1, 2, 3] }, { id: 'b', score: 4, words: [1, 2] }])).toBe(4);
    expect(singleOccurrenceScore([])).toBe(1);
  });
});

describe('filterToken', () => {
  it('is a lower-case word without vowels, the same length for every value, and differs by value', () => {
    const tokens = ['topic:copd', 'topic:chronic-disease', 'topic:remote-patient-monitoring', 'country:SE', 'country:IS', 'topic:se'].map((pair) => filterToken(pair.split(':')[0]!, pair.split(':')[1]!));
    for (const token of tokens) expect(token).toMatch(/^nwtc[b-df-hj-np-tv-xz]{9}$/);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(filterToken('topic', 'copd')).toBe(filterToken('topic', 'copd'));
  });
});
