/**
 * schema.org JSON-LD for entry pages, so search engines and other harvesters read what a page is
 * about without scraping it. Only real schema.org types and properties (test/data/schema-org.test.ts
 * checks each against schema.org's own vocabulary):
 *   case          Report about a Project (where, when, who funded it)
 *   method        HowTo with its phases as HowToStep
 *   event         Event (place or online, organisers)
 *   requirement   CreativeWork with its statement as text
 *   topic         DefinedTerm in the topics' DefinedTermSet
 *   organisation  Organization (GovernmentOrganization, CollegeOrUniversity, Corporation, Hospital, NGO by type)
 * Pure: the page hands in the entry, the catalogue and address builders.
 */
import type { Case, Catalogue, Event, Method, Organisation, Requirement, Topic } from '../lib/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Country, OrganisationType } from '../schema/vocabulary.ts';
import { countryNames } from './dcat.ts';

export interface SchemaOrgOptions {
  /** The interface language of the page (topics and organisations are rendered in each). */
  locale: Locale;
  /** Absolute address of an entry's page. */
  pageUrl: (entry: Case | Method | Event | Requirement | Topic | Organisation) => string;
  /** Absolute address of an entry's JSON record. */
  dataUrl: (entry: Case | Method | Event | Requirement | Topic | Organisation) => string;
  /** Absolute address of the topics list in the page's language (the defined term set). */
  topicsUrl: string;
  /** The content licence's address. */
  licenceUrl: string;
  /** Who publishes the catalogue. */
  publisher: { name: string; url: string };
}

type Json = { [key: string]: unknown };

const country = (code: Country): Json => ({ '@type': 'Country', name: countryNames[code], identifier: code });

const organisationType: Record<OrganisationType, string> = {
  municipality: 'GovernmentOrganization',
  region: 'GovernmentOrganization',
  agency: 'GovernmentOrganization',
  hospital: 'Hospital',
  university: 'CollegeOrUniversity',
  company: 'Corporation',
  'non-profit': 'NGO',
  'test-bed': 'Organization',
  network: 'Organization',
};

/** ISO 8601 interval of what is known ("2019-05/2021", "2019/.." for an open end); undefined without a start. */
export function temporalCoverage(start: string | undefined, end: string | undefined): string | undefined {
  if (!start || start.startsWith('--')) return undefined;
  return `${start}/${end && !end.startsWith('--') ? end : '..'}`;
}

function organisationRef(catalogue: Catalogue, id: string, options: SchemaOrgOptions): Json {
  const found = catalogue.organisationById.get(id);
  if (!found) return { '@type': 'Organization', identifier: id };
  return { '@type': organisationType[found.data.type], '@id': `${options.pageUrl(found)}#entry`, name: found.data.name, url: options.pageUrl(found) };
}

function topicRef(catalogue: Catalogue, id: string, options: SchemaOrgOptions): Json {
  const found = catalogue.topicById.get(id);
  if (!found) return { '@type': 'DefinedTerm', termCode: id };
  return { '@type': 'DefinedTerm', '@id': `${options.pageUrl(found)}#entry`, name: found.data.labels[options.locale], termCode: id, url: options.pageUrl(found) };
}

/** What every written entry (case, method, event, requirement) says about itself. */
function common(entry: Case | Method | Event | Requirement, catalogue: Catalogue, options: SchemaOrgOptions): Json {
  const url = options.pageUrl(entry);
  return {
    '@id': `${url}#entry`,
    name: entry.data.title,
    description: entry.data.summary,
    url,
    inLanguage: entry.data.language,
    ...(entry.data.topics.length ? { about: entry.data.topics.map((id) => topicRef(catalogue, id, options)) } : {}),
  };
}

/** Facts about the page as a document: licence, who publishes it, when it was last checked, its sources, its data. */
function asDocument(entry: Case | Method | Requirement, options: SchemaOrgOptions): Json {
  const sources = entry.data.sources.filter((source) => source.url).map((source) => source.url!);
  return {
    dateModified: entry.data.lastVerified,
    license: options.licenceUrl,
    publisher: { '@type': 'Organization', name: options.publisher.name, url: options.publisher.url },
    ...(sources.length ? { citation: sources } : {}),
    encoding: { '@type': 'MediaObject', contentUrl: options.dataUrl(entry), encodingFormat: 'application/json' },
  };
}

export function caseJsonLd(entry: Case, catalogue: Catalogue, options: SchemaOrgOptions): Json {
  const { data } = entry;
  const period = temporalCoverage(data.start, data.end);
  const project: Json = {
    '@type': 'Project',
    name: data.title,
    ...(data.start && !data.start.startsWith('--') ? { foundingDate: data.start } : {}),
    ...(data.end && !data.end.startsWith('--') ? { dissolutionDate: data.end } : {}),
    ...(data.countries.length ? { areaServed: data.countries.map(country) } : {}),
    location: { '@type': 'Place', name: data.place },
    ...(data.organisations.length ? { member: data.organisations.map((id) => organisationRef(catalogue, id, options)) } : {}),
    ...(data.funding.length ? { funder: data.funding.map((funding) => organisationRef(catalogue, funding.funder, options)) } : {}),
  };
  const about = [project, ...((common(entry, catalogue, options)['about'] as Json[] | undefined) ?? [])];
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    ...common(entry, catalogue, options),
    about,
    ...(data.countries.length ? { spatialCoverage: data.countries.map(country) } : {}),
    ...(period ? { temporalCoverage: period } : {}),
    ...asDocument(entry, options),
  };
}

