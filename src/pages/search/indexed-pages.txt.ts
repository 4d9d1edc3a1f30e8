/**
 * The pages the search index holds, one path a line (src/search/indexed-pages.ts): the search
 * index and the sitemap read this list instead of finding the pages again.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../lib/load-catalogue.ts';
import { formatIndexedPages, indexedPagePaths } from '../../search/indexed-pages.ts';
import { collectionNames } from '../../schema/collection-registry.ts';
import type { Addressable } from '../../i18n/routes.ts';

export const GET: APIRoute = async () => {
  const catalogue = await loadCatalogue();
  return new Response(formatIndexedPages(indexedPagePaths(collectionNames.flatMap<Addressable>((name) => catalogue[name]))), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
