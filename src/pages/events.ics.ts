/** Every event with full dates, as one calendar to subscribe to. */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../lib/load-catalogue.ts';
import { calendarResponse } from '../outputs/feed-endpoints.ts';

export const GET: APIRoute = async () => calendarResponse((await loadCatalogue()).events);
