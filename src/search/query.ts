/**
 * The search page's state and its URL: `?q=…&country=SE&country=NO&type=cases&sort=date`.
 * Repeated parameters are OR within a filter group; different groups are AND (filters.ts).
 * Pure, so the same code runs in the browser and in unit tests.
 */
import { foldWord, words } from './fold.ts';

/** Filter groups in the order the search page shows them. */
export const filterGroups = ['type', 'country', 'topic', 'outcome', 'stage', 'evidence', 'language', 'year'] as const;
export type FilterGroup = (typeof filterGroups)[number];

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterGroup, string[]>>;
  sort: SortOrder;
}

const maxQueryLength = 200;

/** Reads the state from a URL's search parameters; unknown parameters are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterGroup, string[]>> = {};
  for (const group of filterGroups) {
    const values = [...new Set(params.getAll(group).map((value) => value.trim()).filter(Boolean))];
    if (values.length > 0) filters[group] = values;
  }
  return {
    query: (params.get('q') ?? '').trim().slice(0, maxQueryLength),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** The URL search parameters of a state, in a stable order (query, filters, sort). */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const group of filterGroups) for (const value of state.filters[group] ?? []) params.append(group, value);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** Adds or removes one filter value. */
export function toggleFilter(state: SearchState, group: FilterGroup, value: string, on: boolean): SearchState {
  const current = state.filters[group] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length > 0) filters[group] = next;
  else delete filters[group];
  return { ...state, filters };
}

/**
 * What is sent to Pagefind for a typed query: every word folded to its search key (fold.ts), so
 * "Kjøpe", "kjoepe" and "kjope" all look for the key the index carries. Digits pass unchanged
 * ("2018-04193" is the words 2018 and 04193 on both sides).
 */
export function pagefindQuery(query: string): string {
  return words(query)
    .map((word) => foldWord(word))
    .filter(Boolean)
    .join(' ');
}

/**
 * Pagefind ranking for the catalogue. Page length is not held against a page (pageLength 0):
 * a case with a full write-up is the answer people look for, and would otherwise lose to short
 * requirement and topic pages that repeat the same vocabulary. Measured with
 * `npm run search:report` (recall@5 0.73 → 0.90 on the quality set when this was chosen).
 */
export const searchRanking = { pageLength: 0 } as const;

/** Pagefind's filter object: `any` within a group, groups combined (AND). */
export function pagefindFilters(filters: SearchState['filters'], except?: FilterGroup): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const group of filterGroups) {
    const values = filters[group];
    if (group !== except && values && values.length > 0) result[group] = { any: values };
  }
  return result;
}
