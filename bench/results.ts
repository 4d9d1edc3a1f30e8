/**
 * The bench's record of its results. bench/results.json, committed, holds the latest figures of
 * every corpus and size measured; a run of some sizes replaces theirs and keeps the others, so
 * `npm run bench -- --sizes 10000` on a fresh clone does not drop the 1,000-entry rows from
 * BENCHMARKS.md. (bench/out/, not committed, holds the builds and every run's full JSON.)
 */
import type { Corpus } from './scale-figures.ts';

/** What this module reads of a result; scripts/bench.ts stores many more fields. */
export interface StoredResult {
  /** Missing in results written before there were two corpora: synthetic. */
  corpus?: Corpus;
  entries: number;
  /** ISO time of the build; empty or missing in a record an interrupted run left. */
  date: string;
  lighthouse?: unknown[];
  lighthouseDate?: string;
  measuredAgain?: string;
}

/** A result's corpus; results written before there were two corpora are synthetic. */
export const corpusOf = (result: StoredResult): Corpus => result.corpus ?? 'synthetic';

/**
 * The previous results with those of this run in place of the same corpus and size, sorted by
 * corpus then size. A fresh result without Lighthouse figures keeps the last ones of its corpus and
 * size, with their date.
 */
export function mergeResults<R extends StoredResult>(previous: readonly R[], fresh: readonly R[]): R[] {
  const run = new Set(fresh.map((result) => `${corpusOf(result)} ${result.entries}`));
  const dated = previous.filter((result) => result.date);
  const carried = fresh.map((result) => {
    const before = dated.find((other) => other.entries === result.entries && corpusOf(other) === corpusOf(result));
    if (result.lighthouse || !before?.lighthouse) return result;
    return { ...result, lighthouse: before.lighthouse, lighthouseDate: before.lighthouseDate ?? before.measuredAgain ?? before.date };
  });
  return [...dated.filter((result) => !run.has(`${corpusOf(result)} ${result.entries}`)), ...carried].sort(
    (a, b) => corpusOf(a).localeCompare(corpusOf(b)) || a.entries - b.entries,
  );
}
