/**
 * Every URL the site links to is built here, so the URL design (docs/ARCHITECTURE.md) lives in
 * one place. Pure: no Astro imports, unit-tested in test/i18n/routes.test.ts.
 *
 * - Lists, facets, home, search, subscribe and accessibility exist under every language prefix.
 * - Every entry has a page under every language prefix: the reader's interface language stays
 *   when they open an entry written in another language. The page in the entry's own language
 *   (topics and organisations: English) is canonical: search engines, feeds, open data and the
 *   search index know the entry by it.
 */
import { site } from '../site.config.ts';
import { locales, type Locale } from './locales.ts';
import { isSingleLanguageCollection, type CollectionName } from '../schema/collection-registry.ts';
import { memoByOwner, textMemo } from '../lib/memo.ts';

/** Prefixes the configured base path (site.base, '' at the root of a host). */
export function withBase(path: string, base: string = site.base): string {
  if (!base) return path;
  return `${base.replace(/\/$/, '')}${path}`;
}

/** Joins path segments into a URL path with leading and trailing slashes (trailingSlash: 'always'). */
export function joinPath(...segments: readonly (string | number | undefined)[]): string {
  // A plain loop: every link on every page comes through here (about a million calls at 10,000 entries).
  let path = '/';
  for (const part of segments) {
    if (part === undefined || part === '') continue;
    path += `${encodeURIComponent(part)}/`;
  }
  return path;
}

/** `/{locale}/`, `/{locale}/{collection}/` or `/{locale}/{collection}/{id}/`. */
export function pathFor(locale: Locale, collection?: CollectionName, id?: string): string {
  return withBase(joinPath(locale, collection, id));
}

/** A page that is not a collection: search, subscribe, accessibility, open data. */
export function pagePath(locale: Locale, page: 'search' | 'subscribe' | 'accessibility' | 'data'): string {
  return withBase(joinPath(locale, page));
}

/** Whatever an entry needs for its address: its collection, id and (for single-language ones) language. */
export interface Addressable {
  collection: CollectionName;
  id: string;
  data: object;
}

/** The language an entry is written in, or undefined for language-neutral entries (topics, organisations). */
export function entryLanguage(entry: Addressable): Locale | undefined {
  if (!isSingleLanguageCollection(entry.collection)) return undefined;
  const language = (entry.data as { language?: Locale }).language;
  return language;
}

/** The interface language of an entry's canonical page: its own language, or English for topics and organisations. */
export function canonicalLocale(entry: Addressable): Locale {
  return entryLanguage(entry) ?? 'en';
}

/**
 * The address of an entry's page in the reader's interface language. Every entry has a page under
 * every language prefix (docs/ARCHITECTURE.md, "The reader's language stays"): a Swedish case
 * opened from the Norwegian interface stays in the Norwegian interface, its text marked `lang="sv"`.
 * Without `locale`, the entry's canonical page (canonicalEntryPath): feeds, open data, sitemap.
 */
export function entryPath(entry: Addressable, locale?: Locale): string {
  if (locale === undefined) return canonicalEntryPath(entry);
  return pathFor(locale, entry.collection, entry.id);
}

/**
 * The one page search engines, feeds, open data and the search index know an entry by: the page
 * in its own language (topics and organisations: English). Worked out once per entry object: a
 * case is linked from a dozen feeds and data files and its address does not change.
 */
export function canonicalEntryPath(entry: Addressable): string {
  return canonicalPaths(entry);
}

const canonicalPaths = memoByOwner((entry: Addressable) => pathFor(canonicalLocale(entry), entry.collection, entry.id));

/** True for the one interface-language variant of an entry's page that is canonical and indexed. */
export function isCanonicalVariant(entry: Addressable, locale: Locale): boolean {
  return canonicalLocale(entry) === locale;
}

/** Per-locale URLs of one page, for hreflang links and the language switcher. */
export type Alternates = Partial<Record<Locale, string>>;

/** The same page in every language, e.g. `alternatesFor((l) => pathFor(l, 'cases'))`. */
export function alternatesFor(pathIn: (locale: Locale) => string): Alternates {
  return Object.fromEntries(locales.map((locale) => [locale, pathIn(locale)]));
}

/**
 * The full list of an entry's cases or events, when its page shows only the newest
 * (src/lib/list-preview.ts): /sv/methods/{id}/cases/, then …/cases/page/2/.
 */
export function entryListPath(entry: Addressable, locale: Locale, list: 'cases' | 'events', page = 1): string {
  return withBase(joinPath(locale, entry.collection, entry.id, list, ...(page > 1 ? ['page', String(page)] : [])));
}

/** Alternates of an entry's page: the same entry in every interface language. */
export function entryAlternates(entry: Addressable): Alternates {
  return alternatesFor((locale) => entryPath(entry, locale));
}

/** One link in the language switcher. */
export interface LanguageLink {
  locale: Locale;
  href: string;
  /** True when this language has the same page; false when the link falls back to a collection index. */
  samePage: boolean;
  current: boolean;
}

/**
 * The language switcher's links. A language that has the page links to it; one that does not
 * (an entry written in another language) links to that language's `fallback` page, e.g. the
 * collection index, and the switcher says so.
 */
export function languageLinks(current: Locale, alternates: Alternates, fallback: (locale: Locale) => string): LanguageLink[] {
  return locales.map((locale) => {
    const href = alternates[locale];
    return { locale, href: href ?? fallback(locale), samePage: href !== undefined, current: locale === current };
  });
}

/** Facet value ids in URLs: lower case (country codes SE → se). */
export function facetSlug(value: string): string {
  return value.toLowerCase();
}

/** One facet constraint in a list URL, e.g. { facet: 'country', value: 'SE' }. */
export interface FacetStep {
  facet: string;
  value: string;
}

/**
 * A catalogue list page: `/{locale}/{collection}/`, `/{locale}/cases/country/se/`,
 * `/{locale}/cases/country/se/stage/discontinued/`, each optionally `…/page/2/`.
 * Page 1 has no page segment, so the first page of a list has one address.
 */
export function listPath(locale: Locale, collection: CollectionName, steps: readonly FacetStep[] = [], page = 1): string {
  const facetSegments = steps.flatMap((step) => [step.facet, facetSlug(step.value)]);
  const pageSegments = page > 1 ? ['page', String(page)] : [];
  return withBase(joinPath(locale, collection, ...facetSegments, ...pageSegments));
}

/** The absolute URL of a path, for canonical and hreflang links. */
export function absoluteUrl(path: string, siteUrl: string = site.url): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  // Every page has a canonical and up to seven hreflang links, and the open-data files an address
  // per reference: a plain site path (what pathFor writes) needs no URL parser, only the site's
  // scheme and host in front. Anything else (dot segments, queries, other characters) is parsed.
  if (plainSitePath.test(path) && !path.includes('/.') && !/%2e/i.test(path)) return siteOrigin(base) + path;
  return new URL(path, base).href;
}

/** An absolute path of unreserved characters and %-escapes, not starting with "//". */
const plainSitePath = /^\/(?!\/)[A-Za-z0-9\-._~%/]*$/;
const siteOrigins = textMemo<string>();

/** "https://example.org" for any site URL: what `new URL('/x', base).href` puts before "/x". */
function siteOrigin(base: string): string {
  return siteOrigins(base, () => new URL('/', base).href.slice(0, -1));
}
