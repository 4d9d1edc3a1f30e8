/**
 * Where an event is: the one formatting of an event's place, used by its page, the events list, the
 * home page, the RSS feed and the calendar file. Online first (what a reader decides on), then the
 * venue and city in the event's own language, then the country named in the reader's language:
 * "Online · Folkets hus, Umeå, Sweden".
 */
import type { EventData } from '../schema/collections.ts';
import type { Country } from '../schema/vocabulary.ts';

export type PlaceFields = Pick<EventData, 'online'> & Partial<Pick<EventData, 'venue' | 'city' | 'country'>>;

export interface EventPlace {
  online: boolean;
  /** Venue and city as the event wrote them ("Folkets hus, Umeå"); absent when neither is given. */
  local?: string;
  /** The country's name in the reader's language. */
  country?: string;
}

export function eventPlace(data: PlaceFields, countryName: (country: Country) => string): EventPlace {
  const local = [data.venue, data.city].filter(Boolean).join(', ');
  return {
    online: data.online,
    ...(local ? { local } : {}),
    ...(data.country ? { country: countryName(data.country) } : {}),
  };
}

/** The place as one line of text; '' when the event gives none. */
export function eventPlaceText(place: EventPlace, onlineWord: string): string {
  const physical = [place.local, place.country].filter(Boolean).join(', ');
  return [place.online ? onlineWord : '', physical].filter(Boolean).join(' · ');
}