export function methodJsonLd(entry: Method, catalogue: Catalogue, options: SchemaOrgOptions): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    ...common(entry, catalogue, options),
    ...(entry.data.otherNames.length ? { alternateName: entry.data.otherNames } : {}),
    ...(entry.data.phases.length
      ? { step: entry.data.phases.map((phase, index) => ({ '@type': 'HowToStep', position: index + 1, name: phase.name, text: phase.description })) }
      : {}),
    ...(entry.data.origin?.organisation ? { creator: organisationRef(catalogue, entry.data.origin.organisation, options) } : {}),
    ...asDocument(entry, options),
  };
}

export function eventJsonLd(entry: Event, catalogue: Catalogue, options: SchemaOrgOptions): Json {
  const { data } = entry;
  const place: Json | undefined =
    data.venue || data.city || data.country
      ? {
          '@type': 'Place',
          ...(data.venue ? { name: data.venue } : {}),
          address: { '@type': 'PostalAddress', ...(data.city ? { addressLocality: data.city } : {}), ...(data.country ? { addressCountry: data.country } : {}) },
        }
      : undefined;
  const location = [...(place ? [place] : []), ...(data.online ? [{ '@type': 'VirtualLocation', url: options.pageUrl(entry) }] : [])];
  const mode = data.online ? (place ? 'MixedEventAttendanceMode' : 'OnlineEventAttendanceMode') : 'OfflineEventAttendanceMode';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    ...common(entry, catalogue, options),
    // A day without a year ("--01-25") is not a date schema.org can carry.
    ...(data.start.startsWith('--') ? {} : { startDate: data.start }),
    ...(data.end && !data.end.startsWith('--') ? { endDate: data.end } : {}),
    eventAttendanceMode: `https://schema.org/${mode}`,
    ...(location.length ? { location } : {}),
    organizer: data.organisers.map((id) => organisationRef(catalogue, id, options)),
    ...(data.participants !== undefined ? { maximumAttendeeCapacity: data.participants } : {}),
  };
}

export function requirementJsonLd(entry: Requirement, catalogue: Catalogue, options: SchemaOrgOptions): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    ...common(entry, catalogue, options),
    text: entry.data.statement,
    ...asDocument(entry, options),
  };
}

export function topicJsonLd(entry: Topic, _catalogue: Catalogue, options: SchemaOrgOptions): Json {
  const { data } = entry;
  const url = options.pageUrl(entry);
  const synonyms = [...new Set([...(data.synonyms[options.locale] ?? []), ...data.abbreviations])];
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': `${url}#entry`,
    name: data.labels[options.locale],
    ...(synonyms.length ? { alternateName: synonyms } : {}),
    description: data.description[options.locale],
    termCode: entry.id,
    url,
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': options.topicsUrl, url: options.topicsUrl },
  };
}

export function organisationJsonLd(entry: Organisation, catalogue: Catalogue, options: SchemaOrgOptions): Json {
  const { data } = entry;
  const url = options.pageUrl(entry);
  const description = data.description?.[options.locale] ?? data.description?.en;
  return {
    '@context': 'https://schema.org',
    '@type': organisationType[data.type],
    '@id': `${url}#entry`,
    name: data.name,
    ...(data.otherNames.length ? { alternateName: data.otherNames } : {}),
    ...(description ? { description } : {}),
    url,
    ...(data.website ? { sameAs: data.website } : {}),
    ...(data.country ? { address: { '@type': 'PostalAddress', addressCountry: data.country } } : {}),
    ...(data.parent ? { parentOrganization: organisationRef(catalogue, data.parent, options) } : {}),
  };
}

/** The JSON-LD for any entry. */
export function entryJsonLd(entry: Case | Method | Event | Requirement | Topic | Organisation, catalogue: Catalogue, options: SchemaOrgOptions): Json {
  switch (entry.collection) {
    case 'cases':
      return caseJsonLd(entry, catalogue, options);
    case 'methods':
      return methodJsonLd(entry, catalogue, options);
    case 'events':
      return eventJsonLd(entry, catalogue, options);
    case 'requirements':
      return requirementJsonLd(entry, catalogue, options);
    case 'topics':
      return topicJsonLd(entry, catalogue, options);
    case 'organisations':
      return organisationJsonLd(entry, catalogue, options);
  }
}

/** The JSON-LD as the text of a <script type="application/ld+json">: "<" escaped so no "</script>" can end it early. */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
