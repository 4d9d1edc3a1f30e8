/** Everything new (cases, methods, events), per interface language. */
import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../../outputs/feed-endpoints.ts';
import type { Locale } from '../../i18n/locales.ts';

export const getStaticPaths = () => feedPaths('all');
export const GET: APIRoute = ({ params, props }) => feedResponse(params.lang as Locale, props.scope);
