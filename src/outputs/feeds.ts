/**
 * RSS feeds: which feeds exist, where they live, which entries each carries, and how an entry
 * becomes an item. Pure (no Astro imports): the endpoints under src/pages/ only pass the result
 * to @astrojs/rss, and the head of every page asks `feedsForPath` which feeds to advertise.
 *
 * Feeds sit beside the pages they follow (`/nb/cases/country/no/rss.xml` follows
 * `/nb/cases/country/no/`). Every feed exists in each interface language: the channel's title and
 * description are in that language; item titles and summaries stay in the entry's own language,
 * and item links go to the entry's one page under its own language prefix.
 *
 * Item dates: RSS needs a full date and time, and feed readers show items newest first. A case's
 * `start` is often only a year and can be years before the case reached the catalogue, so a new
 * entry about a 2018 pilot would sink to the bottom of a reader. `lastVerified` is always a full
 * date, is set when an entry is written, and moves when someone re-checks it against its sources;
 * that is the moment the entry is news, so items are dated and ordered by it. The item's guid is
 * its link, so a reader that has seen an entry does not show it again as new after re-verification.
 */
import type { Catalogue, Case, Event, Method } from '../lib/catalogue.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { Translate, UiKey } from '../i18n/t.ts';
import { absoluteUrl, entryPath, listPath, pathFor, withBase } from '../i18n/routes.ts';
import { countries, type Country } from '../schema/vocabulary.ts';
import { periodWords } from '../lib/format.ts';
import { formatPartialDate } from '../lib/format-memo.ts';
import { topicLabel as labelOfTopic, vocabLabel } from '../lib/i18n-labels.ts';
import { eventPlace, eventPlaceText } from '../lib/event-place.ts';
import { memoByOwner } from '../lib/memo.ts';
import { feedCollections, type FeedCollection } from '../schema/collection-registry.ts';

// Collections that have their own feed (collection-registry.ts): topics and organisations are vocabulary, not news.
export type FeedEntry = Case | Method | Event;

/** What a feed follows. */
export type FeedScope =
  | { kind: 'all' }
  | { kind: 'collection'; collection: FeedCollection }
  | { kind: 'topic'; topic: string }
  | { kind: 'country'; country: Country }
  | { kind: 'topic-country'; topic: string; country: Country };

/** How many items a feed carries: enough for a reader that checks weekly, small enough to fetch often. */
export const FEED_LIMIT = 50;

/** The file name every feed has, beside the page it follows. */
export const FEED_FILE = 'rss.xml';

/** The path of a feed (with the site's base), e.g. `/nb/cases/country/no/topic/copd/rss.xml`. */
export function feedPath(locale: Locale, scope: FeedScope): string {
  switch (scope.kind) {
    case 'all':
      return `${pathFor(locale)}${FEED_FILE}`;
    case 'collection':
      return `${pathFor(locale, scope.collection)}${FEED_FILE}`;
    case 'topic':
      return `${pathFor(locale, 'topics', scope.topic)}${FEED_FILE}`;
    case 'country':
      return `${listPath(locale, 'cases', [{ facet: 'country', value: scope.country }])}${FEED_FILE}`;
    case 'topic-country':
      return `${listPath(locale, 'cases', [
        { facet: 'country', value: scope.country },
        { facet: 'topic', value: scope.topic },
      ])}${FEED_FILE}`;
  }
}

/** Newest verification first; ties by title, then id (code-point order: cheap and reproducible). */
export function byNewestVerified(a: FeedEntry, b: FeedEntry): number {
  if (a.data.lastVerified !== b.data.lastVerified) return a.data.lastVerified < b.data.lastVerified ? 1 : -1;
  if (a.data.title !== b.data.title) return a.data.title < b.data.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A stable key per scope, for the index below. */
export function scopeKey(scope: FeedScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all';
    case 'collection':
      return `collection:${scope.collection}`;
    case 'topic':
      return `topic:${scope.topic}`;
    case 'country':
      return `country:${scope.country}`;
    case 'topic-country':
      return `topic-country:${scope.topic}:${scope.country}`;
  }
}

