/** Newest cases in one country, per interface language. */
import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../../../../../outputs/feed-endpoints.ts';
import { facetSlug } from '../../../../../i18n/routes.ts';
import type { Locale } from '../../../../../i18n/locales.ts';

export const getStaticPaths = () => feedPaths('country', (scope) => ({ country: facetSlug(scope.country) }));
export const GET: APIRoute = ({ params, props }) => feedResponse(params.lang as Locale, props.scope);
