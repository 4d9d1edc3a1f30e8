/**
 * The cases a method or an organisation page lists, derived from the cases: the page shows the
 * newest `ENTRY_CASES_SHOWN` and, when there are more, links to the full list in pages of
 * PAGE_SIZE (/{lang}/methods/{id}/cases/, …/cases/page/2/). Before, a page listed every case: at
 * 10,000 real-shaped entries a method page was 3.4 MB of HTML and an organisation page 2.2 MB
 * (BENCHMARKS.md, issue 17), and both grew with the catalogue.
 */
import { PAGE_SIZE, paginate, type Page } from './facets.ts';

/** Cases shown on the entry page itself: one list page's worth. */
export const ENTRY_CASES_SHOWN = PAGE_SIZE;

export interface EntryCasesPreview<T> {
  /** The newest cases, as many as the entry page shows. */
  shown: readonly T[];
  total: number;
  /** True when the entry has a full list of its cases (more cases than the page shows). */
  listed: boolean;
}

/** What the entry page shows of `cases` (newest first, as the catalogue orders them). */
export function entryCasesPreview<T>(cases: readonly T[], shown: number = ENTRY_CASES_SHOWN): EntryCasesPreview<T> {
  return { shown: cases.slice(0, shown), total: cases.length, listed: cases.length > shown };
}

/** The pages of an entry's full list of cases; none when the entry page already shows them all. */
export function entryCaseListPages<T>(cases: readonly T[], shown: number = ENTRY_CASES_SHOWN): Page<T>[] {
  return cases.length > shown ? paginate(cases) : [];
}
