import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendar, calendarDate, calendarExclusions, escapeText, eventUid, foldLine, nextDay, type CalendarOptions } from '../../src/outputs/ical.ts';
import { fixtureCatalogue, fixtureEvent } from './fixtures.ts';

const options: CalendarOptions = {
  name: 'Evenemang – Nordic Welfare Tech Commons',
  product: 'Nordic Welfare Tech Commons',
  siteUrl: 'https://commons.example.org',
  eventUrl: (event) => `https://commons.example.org/${event.data.language}/events/${event.id}/`,
  countryName: (code, language) => (code === 'SE' && language === 'sv' ? 'Sverige' : code),
};

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (RFC 5545 3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('keeps every line within 75 octets and never splits a UTF-8 sequence', () => {
    const line = `SUMMARY:${'Kjøp av løsninger for æ, ø og å i Östersund; '.repeat(6)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // Each physical line is valid UTF-8 on its own: re-encoding it gives the same bytes.
    for (const part of physical) expect(Buffer.from(Buffer.from(part, 'utf8').toString('utf8'), 'utf8').equals(Buffer.from(part, 'utf8'))).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('fills lines of two-octet letters up to 75 octets exactly where possible', () => {
    const folded = foldLine(`X:${'ø'.repeat(100)}`).split('\r\n');
    expect(octets(folded[0]!)).toBe(75 - 1); // "X:" (2) + 36 × ø (72) = 74; one more ø would be 76
    expect(octets(folded[1]!)).toBeLessThanOrEqual(75);
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('dates', () => {
  it('turns only full dates into calendar dates', () => {
    expect(calendarDate('2019-04-24')).toBe('20190424');
    expect(calendarDate('2019-04')).toBeUndefined();
    expect(calendarDate('2019')).toBeUndefined();
    expect(calendarDate('--01-25')).toBeUndefined();
  });

  it('gives the exclusive end of an all-day event, across months and leap days', () => {
    expect(nextDay('20190424')).toBe('20190425');
    expect(nextDay('20240228')).toBe('20240229');
    expect(nextDay('20241231')).toBe('20250101');
  });
});

describe('calendar', () => {
  const catalogue = fixtureCatalogue();
  const text = calendar(catalogue.events, options);
  const vcalendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevents = vcalendar.getAllSubcomponents('vevent');
  const byUid = new Map(vevents.map((vevent) => [String(vevent.getFirstPropertyValue('uid')), vevent]));

  it('uses CRLF line ends and no line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('is a VERSION 2.0 calendar with a PRODID and a name', () => {
    expect(vcalendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(vcalendar.getFirstPropertyValue('prodid'))).toContain('Nordic Welfare Tech Commons');
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe(options.name);
    // A published calendar, not an iTIP message: DTSTAMP then means "last revised".
    expect(vcalendar.getFirstPropertyValue('method')).toBeNull();
  });

  it('holds the events with full dates and leaves out the rest', () => {
    expect([...byUid.keys()].sort()).toEqual(['event-mvte-workshop@commons.example.org', 'event-webinar-online@commons.example.org']);
    expect(calendarExclusions(catalogue.events).map(({ event, reason }) => [event.id, reason]).sort()).toEqual([
      ['month-end', 'partial-end'],
      ['no-year', 'partial-start'],
      ['year-only', 'partial-start'],
    ]);
  });

  it('writes all-day dates with an exclusive end, a stable UID and a DTSTAMP', () => {
    const workshop = byUid.get('event-mvte-workshop@commons.example.org')!;
    const start = workshop.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = workshop.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2019-04-24');
    expect(end.toString()).toBe('2019-04-26'); // ends 25 April inclusive
    expect(String(workshop.getFirstPropertyValue('dtstamp'))).toBe('2024-02-02T00:00:00Z');
    const online = byUid.get('event-webinar-online@commons.example.org')!;
    expect((online.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2024-09-13');
    expect(calendar(catalogue.events, options)).toBe(text); // same input, same bytes
  });

  it('round-trips Nordic letters, commas and semicolons in text values', () => {
    const workshop = byUid.get('event-mvte-workshop@commons.example.org')!;
    expect(workshop.getFirstPropertyValue('summary')).toBe('Workshop: Nordiskt nätverk, välfärdsteknik; lärdomar');
    expect(workshop.getFirstProperty('summary')!.getParameter('language')).toBe('sv');
    expect(workshop.getFirstPropertyValue('location')).toBe('Kista Science Tower, Kista, Sverige');
    const description = String(workshop.getFirstPropertyValue('description'));
    expect(description).toContain('Kommunala chefer i Kista diskuterade ett nordiskt nätverk för att dela tester, även misslyckade.');
    expect(description).toContain('\n\nhttps://commons.example.org/sv/events/mvte-workshop/');
    expect(String(workshop.getFirstPropertyValue('url'))).toBe('https://commons.example.org/sv/events/mvte-workshop/');
  });

  it('says online for online events', () => {
    const online = byUid.get('event-webinar-online@commons.example.org')!;
    expect(online.getFirstPropertyValue('location')).toBe('Online');
  });

  it('keeps the UID of an event when anything but its id changes', () => {
    const before = fixtureEvent('same-id', { title: 'Före' });
    const after = fixtureEvent('same-id', { title: 'Efter', start: '2025-01-01' });
    expect(eventUid(before, options.siteUrl)).toBe(eventUid(after, options.siteUrl));
  });
});
