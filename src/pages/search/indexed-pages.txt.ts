/**
 * The pages the search index holds, one path a line (src/search/indexed-pages.ts): the search
 * index and the sitemap read this list instead of finding the pages again.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../lib/load-catalogue.ts';
import { formatIndexedPages, indexedPagePaths } from '../../search/indexed-pages.ts';

export const GET: APIRoute = async () => {
  const { cases, methods, topics, organisations, events, requirements } = await loadCatalogue();
  return new Response(formatIndexedPages(indexedPagePaths([...cases, ...methods, ...topics, ...organisations, ...events, ...requirements])), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
