/**
 * What the home page shows, derived from the catalogue: counts by country, topic and outcome,
 * the newest and most recently verified cases, upcoming and recent events, and the cases that
 * stopped early with their reasons. Pure: "today" is passed in, so tests pin it.
 */
import { compareDates, latestDayOf } from '../schema/dates.ts';
import { countries, outcomes, type Country, type Outcome } from '../schema/vocabulary.ts';
import type { Case, Catalogue, Event } from './catalogue.ts';

export interface Count<V extends string = string> {
  value: V;
  count: number;
}

/** Cases per country in vocabulary order; only countries with cases. A case in two countries counts twice. */
export function casesByCountry(cases: readonly Case[]): Count<Country>[] {
  return countries
    .map((value) => ({ value, count: cases.filter((entry) => entry.data.countries.includes(value)).length }))
    .filter(({ count }) => count > 0);
}

/**
 * Why the bars of the country chart need not add up to the number of cases: cases that name no
 * country (shown as their own bar) and cases in several countries (counted under each, said below
 * the chart).
 */
export function countryCoverage(cases: readonly Case[]): { withoutCountry: number; inSeveral: number } {
  let withoutCountry = 0;
  let inSeveral = 0;
  for (const entry of cases) {
    const named = new Set(entry.data.countries).size;
    if (named === 0) withoutCountry += 1;
    else if (named > 1) inSeveral += 1;
  }
  return { withoutCountry, inSeveral };
}

/** Cases per outcome, every outcome listed (zeros too), in vocabulary order. */
export function casesByOutcome(cases: readonly Case[]): Count<Outcome>[] {
  return outcomes.map((value) => ({ value, count: cases.filter((entry) => entry.data.outcome === value).length }));
}

/** The `limit` topics with most cases, most first, ties by id. */
export function casesByTopic(catalogue: Pick<Catalogue, 'casesByTopic'>, limit = 10): Count[] {
  return [...catalogue.casesByTopic.entries()]
    .map(([value, list]) => ({ value, count: list.length }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}

/** The newest cases by start (the catalogue keeps cases newest first). */
export function newestCases(cases: readonly Case[], limit = 5): Case[] {
  return cases.slice(0, limit);
}

/** The most recently verified cases, newest verification first. */
export function recentlyVerified(cases: readonly Case[], limit = 5): Case[] {
  return [...cases].sort((a, b) => b.data.lastVerified.localeCompare(a.data.lastVerified)).slice(0, limit);
}

/** The last day an event can be running, or undefined when its year is unknown. */
function lastDay(entry: Event): string | undefined {
  return latestDayOf(entry.data.end ?? entry.data.start);
}

/** Events not yet over on `today` (YYYY-MM-DD), soonest first. Events without a known year are left out. */
export function upcomingEvents(events: readonly Event[], today: string, limit = 5): Event[] {
  return events
    .filter((entry) => (lastDay(entry) ?? '') >= today)
    .sort((a, b) => compareDates(a.data.start, b.data.start) || a.data.title.localeCompare(b.data.title))
    .slice(0, limit);
}

/** Events over before `today`, most recent first. */
export function pastEvents(events: readonly Event[], today: string, limit = Infinity): Event[] {
  return events
    .filter((entry) => {
      const day = lastDay(entry);
      return day !== undefined && day < today;
    })
    .sort((a, b) => compareDates(b.data.start, a.data.start) || a.data.title.localeCompare(b.data.title))
    .slice(0, limit);
}

/** Upcoming events (soonest first) and past ones (most recent first), as the events list shows them. */
export interface EventTimeline {
  upcoming: readonly Event[];
  past: readonly Event[];
}

const timelines = new WeakMap<readonly Event[], Map<string, EventTimeline>>();

/**
 * upcomingEvents and pastEvents of all `events` on `today`, worked out once per events list and
 * day: every page of the paginated events list (120 pages at 10,000 entries) shows a slice of it.
 */
export function eventTimeline(events: readonly Event[], today: string): EventTimeline {
  let byDay = timelines.get(events);
  if (!byDay) timelines.set(events, (byDay = new Map<string, EventTimeline>()));
  let timeline = byDay.get(today);
  if (!timeline) {
    timeline = { upcoming: upcomingEvents(events, today, Infinity), past: pastEvents(events, today) };
    byDay.set(today, timeline);
  }
  return timeline;
}

/** True for a case that was discontinued or did not reach its aim. */
export function stoppedEarly(entry: Case): boolean {
  return entry.data.stage === 'discontinued' || entry.data.outcome === 'not-achieved';
}

/** Cases that stopped early, newest first: the ones "worth learning from". */
export function stoppedEarlyCases(cases: readonly Case[], limit = 5): Case[] {
  return cases.filter(stoppedEarly).slice(0, limit);
}

/** The colour family of an outcome badge; the label always says it in words too. */
export function outcomeTone(outcome: Outcome): 'ok' | 'warn' | 'bad' | 'info' | 'neutral' {
  switch (outcome) {
    case 'achieved':
      return 'ok';
    case 'partly':
      return 'warn';
    case 'not-achieved':
      return 'bad';
    case 'ongoing':
      return 'info';
    default:
      return 'neutral';
  }
}

/** How many entries each collection has, for the "in figures" line. */
export function totals(catalogue: Catalogue): Record<'cases' | 'methods' | 'topics' | 'organisations' | 'events' | 'requirements', number> {
  return {
    cases: catalogue.cases.length,
    topics: catalogue.topics.length,
    methods: catalogue.methods.length,
    organisations: catalogue.organisations.length,
    events: catalogue.events.length,
    requirements: catalogue.requirements.length,
  };
}

/** Groups items under keys in a fixed `order`; keys without items are left out, unknown keys go last. */
export function groupInOrder<T, K extends string>(items: readonly T[], keyOf: (item: T) => K, order: readonly K[]): { key: K; items: T[] }[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const rank = (key: K) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([key, list]) => ({ key, items: list }));
}

/** Past events by the year they started, newest year first (events are already newest first). */
export function eventsByYear(events: readonly Event[]): { year: string; events: Event[] }[] {
  const groups = new Map<string, Event[]>();
  for (const entry of events) {
    const year = String(parsePartialYear(entry.data.start) ?? '');
    const list = groups.get(year);
    if (list) list.push(entry);
    else groups.set(year, [entry]);
  }
  return [...groups.entries()].sort(([a], [b]) => Number(b || 0) - Number(a || 0)).map(([year, list]) => ({ year, events: list }));
}

function parsePartialYear(value: string): number | undefined {
  return /^\d{4}/.test(value) ? Number(value.slice(0, 4)) : undefined;
}
