/** Newest methods, per interface language. */
import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../../../outputs/feed-endpoints.ts';
import type { Locale } from '../../../i18n/locales.ts';

export const getStaticPaths = () => feedPaths('collection').then((paths) => paths.filter((path) => path.props.scope.collection === 'methods'));
export const GET: APIRoute = ({ params, props }) => feedResponse(params.lang as Locale, props.scope);
