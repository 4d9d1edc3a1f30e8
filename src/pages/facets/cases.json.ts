/**
 * The compact facet data the case filter island loads on first use: value tables per facet and
 * one row of indices per case (see FacetData in src/lib/facets.ts). One file for every language.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../lib/load-catalogue.ts';
import { facetData } from '../../lib/facets.ts';

export const GET: APIRoute = async () => {
  const catalogue = await loadCatalogue();
  return new Response(JSON.stringify(facetData(catalogue.cases, catalogue.organisationById)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
