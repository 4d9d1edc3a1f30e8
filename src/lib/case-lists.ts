/**
 * The static case lists of one build, computed once and shared by getStaticPaths and every list
 * page: facet rows, the facet lists that get pages, and their sizes (for the counts beside facet
 * links). Pure; memoised per catalogue object.
 */
import type { FacetStep } from '../i18n/routes.ts';
import type { Catalogue } from './catalogue.ts';
import {
  caseFacets,
  countFacet,
  facetRows,
  staticFacetLists,
  type CaseFacet,
  type FacetRow,
} from './facets.ts';
import { memoByOwner } from './memo.ts';

export interface CaseListIndex {
  rows: FacetRow[];
  /** Case ids of every static facet list, by listKey(steps), in list order (newest first). */
  lists: Map<string, string[]>;
  /** Every value that occurs, per facet, in the facet's display order. */
  values: Record<CaseFacet, string[]>;
}

/** A canonical key for a list's facet steps: facets in panel order, e.g. "country=SE&stage=pilot". */
export function listKey(steps: readonly FacetStep[]): string {
  return canonicalSteps(steps)
    .map((step) => `${step.facet}=${step.value}`)
    .join('&');
}

/** Steps in panel order (country first), as list URLs write them. */
export function canonicalSteps(steps: readonly FacetStep[]): FacetStep[] {
  const order = (facet: string) => caseFacets.indexOf(facet as CaseFacet);
  return [...steps].sort((a, b) => order(a.facet) - order(b.facet));
}

export const caseListIndex = memoByOwner((catalogue: Catalogue): CaseListIndex => {
  const rows = facetRows(catalogue.cases, catalogue.organisationById);
  const lists = new Map<string, string[]>([['', rows.map((row) => row.id)]]);
  for (const list of staticFacetLists(rows)) lists.set(listKey(list.steps), list.ids);
  const values = Object.fromEntries(caseFacets.map((facet) => [facet, countFacet(rows, facet).map((c) => c.value)])) as Record<CaseFacet, string[]>;
  return { rows, lists, values };
});

/** One link in the no-JavaScript facet panel. */
export interface FacetLink {
  facet: CaseFacet;
  value: string;
  steps: FacetStep[];
  count: number;
  /** This value is part of the current list. */
  current: boolean;
}

/**
 * The facet links a static list page offers: for each facet value, the list with that value
 * replacing the facet's current value or added to the current steps, when such a list has a
 * static page. So a country page links to country × stage/outcome/topic pages, a stage page to
 * country × stage pages, and the main list to every single-facet page.
 */
export function facetLinks(index: CaseListIndex, steps: readonly FacetStep[]): Record<CaseFacet, FacetLink[]> {
  const result = Object.fromEntries(caseFacets.map((facet) => [facet, [] as FacetLink[]])) as Record<CaseFacet, FacetLink[]>;
  for (const facet of caseFacets) {
    const others = steps.filter((step) => step.facet !== facet);
    for (const value of index.values[facet]) {
      const candidate = canonicalSteps([...others, { facet, value }]);
      const ids = index.lists.get(listKey(candidate));
      if (!ids) continue;
      const current = steps.some((step) => step.facet === facet && step.value === value);
      result[facet].push({ facet, value, steps: candidate, count: ids.length, current });
    }
  }
  return result;
}
