/**
 * What happened where a requirement was used: derived from the cases' `requirements` fields
 * (never typed on the requirement), with counts per result, for the requirement page, the lists
 * and the open data.
 */
import { requirementResults, type RequirementResult } from '../schema/vocabulary.ts';
import type { Case } from './catalogue.ts';

/** One case's use of one requirement. */
export interface RequirementUseInCase {
  case: Case;
  result: RequirementResult;
  note?: string;
}

/** Every use of every requirement, by requirement id, in the order of `cases` (newest start first). */
export function requirementUsesById(cases: readonly Case[]): Map<string, RequirementUseInCase[]> {
  const uses = new Map<string, RequirementUseInCase[]>();
  for (const entry of cases) {
    const seen = new Set<string>();
    for (const use of entry.data.requirements) {
      // A case that lists a requirement twice used it once; the first line says how it went.
      if (seen.has(use.id)) continue;
      seen.add(use.id);
      const list = uses.get(use.id) ?? [];
      list.push({ case: entry, result: use.result, ...(use.note ? { note: use.note } : {}) });
      uses.set(use.id, list);
    }
  }
  return uses;
}

export type ResultCounts = Record<RequirementResult, number>;

/** How many uses ended in each result, every result present (zero when none). */
export function resultCounts(uses: readonly RequirementUseInCase[]): ResultCounts {
  const counts = Object.fromEntries(requirementResults.map((result) => [result, 0])) as ResultCounts;
  for (const use of uses) counts[use.result]++;
  return counts;
}

/** The results that occurred, in vocabulary order, with their counts: what a summary line shows. */
export function resultSummary(uses: readonly RequirementUseInCase[]): { result: RequirementResult; count: number }[] {
  const counts = resultCounts(uses);
  return requirementResults.filter((result) => counts[result] > 0).map((result) => ({ result, count: counts[result] }));
}
