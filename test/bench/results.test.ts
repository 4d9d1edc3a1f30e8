/** The bench's record of results (bench/results.ts): a run of some sizes keeps the figures of the others. */
import { describe, expect, it } from 'vitest';
import { mergeResults, type StoredResult } from '../../bench/results.ts';

const result = (corpus: 'real' | 'synthetic' | undefined, entries: number, date: string, extra: Partial<StoredResult> = {}): StoredResult => ({ ...(corpus ? { corpus } : {}), entries, date, ...extra });

describe('bench results', () => {
  it('replaces the sizes of the corpora run, keeps every other, and sorts by corpus then size', () => {
    const previous = [result('real', 10_000, '2026-12-01'), result('real', 1000, '2026-12-01'), result(undefined, 1000, '2026-11-24'), result('synthetic', 10_000, '2026-11-24')];
    const fresh = [result('real', 1000, '2026-12-06')];
    const merged = mergeResults(previous, fresh);
    expect(merged.map((r) => `${r.corpus ?? 'synthetic'} ${r.entries} ${r.date}`)).toEqual([
      'real 1000 2026-12-06',
      'real 10000 2026-12-01',
      'synthetic 1000 2026-11-24',
      'synthetic 10000 2026-11-24',
    ]);
  });

  it('carries the last Lighthouse figures of the same size and corpus into a run without them, with their date', () => {
    const lighthouse = [{ type: 'home', path: '/en/', scores: {} }];
    const previous = [result('real', 1000, '2026-12-01', { lighthouse })];
    const [merged] = mergeResults(previous, [result('real', 1000, '2026-12-06')]);
    expect(merged!.lighthouse).toBe(lighthouse);
    expect(merged!.lighthouseDate).toBe('2026-12-01');
    const [synthetic] = mergeResults(previous, [result('synthetic', 1000, '2026-12-06')]).filter((r) => r.corpus === 'synthetic');
    expect(synthetic!.lighthouse).toBeUndefined();
  });

  it('drops records without a date (written by an interrupted run)', () => {
    expect(mergeResults([result('real', 1000, '')], [])).toEqual([]);
  });
});
