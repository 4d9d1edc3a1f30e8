import { describe, expect, it } from 'vitest';
import { relatedCases } from '../../src/lib/entry-view.ts';
import type { Case, Catalogue } from '../../src/lib/catalogue.ts';
import { makeCase, makeCatalogue } from './entry-pages-fixtures.ts';

/** The straightforward definition relatedCases must agree with: count shared topics by id, sort all. */
function reference(catalogue: Catalogue, entry: Case, limit: number, scanPerTopic: number): string[] {
  const excluded = new Set((catalogue.translationGroup.get(entry.id) ?? [entry]).map((c) => c.id));
  excluded.add(entry.id);
  const shared = new Map<string, number>();
  for (const topic of new Set(entry.data.topics)) {
    let scanned = 0;
    for (const other of catalogue.casesByTopic.get(topic) ?? []) {
      if (scanned === scanPerTopic) break;
      if (excluded.has(other.id)) continue;
      scanned += 1;
      shared.set(other.id, (shared.get(other.id) ?? 0) + 1);
    }
  }
  const rank = new Map(catalogue.cases.map((c, index) => [c.id, index]));
  return [...shared]
    .sort(([a, countA], [b, countB]) => countB - countA || rank.get(a)! - rank.get(b)!)
    .slice(0, limit)
    .map(([id]) => id);
}

describe('relatedCases on a larger catalogue', () => {
  // A deterministic pseudo-random catalogue: topics, start years and translations vary.
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const topics = ['remote-monitoring', 'copd', 'falls', 'medication', 'telecare', 'dementia'];
  const cases: Case[] = [];
  for (let index = 0; index < 240; index += 1) {
    const own = [...new Set([topics[random(6)]!, topics[random(6)]!, ...(random(3) === 0 ? [topics[random(6)]!] : [])])];
    const translationOf = index > 10 && random(8) === 0 ? `case-${random(index)}` : undefined;
    cases.push(makeCase(`case-${index}`, { topics: own, start: String(2000 + random(25)), ...(translationOf ? { translationOf } : {}) }));
  }
  const catalogue = makeCatalogue({ cases });

  it('agrees with counting by id and sorting every candidate, for every case', () => {
    for (const entry of catalogue.cases) {
      for (const [limit, scan] of [[12, 200], [5, 20], [3, 7]] as const) {
        expect(relatedCases(catalogue, entry, limit, scan).map((c) => c.id)).toEqual(reference(catalogue, entry, limit, scan));
      }
    }
  });
  it('gives the same answer when asked again (its shared counters are reset)', () => {
    const entry = catalogue.cases[17]!;
    const first = relatedCases(catalogue, entry).map((c) => c.id);
    relatedCases(catalogue, catalogue.cases[3]!);
    expect(relatedCases(catalogue, entry).map((c) => c.id)).toEqual(first);
  });
});
