/**
 * What the search index knows about an entry page besides its text: the metadata a result is
 * labelled with (type, language, country, title, summary), the filters of the search page
 * (`data-pagefind-filter`) and the date it sorts by (`data-pagefind-sort`). SearchMeta.astro
 * renders this; the search page reads the same names (filters.ts).
 */
import { locales, type Locale } from '../i18n/locales.ts';
import { pickDescription, type DescriptionMap } from '../lib/descriptions.ts';
import { strongestEvidence } from '../lib/evidence.ts';
import { parsePartialDate } from '../schema/dates.ts';
import type { SearchableEntry } from './vocabulary.ts';

/** The one language version of a topic or organisation page that goes into the index. */
export const indexedVariant = 'en';

function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * A result's address and title in the reader's language: every entry is indexed once (topics and
 * organisations as `indexedVariant`, the others under their own language) and has a page under
 * every language prefix.
 */
export function localiseResult(
  url: string,
  meta: Record<string, string | undefined>,
  locale: string,
): { url: string; title: string | undefined; summary: string | undefined; summaryLanguage: string | undefined } {
  const variant = meta.variant;
  if (!variant) {
    // An entry written in one language is indexed once, under its own language, and has a page in
    // every interface language: open the reader's.
    const own = meta.language;
    const localised = own && own !== locale && isLocale(locale) ? url.replace(`/${own}/`, `/${locale}/`) : url;
    return { url: localised, title: meta.title, summary: meta.summary, summaryLanguage: meta.language };
  }
  // A topic or organisation: its description in the reader's language, picked as its page does.
  const descriptions: DescriptionMap = Object.fromEntries(locales.map((language) => [language, meta[`summary_${language}`]]));
  const reader = (locales as readonly string[]).includes(locale) ? (locale as Locale) : (variant as Locale);
  const description = pickDescription(descriptions, reader);
  const summary = description ? { summary: description.text, summaryLanguage: description.language } : { summary: undefined, summaryLanguage: undefined };
  if (variant === locale) return { url, title: meta.title, ...summary };
  return { url: url.replace(`/${variant}/`, `/${locale}/`), title: meta[`title_${locale}`] ?? meta.title, ...summary };
}

export interface SearchMeta {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** A partial date as a sortable YYYY-MM-DD string (unknown month/day count as the first). */
export function sortableDate(value: string): string | undefined {
  const { year, month, day } = parsePartialDate(value);
  if (year === undefined) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month ?? 1).padStart(2, '0')}-${String(day ?? 1).padStart(2, '0')}`;
}

function yearOf(value: string | undefined | null): string[] {
  const year = value ? parsePartialDate(value).year : undefined;
  return year === undefined ? [] : [String(year)];
}

/**
 * The search description of an entry rendered under `pageLocale`. Entries written in one language
 * carry `language`; topics and organisations, which have a page in every interface language, carry
 * `variant` (the page's locale) and, for topics, their label in each language.
 */
export function searchMetaFor(entry: SearchableEntry, pageLocale: Locale): SearchMeta {
  const filters: Record<string, string[]> = { type: [entry.collection] };
  const meta: Record<string, string> = { type: entry.collection };
  const sort: Record<string, string> = {};
  const setDate = (date: string | undefined) => {
    const sortable = date ? sortableDate(date) : undefined;
    if (sortable) {
      sort.date = sortable;
      meta.date = date!;
    }
  };
  switch (entry.collection) {
    case 'cases': {
      const data = entry.data;
      filters.country = [...data.countries];
      filters.topic = [...data.topics];
      filters.outcome = [data.outcome];
      filters.stage = [data.stage];
      filters.evidence = [...new Set(data.effects.map((effect) => effect.evidence))];
      // Not a filter the panel shows; the vocabulary's stop-reason words ("no effect") find it.
      if (data.stopReason) filters.stop = [data.stopReason];
      filters.year = yearOf(data.start);
      const strongest = strongestEvidence(data.effects);
      if (strongest) meta.evidence = strongest;
      setDate(data.start ?? data.lastVerified);
      break;
    }
    case 'events': {
      const data = entry.data;
      filters.country = data.country ? [data.country] : [];
      filters.topic = [...data.topics];
      filters.year = yearOf(data.start);
      setDate(data.start);
      break;
    }
    case 'methods':
    case 'requirements': {
      const data = entry.data;
      filters.topic = [...data.topics];
      if (entry.collection === 'methods' && entry.data.origin?.country) filters.country = [entry.data.origin.country];
      setDate(data.lastVerified);
      break;
    }
    case 'topics':
      filters.topic = [entry.id];
      break;
    case 'organisations':
      filters.country = entry.data.country ? [entry.data.country] : [];
      break;
  }
  // Pagefind leaves pages without the sort key out of sorted results; undated ones go last instead.
  sort.date ??= '0000-01-01';
  if ('language' in entry.data) {
    filters.language = [entry.data.language];
    meta.language = entry.data.language;
  } else {
    // Topics and organisations have the same page in six languages; only one is indexed
    // (`indexedVariant`) and the search page points the result at the reader's language.
    meta.variant = pageLocale;
    if (entry.collection === 'topics') for (const [locale, label] of Object.entries(entry.data.labels)) meta[`title_${locale}`] = label;
  }
  const countries = filters.country ?? [];
  if (countries.length > 0) meta.country = countries.join(',');
  if ('summary' in entry.data) meta.summary = entry.data.summary;
  else if (entry.collection === 'topics' || entry.collection === 'organisations') {
    // Indexed once, shown to readers of every language: each written description goes along
    // (summary_<lang>) and `summary` is the one the indexed page itself shows.
    const descriptions: DescriptionMap | undefined = entry.data.description;
    for (const language of locales) {
      const text = descriptions?.[language];
      if (text) meta[`summary_${language}`] = text;
    }
    const shown = pickDescription(descriptions, pageLocale);
    if (shown) meta.summary = shown.text;
  }
  for (const key of Object.keys(filters)) if (filters[key]!.length === 0) delete filters[key];
  return { meta, filters, sort };
}