/** Every scope an entry belongs to. */
function scopesOf(entry: FeedEntry): FeedScope[] {
  const scopes: FeedScope[] = [{ kind: 'all' }, { kind: 'collection', collection: entry.collection }];
  for (const topic of new Set(entry.data.topics)) scopes.push({ kind: 'topic', topic });
  if (entry.collection === 'cases') {
    for (const country of new Set(entry.data.countries)) {
      scopes.push({ kind: 'country', country });
      for (const topic of new Set(entry.data.topics)) scopes.push({ kind: 'topic-country', topic, country });
    }
  }
  return scopes;
}

/**
 * Each feed's entries, newest first, built in one pass over one sorted list per catalogue: a
 * thousand feeds over 10,000 entries cost one sort and one walk, not a thousand filters.
 */
const feedIndex = memoByOwner((catalogue: Catalogue): Map<string, FeedEntry[]> => {
  const index = new Map<string, FeedEntry[]>();
  const sorted = [...catalogue.cases, ...catalogue.methods, ...catalogue.events].sort(byNewestVerified);
  for (const entry of sorted) {
    for (const scope of scopesOf(entry)) {
      const key = scopeKey(scope);
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
  }
  return index;
});

/** The entries a feed carries, newest first, at most `limit`. */
export function feedEntries(catalogue: Catalogue, scope: FeedScope, limit = FEED_LIMIT): FeedEntry[] {
  return (feedIndex(catalogue).get(scopeKey(scope)) ?? []).slice(0, limit);
}

/**
 * Every feed the site publishes, in one interface language. Country feeds exist for every country
 * of the vocabulary, and topic × country feeds for every country and every topic that has cases
 * anywhere, so "new COPD cases in Norway" can be followed before Norway's first COPD case arrives.
 */
export function allFeedScopes(catalogue: Catalogue): FeedScope[] {
  const topicsWithCases = [...catalogue.casesByTopic.keys()].filter((id) => catalogue.topicById.has(id)).sort();
  const countryList = countries;
  return [
    { kind: 'all' },
    ...feedCollections.map((collection) => ({ kind: 'collection', collection }) as const),
    // Every topic has a page, so every topic gets a feed, even before its first entry.
    ...catalogue.topics.map((topic) => topic.id).sort().map((topic) => ({ kind: 'topic', topic }) as const),
    ...countryList.map((country) => ({ kind: 'country', country }) as const),
    ...countryList.flatMap((country) => topicsWithCases.map((topic) => ({ kind: 'topic-country', topic, country }) as const)),
  ];
}

/** A topic's label in the interface language (English, then the id, when it has none). */
export function topicLabel(catalogue: Catalogue, topic: string, locale: Locale): string {
  return labelOfTopic(catalogue.topicById.get(topic), locale, topic);
}

/** The channel's title and description, in the interface language. */
export function feedChannel(catalogue: Catalogue, scope: FeedScope, locale: Locale, t: Translate, siteName: string) {
  const country = (code: Country) => vocabLabel(t, 'country', code);
  /** "in Sweden", "på Island", "Ruotsissa": the preposition or case depends on the country. */
  const inCountry = (code: Country) => t(`vocab.countryIn.${code}` as UiKey);
  let title: string;
  switch (scope.kind) {
    case 'all':
      title = t('feed.all.title');
      break;
    case 'collection':
      title = t(`feed.${scope.collection}.title` as UiKey);
      break;
    case 'topic':
      title = t('feed.topic.title', { topic: topicLabel(catalogue, scope.topic, locale) });
      break;
    case 'country':
      title = t('feed.country.title', { country: country(scope.country), inCountry: inCountry(scope.country) });
      break;
    case 'topic-country':
      title = t('feed.topicCountry.title', { topic: topicLabel(catalogue, scope.topic, locale), country: country(scope.country), inCountry: inCountry(scope.country) });
      break;
  }
  return { title: `${title} – ${siteName}`, shortTitle: title, description: t('feed.description', { site: siteName }) };
}

/** Plain text with the characters that matter in HTML escaped (item descriptions are HTML). */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Facts a reader wants in the feed itself, labelled in the interface language. */
function facts(entry: FeedEntry, locale: Locale, t: Translate): string[] {
  switch (entry.collection) {
    case 'cases':
      return [
        entry.data.place,
        vocabLabel(t, 'stage', entry.data.stage),
        vocabLabel(t, 'outcome', entry.data.outcome),
      ];
    case 'events':
      return [
        vocabLabel(t, 'eventType', entry.data.type),
        formatPartialDate(entry.data.start, locale, periodWords(t)),
        eventPlaceText(eventPlace(entry.data, (code) => vocabLabel(t, 'country', code)), t('event.online')),
      ];
    case 'methods':
      return [t('feed.method')];
  }
}

/** One RSS item: the entry's own title and summary, dated by `lastVerified`, topics as categories. */
export function feedItem(catalogue: Catalogue, entry: FeedEntry, locale: Locale, t: Translate, siteUrl?: string): FeedItem {
  const { data } = entry;
  const summaries = [`<p lang="${data.language}">${escapeHtml(data.summary)}</p>`];
  if (data.summaryEn && data.language !== 'en') summaries.push(`<p lang="en">${escapeHtml(data.summaryEn)}</p>`);
  const factLine = facts(entry, locale, t).filter(Boolean).map(escapeHtml).join(' · ');
  return {
    title: data.title,
    link: absoluteUrl(entryPath(entry), siteUrl),
    pubDate: new Date(`${data.lastVerified}T00:00:00Z`),
    description: `<p>${factLine}</p>${summaries.join('')}`,
    categories: data.topics.map((topic) => topicLabel(catalogue, topic, locale)),
  };
}

/**
 * The scopes a page follows, read from its path, most specific first: a topic page follows its
 * topic; `/nb/cases/country/no/topic/copd/` follows COPD cases in Norway, then cases in Norway,
 * then all cases; every page also offers the feed of everything new.
 */
export function scopesForPath(pathname: string): { locale: Locale; scopes: FeedScope[]; followsPage: boolean } | undefined {
  const [locale, collection, ...segments] = pathSegments(pathname);
  if (!locale || !isLocale(locale)) return undefined;
  const all: FeedScope = { kind: 'all' };
  if (!collection) return { locale, scopes: [all], followsPage: true };
  if (collection === 'topics' && segments.length === 1) {
    return { locale, scopes: [{ kind: 'topic', topic: decodeURIComponent(segments[0]!) }, all], followsPage: true };
  }
  if (!(feedCollections as readonly string[]).includes(collection)) return { locale, scopes: [all], followsPage: false };
  const collectionScope: FeedScope = { kind: 'collection', collection: collection as FeedCollection };
  if (collection === 'cases' && segments[0] === 'country' && segments[1]) {
    const country = segments[1].toUpperCase() as Country;
    if ((countries as readonly string[]).includes(country)) {
      const scopes: FeedScope[] = [{ kind: 'country', country }, collectionScope, all];
      const topicAt = segments.indexOf('topic');
      // Only the exact country/topic order has a feed; other facet orders fall back to the country.
      if (topicAt === 2 && segments[3]) scopes.unshift({ kind: 'topic-country', country, topic: decodeURIComponent(segments[3]) });
      return { locale, scopes, followsPage: true };
    }
  }
  // A list page (with or without facets, or a later page of it) follows the collection feed; an
  // entry page only advertises it.
  const isEntryPage = segments.length === 1;
  return { locale, scopes: [collectionScope, all], followsPage: !isEntryPage };
}

/** The segments of a page path after the site's base, e.g. ['sv', 'events', 'x']. */
export function pathSegments(pathname: string): string[] {
  const base = withBase('/');
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return rest.split('/').filter(Boolean);
}

/** The id of the event whose page this is, if it is an event's page (`/{lang}/events/{id}/`). */
export function eventIdForPath(pathname: string): string | undefined {
  const [, collection, id, ...rest] = pathSegments(pathname);
  return collection === 'events' && id && rest.length === 0 ? decodeURIComponent(id) : undefined;
}
