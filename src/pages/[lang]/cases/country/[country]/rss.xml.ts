/** Newest cases in one country, per interface language. */
import { feedPaths, feedResponse, type FeedRoute } from '../../../../../outputs/feed-endpoints.ts';
import { facetSlug } from '../../../../../i18n/routes.ts';
import type { Locale } from '../../../../../i18n/locales.ts';

export const getStaticPaths = () => feedPaths('country', (scope) => ({ country: facetSlug(scope.country) }));
export const GET: FeedRoute = ({ params, props }) => feedResponse(params.lang as Locale, props.scope);
