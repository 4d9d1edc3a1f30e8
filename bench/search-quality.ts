/**
 * Search-quality arithmetic: which entry a result URL is, recall@k and reciprocal rank. Pure;
 * the quality test (test/e2e/search-quality.test.ts) and `npm run search:report` share it.
 */

export interface QualityQuery {
  lang: string;
  query: string;
  /** Entries as collection/id. */
  expect: string[];
  kind?: string;
  /** Why the expected entries are these (e.g. when the catalogue grew and the set was re-baselined). */
  note?: string;
}

export interface QualitySet {
  description?: string;
  queries: QualityQuery[];
}

/** `/sv/cases/ordnat-inforande/` → `cases/ordnat-inforande` (the language prefix is dropped). */
export function entryOfUrl(url: string): string {
  const path = new URL(url, 'http://x').pathname.split('/').filter(Boolean);
  return path.length >= 3 ? `${path[1]}/${path[2]}` : path.join('/');
}

/** Result entries in order, each once (topics and organisations exist per language). */
export function rankedEntries(urls: readonly string[]): string[] {
  return [...new Set(urls.map(entryOfUrl))];
}

/** Share of expected entries among the first k results. */
export function recallAt(k: number, expected: readonly string[], ranked: readonly string[]): number {
  if (expected.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return expected.filter((entry) => top.has(entry)).length / expected.length;
}

/** The 1-based rank of the first expected entry, or undefined when none is returned. */
export function firstRank(expected: readonly string[], ranked: readonly string[]): number | undefined {
  const index = ranked.findIndex((entry) => expected.includes(entry));
  return index < 0 ? undefined : index + 1;
}

/** 1 / rank of the first expected entry; 0 when none is returned. */
export function reciprocalRank(expected: readonly string[], ranked: readonly string[]): number {
  const rank = firstRank(expected, ranked);
  return rank === undefined ? 0 : 1 / rank;
}

export interface QualitySummary {
  queries: number;
  recallAt5: number;
  mrr: number;
  /** Queries whose expected entries were not all in the top five. */
  misses: { query: QualityQuery; ranked: string[] }[];
}

export function summarise(results: readonly { query: QualityQuery; ranked: string[] }[]): QualitySummary {
  let recall = 0;
  let rr = 0;
  const misses: QualitySummary['misses'] = [];
  for (const result of results) {
    const r = recallAt(5, result.query.expect, result.ranked);
    recall += r;
    rr += reciprocalRank(result.query.expect, result.ranked);
    if (r < 1) misses.push(result);
  }
  const n = Math.max(1, results.length);
  return { queries: results.length, recallAt5: recall / n, mrr: rr / n, misses };
}
