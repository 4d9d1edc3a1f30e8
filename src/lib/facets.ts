/**
 * Facets of the case catalogue: which values a case has for each facet, counts, filtering (OR
 * within a facet, AND across facets), pagination, and the static list pages to generate so that a
 * reader without JavaScript can still narrow the catalogue by following links.
 *
 * Pure: no Astro imports. The same facet values feed the static pages and the JSON the browser
 * island filters in place, so the two can never disagree.
 */
import {
  countries,
  evidenceLevels,
  organisationTypes,
  outcomes,
  stages,
  contentLanguages,
} from '../schema/vocabulary.ts';
import { yearOf } from '../schema/dates.ts';
import type { FacetStep } from '../i18n/routes.ts';
import type { Case, Catalogue } from './catalogue.ts';
import { strongestEvidence } from './evidence.ts';

/** Facets of the case catalogue, in the order the facet panel shows them. */
export const caseFacets = ['country', 'topic', 'stage', 'outcome', 'evidence', 'year', 'organisationType', 'language'] as const;
export type CaseFacet = (typeof caseFacets)[number];

/** The facets that get a second level of static pages under each country. */
export const countryCombinedFacets = ['stage', 'outcome', 'topic'] as const satisfies readonly CaseFacet[];

/** Rows per list page. */
export const PAGE_SIZE = 50;
/**
 * Static pages per facet list. Beyond this the page offers narrower facet links instead of more
 * pages; every case stays reachable through the full list. Keeps the page count bounded at
 * 10,000 cases (see docs/ARCHITECTURE.md).
 */
export const MAX_FACET_PAGES = 2;
/**
 * Static pages per combined list (a country with a stage, outcome or topic). These are the most
 * numerous lists (countries × values), so they show the newest page only, then point to the
 * wider single-facet list and the in-place filter.
 */
export const MAX_COMBINED_PAGES = 1;

/** How many static pages a list with these facet steps gets. */
export function maxPagesFor(stepCount: number): number {
  if (stepCount === 0) return Infinity;
  return stepCount > 1 ? MAX_COMBINED_PAGES : MAX_FACET_PAGES;
}

