import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { entryOfUrl, firstRank, rankedEntries, recallAt, reciprocalRank, summarise, type QualitySet } from '../../bench/search-quality.ts';
import { locales } from '../../src/i18n/locales.ts';

describe('quality arithmetic', () => {
  it('turns result URLs into entries, once each', () => {
    expect(entryOfUrl('/sv/cases/ordnat-inforande/')).toBe('cases/ordnat-inforande');
    expect(entryOfUrl('http://127.0.0.1:4000/fi/topics/copd/')).toBe('topics/copd');
    expect(rankedEntries(['/fi/topics/copd/', '/en/topics/copd/', '/sv/cases/x/'])).toEqual(['topics/copd', 'cases/x']);
  });

  it('computes recall@5 and reciprocal rank', () => {
    const ranked = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(recallAt(5, ['b', 'f'], ranked)).toBe(0.5);
    expect(reciprocalRank(['c', 'f'], ranked)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['z'], ranked)).toBe(0);
    expect(firstRank(['c', 'f'], ranked)).toBe(3);
    expect(firstRank(['a'], ranked)).toBe(1);
    expect(firstRank(['z'], ranked)).toBeUndefined();
    const summary = summarise([
      { query: { lang: 'en', query: 'x', expect: ['a'] }, ranked },
      { query: { lang: 'en', query: 'y', expect: ['z'] }, ranked },
    ]);
    expect(summary).toMatchObject({ queries: 2, recallAt5: 0.5, mrr: 0.5 });
    expect(summary.misses).toHaveLength(1);
  });
});

describe('the quality set', () => {
  const set = JSON.parse(readFileSync('test/search/quality-set.json', 'utf8')) as QualitySet;

  it('has at least 40 queries across all six languages, each expecting entries', () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(set.queries.map((q) => q.lang))).toEqual(new Set(locales));
    for (const query of set.queries) {
      expect(query.expect.length, query.query).toBeGreaterThan(0);
      for (const entry of query.expect) expect(entry).toMatch(/^(cases|methods|events|requirements|topics|organisations)\/[a-z0-9-]+$/);
    }
  });

  it('names only entries that exist in content/', () => {
    const ids = set.queries.flatMap((q) => q.expect);
    for (const entry of ids) {
      const [collection, id] = entry.split('/');
      const folder = `content/${collection}`;
      const candidates = ['.md', '.mdx', '.yaml'].map((ext) => `${folder}/${id}${ext}`);
      expect(candidates.some((file) => { try { readFileSync(file); return true; } catch { return false; } }), entry).toBe(true);
    }
  });
});
