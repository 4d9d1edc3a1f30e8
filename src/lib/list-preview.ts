/**
 * Lists a page shows only the start of, derived from other entries: a method's or organisation's
 * cases, the events of a case, method or organisation (`entryListItems`), a pilot kit's
 * requirements and cases. The page shows the first `PREVIEW_SIZE` (the newest
 * cases; requirements by code) and, when there are more, links to the full list in pages of
 * PAGE_SIZE (/{lang}/methods/{id}/cases/, …/cases/page/2/). Before, a page listed all of them: at
 * 10,000 real-shaped entries a method page was 3.4 MB of HTML, an organisation page 2.2 MB and a
 * pilot-kit phase 3.2 MB (BENCHMARKS.md, issue 17), and they grew with the catalogue.
 */
import { PAGE_SIZE, paginate, type Page } from './facets.ts';
import type { Case, Catalogue, Event, Method, Organisation } from './catalogue.ts';

/** Items shown on the page itself: one list page's worth. */
export const PREVIEW_SIZE = PAGE_SIZE;

export interface ListPreview<T> {
  /** The first items, as many as the page shows. */
  shown: readonly T[];
  total: number;
  /** True when there is a full list to link to (more items than the page shows). */
  listed: boolean;
}

/** What a page shows of `items`, in their order. */
export function listPreview<T>(items: readonly T[], shown: number = PREVIEW_SIZE): ListPreview<T> {
  return { shown: items.slice(0, shown), total: items.length, listed: items.length > shown };
}

/** The pages of the full list; none when the page already shows every item. */
export function fullListPages<T>(items: readonly T[], shown: number = PREVIEW_SIZE): Page<T>[] {
  return items.length > shown ? paginate(items) : [];
}

export type EntryListKind = 'cases' | 'events';
export type ListOwner = Case | Method | Organisation;

/** An entry's list, derived from the catalogue: the cases that name it or the events that do, newest first. */
export function entryListItems(catalogue: Catalogue, owner: ListOwner, list: 'cases'): readonly Case[];
export function entryListItems(catalogue: Catalogue, owner: ListOwner, list: 'events'): readonly Event[];
export function entryListItems(catalogue: Catalogue, owner: ListOwner, list: EntryListKind): readonly (Case | Event)[];
export function entryListItems(catalogue: Catalogue, owner: ListOwner, list: EntryListKind): readonly (Case | Event)[] {
  if (list === 'cases') {
    if (owner.collection === 'methods') return catalogue.casesByMethod.get(owner.id) ?? [];
    if (owner.collection === 'organisations') return catalogue.casesByOrganisation.get(owner.id) ?? [];
    return [];
  }
  const byOwner = owner.collection === 'cases' ? catalogue.eventsByCase : owner.collection === 'methods' ? catalogue.eventsByMethod : catalogue.eventsByOrganisation;
  return byOwner.get(owner.id) ?? [];
}
