/**
 * The words "did you mean" chooses from (src/search/suggest.ts): the vocabulary's words (topic
 * labels and synonyms, country names, status words) and the words of the catalogue's titles,
 * summaries, places and organisation names, most frequent first. Loaded by the search page only
 * when a query finds nothing.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../lib/load-catalogue.ts';
import { suggestionTexts } from '../../search/vocabulary.ts';
import { suggestionWords } from '../../search/suggest.ts';

export const GET: APIRoute = async () => {
  const catalogue = await loadCatalogue();
  return new Response(JSON.stringify(suggestionWords(suggestionTexts(catalogue))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
