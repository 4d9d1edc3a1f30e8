/**
 * Events as iCalendar (RFC 5545). Pure: the endpoints hand in plain events and the site's address,
 * and get text back, so the rules below are unit-tested without building a site.
 *
 * - Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 sequence (Nordic letters
 *   are two octets; splitting one would corrupt it in every calendar program).
 * - TEXT values escape backslash, semicolon, comma and newlines.
 * - Dates are all-day (VALUE=DATE); DTEND is exclusive, so a one-day event ends the day after.
 * - Only events whose start (and end, if given) is a full date become calendar events. A start of
 *   "2019", "2019-05" or "--01-25" says less than a calendar needs; inventing a day would state
 *   more than the catalogue knows, so such events are left out and listed by `calendarExclusions`.
 */
import { parsePartialDate } from '../schema/dates.ts';
import type { EventData } from '../schema/collections.ts';
import { eventPlace, eventPlaceText } from '../lib/event-place.ts';

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** The parts of an event the calendar needs; a catalogue Event satisfies it. */
export interface CalendarEvent {
  id: string;
  data: Pick<EventData, 'title' | 'language' | 'summary' | 'start' | 'lastVerified' | 'type' | 'online'> &
    Partial<Pick<EventData, 'end' | 'venue' | 'city' | 'country' | 'summaryEn'>>;
}

export interface CalendarOptions {
  /** The calendar's name in calendar programs (X-WR-CALNAME). */
  name: string;
  /** Who makes the file, for PRODID: the site's name. */
  product: string;
  description?: string;
  /** The public address of the site, e.g. https://example.org; gives UIDs their domain. */
  siteUrl: string;
  /** Absolute URL of an event's page. */
  eventUrl: (event: CalendarEvent) => string;
  /** Words for the location of an online event in the event's language, e.g. "Digitalt". */
  onlineLabel?: (language: string) => string;
  /** Country names by code in the event's language, for LOCATION; the code itself when absent. */
  countryName?: (code: string, language: string) => string;
}

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line at 75 octets (RFC 5545 3.1): continuation lines start with a space,
 * which counts toward their 75. Splits only between code points, so no UTF-8 sequence is broken.
 */
export function foldLine(line: string): string {
  if (line.length <= MAX_OCTETS && !/[^\p{ASCII}]/u.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** YYYYMMDD when the partial date is a full date, otherwise undefined. */
export function calendarDate(value: string): string | undefined {
  const { year, month, day } = parsePartialDate(value);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** The day after a YYYYMMDD date, as YYYYMMDD (DTEND of all-day events is exclusive). */
export function nextDay(yyyymmdd: string): string {
  const date = new Date(Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)) + 1));
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** Why an event is not in the calendar. */
export type ExclusionReason = 'partial-start' | 'partial-end';

/** Whether an event can be a calendar event, and if not, why. */
export function exclusionReason(event: CalendarEvent): ExclusionReason | undefined {
  if (!calendarDate(event.data.start)) return 'partial-start';
  if (event.data.end !== undefined && !calendarDate(event.data.end)) return 'partial-end';
  return undefined;
}

export function isCalendarEvent(event: CalendarEvent): boolean {
  return exclusionReason(event) === undefined;
}

/** The events left out of the calendar, with the reason, for the subscribe page. */
export function calendarExclusions<E extends CalendarEvent>(events: readonly E[]): { event: E; reason: ExclusionReason }[] {
  return events.flatMap((event) => {
    const reason = exclusionReason(event);
    return reason ? [{ event, reason }] : [];
  });
}

/** A stable UID: the event id never changes, so calendars update an event instead of duplicating it. */
export function eventUid(event: CalendarEvent, siteUrl: string): string {
  return `event-${event.id}@${new URL(siteUrl).hostname}`;
}

function property(name: string, value: string, params: Record<string, string> = {}): string {
  const paramText = Object.entries(params)
    .map(([key, param]) => `;${key}=${param}`)
    .join('');
  return foldLine(`${name}${paramText}:${value}`);
}

function location(event: CalendarEvent, options: CalendarOptions): string | undefined {
  const { language } = event.data;
  const place = eventPlace(event.data, (code) => options.countryName?.(code, language) ?? code);
  return eventPlaceText(place, options.onlineLabel?.(language) ?? 'Online') || undefined;
}

/** The VEVENT lines of one event; undefined when its dates are not full dates. */
export function eventLines(event: CalendarEvent, options: CalendarOptions): string[] | undefined {
  if (!isCalendarEvent(event)) return undefined;
  const start = calendarDate(event.data.start)!;
  const end = event.data.end ? calendarDate(event.data.end)! : start;
  const url = options.eventUrl(event);
  const language = { LANGUAGE: event.data.language };
  const description = [event.data.summary, event.data.summaryEn && event.data.language !== 'en' ? event.data.summaryEn : undefined, url]
    .filter(Boolean)
    .join('\n\n');
  const where = location(event, options);
  const lines = [
    'BEGIN:VEVENT',
    property('UID', eventUid(event, options.siteUrl)),
    // Without a METHOD property, DTSTAMP is when the information was last revised (RFC 5545
    // 3.8.7.2): the entry's lastVerified. Stable between builds, so an unchanged event stays unchanged.
    property('DTSTAMP', `${calendarDate(event.data.lastVerified)}T000000Z`),
    property('DTSTART', start, { VALUE: 'DATE' }),
    property('DTEND', nextDay(end), { VALUE: 'DATE' }),
    property('SUMMARY', escapeText(event.data.title), language),
    property('DESCRIPTION', escapeText(description), language),
    ...(where ? [property('LOCATION', escapeText(where), language)] : []),
    property('URL', url, { VALUE: 'URI' }),
    property('CATEGORIES', escapeText(event.data.type)),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
  return lines;
}

/** A whole VCALENDAR with every event that has full dates, as one string with CRLF line ends. */
export function calendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', `-//${new URL(options.siteUrl).hostname}//${options.product}//EN`),
    'CALSCALE:GREGORIAN',
    // No METHOD: this is a published calendar, not an iTIP message, and without METHOD the
    // DTSTAMP of each event may carry its last revision instead of the build time.
    property('X-WR-CALNAME', escapeText(options.name)),
    ...(options.description ? [property('X-WR-CALDESC', escapeText(options.description))] : []),
    // How often subscribed calendars should look for changes (RFC 7986, and Outlook's older name).
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...events.flatMap((event) => eventLines(event, options) ?? []),
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}