/** How a list can be ordered: newest start first (the default) or most recently verified first. */
export const sortOrders = ['newest', 'verified'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** Most recently verified first; ties newest start first (the input order is kept by a stable sort). */
export function sortCases(cases: readonly Case[], order: SortOrder): Case[] {
  if (order === 'newest') return [...cases];
  return [...cases].sort((a, b) => b.data.lastVerified.localeCompare(a.data.lastVerified));
}

/** Facet values of one case: always arrays, so every facet filters the same way. */
export type FacetValues = Record<CaseFacet, string[]>;

export function isCaseFacet(value: string): value is CaseFacet {
  return (caseFacets as readonly string[]).includes(value);
}

/**
 * A case's value(s) for each facet. Evidence is the strongest level among its effects; year is the
 * start year; organisation type is taken from the organisations that did the case (not funders).
 */
export function caseFacetValues(entry: Case, organisationById: Catalogue['organisationById']): FacetValues {
  const { data } = entry;
  const evidence = strongestEvidence(data.effects);
  const year = data.start === undefined ? undefined : yearOf(data.start);
  const organisationTypes = new Set<string>();
  for (const id of data.organisations) {
    const type = organisationById.get(id)?.data.type;
    if (type) organisationTypes.add(type);
  }
  return {
    country: unique(data.countries),
    topic: unique(data.topics),
    stage: [data.stage],
    outcome: [data.outcome],
    evidence: evidence ? [evidence] : [],
    year: year === undefined ? [] : [String(year)],
    organisationType: [...organisationTypes],
    language: [data.language],
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** A case with its facet values, as the lists and the browser island see it. */
export interface FacetRow {
  id: string;
  values: FacetValues;
}

export function facetRows(cases: readonly Case[], organisationById: Catalogue['organisationById']): FacetRow[] {
  return cases.map((entry) => ({ id: entry.id, values: caseFacetValues(entry, organisationById) }));
}

/** A selection: for each facet, the values any of which a case must have (empty = no constraint). */
export type Selection = Partial<Record<CaseFacet, readonly string[]>>;

/** True when the row has at least one selected value in every constrained facet. */
export function matches(row: FacetRow, selection: Selection): boolean {
  for (const facet of caseFacets) {
    const wanted = selection[facet];
    if (!wanted || wanted.length === 0) continue;
    if (!row.values[facet].some((value) => wanted.includes(value))) return false;
  }
  return true;
}

export function filterRows<R extends FacetRow>(rows: readonly R[], selection: Selection): R[] {
  return rows.filter((row) => matches(row, selection));
}

/** Turns facet steps from a URL into a selection. */
export function selectionOf(steps: readonly FacetStep[]): Selection {
  const selection: Partial<Record<CaseFacet, string[]>> = {};
  for (const step of steps) {
    if (!isCaseFacet(step.facet)) continue;
    (selection[step.facet] ??= []).push(step.value);
  }
  return selection;
}

/** The fixed order of a facet's values: vocabulary order, newest year first, other values by id. */
const vocabularyOrder: Partial<Record<CaseFacet, readonly string[]>> = {
  country: countries,
  stage: stages,
  outcome: outcomes,
  evidence: [...evidenceLevels].reverse(),
  organisationType: organisationTypes,
  language: contentLanguages,
};

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * How many rows have each value of `facet`, among `rows`. Values that occur are listed in the
 * facet's fixed order (vocabulary order; years newest first; topics most cases first, then id).
 */
export function countFacet(rows: readonly FacetRow[], facet: CaseFacet): FacetCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const value of row.values[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
  const list = [...counts.entries()].map(([value, count]) => ({ value, count }));
  const order = vocabularyOrder[facet];
  if (order) return list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  if (facet === 'year') return list.sort((a, b) => Number(b.value) - Number(a.value));
  return list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Counts as the in-place filter shows them: for each facet, counts among the rows that match the
 * selection in every OTHER facet, so ticking a second value of the same facet shows how many it
 * would add (the usual OR-within, AND-across behaviour).
 */
export function countFacetsFor(rows: readonly FacetRow[], selection: Selection): Record<CaseFacet, FacetCount[]> {
  return Object.fromEntries(
    caseFacets.map((facet) => {
      const others: Selection = { ...selection, [facet]: [] };
      return [facet, countFacet(filterRows(rows, others), facet)];
    }),
  ) as Record<CaseFacet, FacetCount[]>;
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
  /** 0-based index of the first item of this page in the whole list. */
  offset: number;
}

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE, maxPages: number = Infinity): Page<T>[] {
  const pageCount = Math.max(1, Math.min(Math.ceil(items.length / size), maxPages));
  return Array.from({ length: pageCount }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    page: index + 1,
    pageCount,
    total: items.length,
    offset: index * size,
  }));
}

/**
 * The page on which each group of a grouped, paginated list starts (the groups are consecutive in
 * the paged order), so a list of the groups can link to where each begins.
 */
export function groupStartPages<K>(groups: readonly { key: K; items: readonly unknown[] }[], size: number = PAGE_SIZE): Map<K, number> {
  const start = new Map<K, number>();
  let before = 0;
  for (const group of groups) {
    start.set(group.key, Math.floor(before / size) + 1);
    before += group.items.length;
  }
  return start;
}

/** A list page's title: the list's name, and from page 2 on which page it is ("Methods (page 2 of 5)"). */
export function pagedTitle(name: string, page: number, pageCount: number, pageLabel: (values: { page: number; count: number }) => string): string {
  return page > 1 ? `${name} (${pageLabel({ page, count: pageCount })})` : name;
}

/**
 * Static paths of a paginated list in every interface language: page 1 at the list's own address,
 * then `page/{n}` (the rest parameter of a `[...page].astro` route). `shared` props go to every page.
 */
export function listPagePaths<L extends string, P extends object = Record<never, never>>(
  languages: readonly L[],
  itemCount: number,
  shared: P = {} as P,
  size: number = PAGE_SIZE,
) {
  const pageCount = Math.max(1, Math.ceil(itemCount / size));
  return languages.flatMap((lang) =>
    Array.from({ length: pageCount }, (_, index) => ({
      params: { lang, page: index ? `page/${index + 1}` : undefined },
      props: { ...shared, page: index + 1 },
    })),
  );
}

/** One static list of cases: the facet steps in its URL and the matching case ids in list order. */
export interface StaticFacetList {
  steps: FacetStep[];
  ids: string[];
}

/**
 * The static facet lists to generate: one per value of every facet, and, under each country, one
 * per stage, outcome and topic that occurs there (the only combined level, so the page count stays
 * linear in the number of values). `rows` are in list order (newest first).
 */
export function staticFacetLists(rows: readonly FacetRow[]): StaticFacetList[] {
  const lists: StaticFacetList[] = [];
  for (const facet of caseFacets) {
    for (const { value } of countFacet(rows, facet)) {
      const steps = [{ facet, value }];
      lists.push({ steps, ids: filterRows(rows, selectionOf(steps)).map((row) => row.id) });
    }
  }
  for (const { value: country } of countFacet(rows, 'country')) {
    const inCountry = filterRows(rows, { country: [country] });
    for (const facet of countryCombinedFacets) {
      for (const { value } of countFacet(inCountry, facet)) {
        const steps = [
          { facet: 'country', value: country },
          { facet, value },
        ];
        lists.push({ steps, ids: filterRows(inCountry, { [facet]: [value] }).map((row) => row.id) });
      }
    }
  }
  return lists;
}

/** The facet steps of a URL path segment list, e.g. ['country', 'se', 'stage', 'discontinued']. */
export function parseFacetSegments(segments: readonly string[]): FacetStep[] | undefined {
  if (segments.length % 2 !== 0) return undefined;
  const steps: FacetStep[] = [];
  for (let index = 0; index < segments.length; index += 2) {
    const facet = segments[index]!;
    const value = segments[index + 1]!;
    if (!isCaseFacet(facet)) return undefined;
    // Country codes are upper case in the data and lower case in URLs.
    steps.push({ facet, value: facet === 'country' ? value.toUpperCase() : value });
  }
  return steps;
}

/**
 * The compact facet data the browser island filters with: value tables per facet and one row per
 * case holding indices into them, plus what a result row shows (title, place, period, stop
 * reason, last verified, language). Emitted once at build time, shared by every language.
 */
export interface FacetData {
  facets: readonly CaseFacet[];
  values: Record<CaseFacet, string[]>;
  /** [id, language, title, place, start, end, stopReason, lastVerified, ...facet value indices per facet] */
  rows: (string | number[])[][];
}

export function facetData(cases: readonly Case[], organisationById: Catalogue['organisationById']): FacetData {
  const rows = facetRows(cases, organisationById);
  const values = Object.fromEntries(caseFacets.map((facet) => [facet, countFacet(rows, facet).map((c) => c.value)])) as Record<
    CaseFacet,
    string[]
  >;
  const index = Object.fromEntries(
    caseFacets.map((facet) => [facet, new Map(values[facet].map((value, i) => [value, i]))]),
  ) as Record<CaseFacet, Map<string, number>>;
  return {
    facets: caseFacets,
    values,
    rows: cases.map((entry, i) => {
      const row = rows[i]!;
      const { data } = entry;
      return [
        entry.id,
        data.language,
        data.title,
        data.place,
        data.start ?? '',
        data.end ?? '',
        data.stopReason ?? '',
        data.lastVerified,
        ...caseFacets.map((facet) => row.values[facet].map((value) => index[facet].get(value)!)),
      ];
    }),
  };
}

/** Reads a selection from a query string: `?country=SE,NO&stage=discontinued`. Unknown facets are ignored. */
export function selectionFromQuery(search: string): Selection {
  const params = new URLSearchParams(search);
  const selection: Partial<Record<CaseFacet, string[]>> = {};
  for (const facet of caseFacets) {
    const values = params.getAll(facet).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
    if (values.length) selection[facet] = [...new Set(values)];
  }
  return selection;
}

/** Writes a selection (and a sort other than the default) as a query string, facets in panel order. */
export function queryFromSelection(selection: Selection, sort: SortOrder = 'newest'): string {
  const params: string[] = [];
  for (const facet of caseFacets) {
    const values = selection[facet];
    if (values && values.length) params.push(`${facet}=${values.map(encodeURIComponent).join(',')}`);
  }
  if (sort !== 'newest') params.push(`sort=${sort}`);
  return params.length ? `?${params.join('&')}` : '';
}

/** Page numbers to show around `page`: 1, …, page-1, page, page+1, …, last ('gap' for an ellipsis). */
export function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const result: (number | 'gap')[] = [];
  for (const [index, n] of shown.entries()) {
    if (index > 0 && n - shown[index - 1]! > 1) result.push('gap');
    result.push(n);
  }
  return result;
}
