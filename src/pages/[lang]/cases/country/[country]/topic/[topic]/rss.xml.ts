/** Newest cases of one topic in one country ("new COPD cases in Norway"), per interface language. */
import { feedPaths, feedResponse, type FeedRoute } from '../../../../../../../outputs/feed-endpoints.ts';
import { facetSlug } from '../../../../../../../i18n/routes.ts';
import type { Locale } from '../../../../../../../i18n/locales.ts';

export const getStaticPaths = () => feedPaths('topic-country', (scope) => ({ country: facetSlug(scope.country), topic: scope.topic }));
export const GET: FeedRoute = ({ params, props }) => feedResponse(params.lang as Locale, props.scope);
