/**
 * The shared vocabulary the search page applies at query time (src/search/query-vocabulary.ts):
 * each word of every topic's labels, synonyms and abbreviations and of every country's names, as
 * search keys, with the topic or country filter it stands for. One file for every language.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../lib/load-catalogue.ts';
import { queryVocabulary } from '../../search/vocabulary.ts';

export const GET: APIRoute = async () => {
  const catalogue = await loadCatalogue();
  return new Response(JSON.stringify(queryVocabulary(catalogue)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
