/** One event as a calendar file, for events whose dates are full dates (see src/outputs/ical.ts). */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../lib/load-catalogue.ts';
import { calendarResponse } from '../../outputs/feed-endpoints.ts';
import { isCalendarEvent } from '../../outputs/ical.ts';
import type { Event } from '../../lib/catalogue.ts';

export async function getStaticPaths() {
  const catalogue = await loadCatalogue();
  return catalogue.events.filter(isCalendarEvent).map((event) => ({ params: { id: event.id }, props: { event } }));
}
export const GET: APIRoute = ({ props }) => calendarResponse([props.event as Event]);
