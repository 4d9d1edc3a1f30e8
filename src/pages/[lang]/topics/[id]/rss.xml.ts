/** Newest cases, methods and events on one topic, per interface language. */
import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../../../../outputs/feed-endpoints.ts';
import type { Locale } from '../../../../i18n/locales.ts';

export const getStaticPaths = () => feedPaths('topic', (scope) => ({ id: scope.topic }));
export const GET: APIRoute = ({ params, props }) => feedResponse(params.lang as Locale, props.scope);
