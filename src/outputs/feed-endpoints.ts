/**
 * The Astro side of feeds and calendars: loads the catalogue once and turns the pure results of
 * feeds.ts and ical.ts into responses. The files under src/pages/ only say which paths exist.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../lib/load-catalogue.ts';
import { allFeedScopes, feedChannel, feedEntries, feedItem, feedPath, type FeedEntry, type FeedItem, type FeedScope } from './feeds.ts';
import { calendar, isCalendarEvent, type CalendarOptions } from './ical.ts';
import type { Event } from '../lib/catalogue.ts';
import { site } from '../site.config.ts';
import { isLocale, locales, localeTags, type Locale } from '../i18n/locales.ts';
import { absoluteUrl, entryPath, withBase } from '../i18n/routes.ts';
import { useTranslations } from '../i18n/t.ts';
import { vocabLabel } from '../lib/i18n-labels.ts';
import { textMemo } from '../lib/memo.ts';

/** Static paths of one kind of feed, in every interface language. */
export async function feedPaths<K extends FeedScope['kind']>(
  kind: K,
  params: (scope: Extract<FeedScope, { kind: K }>) => Record<string, string> = () => ({}),
) {
  const catalogue = await loadCatalogue();
  const scopes = allFeedScopes(catalogue).filter((scope): scope is Extract<FeedScope, { kind: K }> => scope.kind === kind);
  return locales.flatMap((lang) => scopes.map((scope) => ({ params: { lang, ...params(scope) }, props: { scope } })));
}

/** An entry sits in about seven feeds per language; build its item once per language. */
const items = textMemo<FeedItem>();
function cachedItem(locale: Locale, entry: FeedEntry, build: () => FeedItem): FeedItem {
  return items(`${locale}/${entry.collection}/${entry.id}`, build);
}

/** A feed page's GET: its `props.scope` is the one feedPaths gave the page. */
export type FeedRoute = APIRoute<{ scope: FeedScope }>;

/** The RSS document of one feed in one interface language. */
export async function feedResponse(locale: Locale, scope: FeedScope): Promise<Response> {
  const catalogue = await loadCatalogue();
  const t = useTranslations(locale);
  const channel = feedChannel(catalogue, scope, locale, t, site.name);
  const self = absoluteUrl(feedPath(locale, scope));
  return rss({
    title: channel.title,
    description: channel.description,
    site: absoluteUrl(withBase('/')),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${localeTags[locale]}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: feedEntries(catalogue, scope).map((entry) => cachedItem(locale, entry, () => feedItem(catalogue, entry, locale, t))),
  });
}

/** Where an event's own .ics file is; undefined for events whose dates are not full dates. */
export function eventCalendarPath(event: Event): string | undefined {
  return isCalendarEvent(event) ? withBase(`/events/${event.id}.ics`) : undefined;
}

export const CALENDAR_PATH = '/events.ics';

function calendarOptions(): CalendarOptions {
  const t = useTranslations('en');
  // LOCATION is tagged with the event's language, so its words are in that language too.
  const inLanguage = (language: string) => useTranslations(isLocale(language) ? language : 'en');
  return {
    name: `${t('collection.events')} – ${site.name}`,
    description: t('site.tagline'),
    product: site.name,
    siteUrl: site.url,
    eventUrl: (event) => absoluteUrl(entryPath({ collection: 'events', id: event.id, data: event.data })),
    onlineLabel: (language) => inLanguage(language)('event.online'),
    countryName: (code, language) => vocabLabel(inLanguage(language), 'country', code),
  };
}

/** An iCalendar response for the given events. */
export function calendarResponse(events: readonly Event[]): Response {
  return new Response(calendar(events, calendarOptions()), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}

let published: Promise<Set<string>> | undefined;

/** The path of every feed the site publishes, in every language; computed once per build. */
export function publishedFeedPaths(): Promise<Set<string>> {
  published ??= loadCatalogue().then((catalogue) => {
    const scopes = allFeedScopes(catalogue);
    return new Set(locales.flatMap((locale) => scopes.map((scope) => feedPath(locale, scope))));
  });
  return published;
}
