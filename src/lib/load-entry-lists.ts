/**
 * The static paths of the full lists an entry page shows only the start of
 * (/{lang}/{collection}/{id}/{cases|events}/, then …/page/{n}/): one list per owner with more
 * items than its page shows (list-preview.ts), in every interface language. Reads the catalogue
 * (astro:content), so it stays out of the pure modules.
 */
import { loadCatalogue } from './load-catalogue.ts';
import { entryListItems, fullListPages, type EntryListKind, type ListOwner } from './list-preview.ts';
import type { Case, Event } from './catalogue.ts';
import type { Page } from './facets.ts';
import { locales } from '../i18n/locales.ts';

export interface EntryListProps {
  owner: ListOwner;
  list: EntryListKind;
  current: Page<Case | Event>;
}

export async function entryListPaths(collection: ListOwner['collection'], list: EntryListKind) {
  const catalogue = await loadCatalogue();
  const owners: readonly ListOwner[] = catalogue[collection];
  return owners.flatMap((owner) =>
    fullListPages(entryListItems(catalogue, owner, list)).flatMap((current) =>
      locales.map((lang) => ({
        params: { lang, id: owner.id, page: current.page > 1 ? `page/${current.page}` : undefined },
        props: { owner, list, current } satisfies EntryListProps,
      })),
    ),
  );
}
