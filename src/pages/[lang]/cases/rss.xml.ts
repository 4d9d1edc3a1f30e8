/** Newest cases, per interface language. */
import { feedPaths, feedResponse, type FeedRoute } from '../../../outputs/feed-endpoints.ts';
import type { Locale } from '../../../i18n/locales.ts';

export const getStaticPaths = () => feedPaths('collection').then((paths) => paths.filter((path) => path.props.scope.collection === 'cases'));
export const GET: FeedRoute = ({ params, props }) => feedResponse(params.lang as Locale, props.scope);
