/** Everything new (cases, methods, events), per interface language. */
import { feedPaths, feedResponse, type FeedRoute } from '../../outputs/feed-endpoints.ts';
import type { Locale } from '../../i18n/locales.ts';

export const getStaticPaths = () => feedPaths('all');
export const GET: FeedRoute = ({ params, props }) => feedResponse(params.lang as Locale, props.scope);
