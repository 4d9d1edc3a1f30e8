/**
 * The catalogue described in DCAT-AP 3, the metadata profile that national open-data portals
 * (dataportal.se, data.norge.no, avoindata.fi) and data.europa.eu harvest: one dcat:Catalog, one
 * dcat:Dataset per collection, four distributions per dataset (JSON, CSV, JSON Schema, data
 * package), the publisher as a foaf:Agent and a functional mailbox as the contact point.
 *
 * Pure: `dcatGraph` returns the description as JSON-LD (every value explicit, so it converts to
 * triples without guessing), and the serialisers below turn those triples into Turtle and RDF/XML.
 * Coverage and dates are derived from the content: spatial coverage from the countries entries
 * name, temporal coverage from the dates of cases and events, modification dates from
 * `lastVerified`. Every referenced resource (licence, theme, language, country, file type) is
 * typed and labelled in the graph, so a SHACL validator can check ranges without fetching the EU
 * vocabularies. test/data/dcat-ap-3.shapes.ttl holds the shapes it is tested against.
 */
import type { Catalogue } from '../lib/catalogue.ts';
import { exportCollections, isEveryLanguageCollection, type CollectionName } from '../schema/collection-registry.ts';
import type { ContentLanguage, Country } from '../schema/vocabulary.ts';
import { compareDates } from '../schema/dates.ts';

export const NS = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatap: 'http://data.europa.eu/r5r/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

/** The EU Publications Office's authority tables, which DCAT-AP asks for. */
const AUTHORITY = 'http://publications.europa.eu/resource/authority/';
export const euLanguage: Record<ContentLanguage, string> = { en: 'ENG', sv: 'SWE', nb: 'NOB', da: 'DAN', fi: 'FIN', is: 'ISL' };
export const euCountry: Record<Country, string> = { SE: 'SWE', NO: 'NOR', DK: 'DNK', FI: 'FIN', IS: 'ISL', FO: 'FRO', GL: 'GRL', AX: 'ALA' };
/** Country names in English, as the EU authority tables label them. */
export const countryNames: Record<Country, string> = {
  SE: 'Sweden', NO: 'Norway', DK: 'Denmark', FI: 'Finland', IS: 'Iceland', FO: 'Faroe Islands', GL: 'Greenland', AX: 'Åland',
};
const languageNames: Record<ContentLanguage, string> = { en: 'English', sv: 'Swedish', nb: 'Norwegian Bokmål', da: 'Danish', fi: 'Finnish', is: 'Icelandic' };
/** Data themes: health, and population and society (care and social services). */
export const dataThemes = { HEAL: 'Health', SOCI: 'Population and society' } as const;

/** Texts in one language; titles and descriptions are written in every interface language. */
export interface DcatTexts {
  catalogueDescription: string;
  datasetTitle: Record<CollectionName, string>;
  datasetDescription: Record<CollectionName, string>;
  distributionDescription: Record<DistributionKind, string>;
}

export const distributionKinds = ['json', 'csv', 'schema', 'datapackage'] as const;
export type DistributionKind = (typeof distributionKinds)[number];

export interface DcatOptions {
  /** The catalogue's title (the site's name, the same in every language). */
  title: string;
  /** Absolute address of the site's home. */
  homepage: string;
  /** Absolute address of the open-data page; the catalogue's resources are fragments of it. */
  dataPage: string;
  /** Absolute address of a file under /data/. */
  dataUrl: (file: string) => string;
  /** Absolute address of a collection's JSON Schema. */
  schemaUrl: (collection: CollectionName) => string;
  /** Absolute address of a collection's list page (the dataset's landing page). */
  landingPage: (collection: CollectionName) => string;
  publisher: { name: string; homepage: string; type: string; typeLabel: string };
  /** A functional mailbox, never a person's. */
  contactEmail: string;
  /** Texts per language; English first. */
  texts: Partial<Record<ContentLanguage, DcatTexts>> & { en: DcatTexts };
  /** Size in bytes of each file under /data/ and /schema/, when known, by its absolute address. */
  byteSize?: (url: string) => number | undefined;
}

// ---------------------------------------------------------------- JSON-LD building blocks

type Value = { '@id': string } | { '@value': string; '@language': string } | { '@value': string; '@type': string };
export type Node = { '@id': string; '@type': string | string[]; [property: string]: Value | Value[] | string | string[] };

const iri = (id: string): Value => ({ '@id': id });
const text = (value: string, language: string): Value => ({ '@value': value, '@language': language });
const typed = (value: string, type: string): Value => ({ '@value': value, '@type': type });
const plain = (value: string): Value => ({ '@value': value, '@type': `${NS.xsd}string` });

/** A partial date as the XSD type that says exactly what is known; undefined without a year. */
export function dateLiteral(value: string): Value | undefined {
  if (/^\d{4}$/.test(value)) return typed(value, `${NS.xsd}gYear`);
  if (/^\d{4}-\d{2}$/.test(value)) return typed(value, `${NS.xsd}gYearMonth`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return typed(value, `${NS.xsd}date`);
  return undefined;
}

/** Earliest and latest of some partial dates (those without a year are left out). */
export function dateSpan(values: readonly (string | undefined)[]): { start: string; end: string } | undefined {
  const known = values.filter((value): value is string => Boolean(value) && !value!.startsWith('--'));
  if (known.length === 0) return undefined;
  const sorted = [...known].sort(compareDates);
  return { start: sorted[0]!, end: sorted[sorted.length - 1]! };
}

/** The dates each collection's entries carry: what its temporal coverage spans. */
function datesOf(catalogue: Catalogue, collection: CollectionName): (string | undefined)[] {
  switch (collection) {
    case 'cases':
      // What happened, not what was planned: the planned end of an open case is not yet covered.
      return catalogue.cases.flatMap((entry) => [entry.data.start, entry.data.end]);
    case 'events':
      return catalogue.events.flatMap((entry) => [entry.data.start, entry.data.end]);
    default:
      return [];
  }
}

/** The countries a collection's entries name, in the vocabulary's order. */
function countriesOf(catalogue: Catalogue, collection: CollectionName): Country[] {
  const found = new Set<Country>();
  const add = (value: Country | undefined) => value && found.add(value);
  if (collection === 'cases') for (const entry of catalogue.cases) entry.data.countries.forEach(add);
  if (collection === 'events') for (const entry of catalogue.events) add(entry.data.country);
  if (collection === 'organisations') for (const entry of catalogue.organisations) add(entry.data.country);
  if (collection === 'methods') for (const entry of catalogue.methods) add(entry.data.origin?.country);
  return (Object.keys(euCountry) as Country[]).filter((country) => found.has(country));
}

/** The latest `lastVerified` of a collection (topics and organisations carry none). */
function lastVerifiedOf(catalogue: Catalogue, collection: CollectionName): { first?: string; last?: string } {
  if (isEveryLanguageCollection(collection)) return {};
  const dates = catalogue[collection].map((entry) => entry.data.lastVerified).sort();
  return dates.length ? { first: dates[0]!, last: dates[dates.length - 1]! } : {};
}

/** The languages a collection's entries are written in (topics and organisations: every language they carry labels in). */
function languagesOf(catalogue: Catalogue, collection: CollectionName): ContentLanguage[] {
  if (isEveryLanguageCollection(collection)) return Object.keys(euLanguage) as ContentLanguage[];
  const found = new Set(catalogue[collection].map((entry) => entry.data.language));
  return (Object.keys(euLanguage) as ContentLanguage[]).filter((language) => found.has(language));
}

const fileType = (name: 'JSON' | 'CSV') => `${AUTHORITY}file-type/${name}`;
const mediaType = (name: 'application/json' | 'text/csv') => `https://www.iana.org/assignments/media-types/${name}`;

const distributionFormat: Record<DistributionKind, { file: (collection: CollectionName, o: DcatOptions) => string; type: 'JSON' | 'CSV'; media: 'application/json' | 'text/csv'; title: (collection: CollectionName) => string }> = {
  json: { file: (c, o) => o.dataUrl(`${c}.json`), type: 'JSON', media: 'application/json', title: (c) => `${c}.json` },
  csv: { file: (c, o) => o.dataUrl(`${c}.csv`), type: 'CSV', media: 'text/csv', title: (c) => `${c}.csv` },
  schema: { file: (c, o) => o.schemaUrl(c), type: 'JSON', media: 'application/json', title: (c) => `JSON Schema: ${c}.json` },
  datapackage: { file: (_c, o) => o.dataUrl('datapackage.json'), type: 'JSON', media: 'application/json', title: () => 'datapackage.json' },
};

/** The texts of every language that has them, as language-tagged literals. */
function inEveryLanguage(options: DcatOptions, pick: (texts: DcatTexts) => string): Value[] {
  return (Object.entries(options.texts) as [ContentLanguage, DcatTexts][]).map(([language, texts]) => text(pick(texts), language));
}

/**
 * The DCAT-AP description of the catalogue as a JSON-LD document. Resource addresses are
 * fragments of the open-data page (…/data/#dataset-cases), so each has a page a person can open.
 */
export function dcatGraph(catalogue: Catalogue, options: DcatOptions): { '@context': Record<string, string>; '@graph': Node[] } {
  const at = (fragment: string) => `${options.dataPage}#${fragment}`;
  const catalogueId = at('catalogue');
  const publisherId = at('publisher');
  const contactId = at('contact-point');
  const licence = `${AUTHORITY}licence/CC_BY_4_0`;
  const themes = Object.keys(dataThemes).map((code) => `${AUTHORITY}data-theme/${code}`);
  const graph: Node[] = [];
  const referenced = { countries: new Set<Country>(), languages: new Set<ContentLanguage>(), mediaTypes: new Set<string>(), fileTypes: new Set<string>() };

  const datasetIds: Value[] = [];
  const allModified: string[] = [];
  const allIssued: string[] = [];
  const allCountries = new Set<Country>();

  for (const collection of exportCollections) {
    const datasetId = at(`dataset-${collection}`);
    datasetIds.push(iri(datasetId));
    const countries = countriesOf(catalogue, collection);
    // A collection without places (topics, requirements) covers what the catalogue covers.
    const spatial = countries.length ? countries : (Object.keys(euCountry) as Country[]);
    spatial.forEach((country) => referenced.countries.add(country));
    countries.forEach((country) => allCountries.add(country));
    const languages = languagesOf(catalogue, collection);
    languages.forEach((language) => referenced.languages.add(language));
    const { first, last } = lastVerifiedOf(catalogue, collection);
    if (last) allModified.push(last);
    if (first) allIssued.push(first);
    const span = dateSpan(datesOf(catalogue, collection));

    const distributions = distributionKinds.map((kind) => {
      const format = distributionFormat[kind];
      const url = format.file(collection, options);
      referenced.mediaTypes.add(mediaType(format.media));
      referenced.fileTypes.add(fileType(format.type));
      const size = options.byteSize?.(url);
      const node: Node = {
        '@id': at(`dataset-${collection}-${kind}`),
        '@type': `${NS.dcat}Distribution`,
        [`${NS.dct}title`]: text(format.title(collection), 'en'),
        [`${NS.dct}description`]: inEveryLanguage(options, (texts) => texts.distributionDescription[kind]),
        [`${NS.dcat}accessURL`]: iri(url),
        [`${NS.dcat}downloadURL`]: iri(url),
        [`${NS.dct}format`]: iri(fileType(format.type)),
        [`${NS.dcat}mediaType`]: iri(mediaType(format.media)),
        [`${NS.dct}license`]: iri(licence),
        [`${NS.dcatap}availability`]: iri(`${AUTHORITY}planned-availability/STABLE`),
        ...(kind === 'json' ? { [`${NS.dct}conformsTo`]: iri(options.schemaUrl(collection)) } : {}),
        ...(last ? { [`${NS.dct}modified`]: typed(last, `${NS.xsd}date`) } : {}),
        ...(size !== undefined ? { [`${NS.dcat}byteSize`]: typed(String(size), `${NS.xsd}nonNegativeInteger`) } : {}),
      };
      graph.push(node);
      return iri(node['@id']);
    });

    const keywords = keywordsOf(catalogue, collection, options);
    const temporal: Node | undefined = span && {
      '@id': at(`dataset-${collection}-period`),
      '@type': `${NS.dct}PeriodOfTime`,
      [`${NS.dcat}startDate`]: dateLiteral(span.start)!,
      [`${NS.dcat}endDate`]: dateLiteral(span.end)!,
    };
    if (temporal) graph.push(temporal);

    graph.push({
      '@id': datasetId,
      '@type': `${NS.dcat}Dataset`,
      [`${NS.dct}title`]: inEveryLanguage(options, (texts) => texts.datasetTitle[collection]),
      [`${NS.dct}description`]: inEveryLanguage(options, (texts) => texts.datasetDescription[collection]),
      [`${NS.dct}identifier`]: plain(datasetId),
      [`${NS.dct}publisher`]: iri(publisherId),
      [`${NS.dcat}contactPoint`]: iri(contactId),
      [`${NS.dcat}distribution`]: distributions,
      [`${NS.dcat}keyword`]: keywords,
      [`${NS.dcat}theme`]: themes.map(iri),
      [`${NS.dct}spatial`]: spatial.map((country) => iri(`${AUTHORITY}country/${euCountry[country]}`)),
      [`${NS.dct}language`]: languages.map((language) => iri(`${AUTHORITY}language/${euLanguage[language]}`)),
      [`${NS.dct}accessRights`]: iri(`${AUTHORITY}access-right/PUBLIC`),
      [`${NS.dct}accrualPeriodicity`]: iri(`${AUTHORITY}frequency/IRREG`),
      [`${NS.dct}conformsTo`]: iri(options.schemaUrl(collection)),
      [`${NS.dcat}landingPage`]: iri(options.landingPage(collection)),
      ...(temporal ? { [`${NS.dct}temporal`]: iri(temporal['@id']) } : {}),
      ...(first ? { [`${NS.dct}issued`]: typed(first, `${NS.xsd}date`) } : {}),
      ...(last ? { [`${NS.dct}modified`]: typed(last, `${NS.xsd}date`) } : {}),
    });
  }

  const interfaceLanguages = Object.keys(options.texts) as ContentLanguage[];
  interfaceLanguages.forEach((language) => referenced.languages.add(language));
  const catalogueSpatial = Object.keys(euCountry) as Country[];
  const modified = allModified.sort().at(-1);
  const issued = allIssued.sort()[0];
  graph.unshift({
    '@id': catalogueId,
    '@type': `${NS.dcat}Catalog`,
    [`${NS.dct}title`]: interfaceLanguages.map((language) => text(options.title, language)),
    [`${NS.dct}description`]: inEveryLanguage(options, (texts) => texts.catalogueDescription),
    [`${NS.dct}publisher`]: iri(publisherId),
    [`${NS.dcat}contactPoint`]: iri(contactId),
    [`${NS.foaf}homepage`]: iri(options.homepage),
    [`${NS.dct}language`]: interfaceLanguages.map((language) => iri(`${AUTHORITY}language/${euLanguage[language]}`)),
    [`${NS.dct}license`]: iri(licence),
    [`${NS.dct}spatial`]: catalogueSpatial.map((country) => iri(`${AUTHORITY}country/${euCountry[country]}`)),
    [`${NS.dcat}themeTaxonomy`]: iri(`${AUTHORITY}data-theme`),
    [`${NS.dcat}dataset`]: datasetIds,
    ...(issued ? { [`${NS.dct}issued`]: typed(issued, `${NS.xsd}date`) } : {}),
    ...(modified ? { [`${NS.dct}modified`]: typed(modified, `${NS.xsd}date`) } : {}),
  });

  // The publisher and the contact point.
  graph.push({
    '@id': publisherId,
    '@type': [`${NS.foaf}Agent`, `${NS.foaf}Organization`],
    [`${NS.foaf}name`]: text(options.publisher.name, 'en'),
    [`${NS.foaf}homepage`]: iri(options.publisher.homepage),
    [`${NS.foaf}mbox`]: iri(`mailto:${options.contactEmail}`),
    [`${NS.dct}type`]: iri(options.publisher.type),
  });
  graph.push({
    '@id': contactId,
    '@type': [`${NS.vcard}Kind`, `${NS.vcard}Organization`],
    [`${NS.vcard}fn`]: text(options.publisher.name, 'en'),
    [`${NS.vcard}hasEmail`]: iri(`mailto:${options.contactEmail}`),
    [`${NS.vcard}hasURL`]: iri(options.dataPage),
  });

  // Every resource the description points at, typed and labelled, so its ranges can be checked.
  const concept = (id: string, label: string, scheme?: string): Node => ({
    '@id': id,
    '@type': `${NS.skos}Concept`,
    [`${NS.skos}prefLabel`]: text(label, 'en'),
    ...(scheme ? { [`${NS.skos}inScheme`]: iri(scheme) } : {}),
  });
  graph.push(concept(options.publisher.type, options.publisher.typeLabel));
  graph.push({ '@id': `${AUTHORITY}data-theme`, '@type': `${NS.skos}ConceptScheme`, [`${NS.dct}title`]: text('Data theme', 'en') });
  for (const [code, label] of Object.entries(dataThemes)) graph.push(concept(`${AUTHORITY}data-theme/${code}`, label, `${AUTHORITY}data-theme`));
  graph.push(concept(`${AUTHORITY}planned-availability/STABLE`, 'stable'));
  graph.push({
    '@id': licence,
    '@type': `${NS.dct}LicenseDocument`,
    [`${NS.dct}title`]: text('Creative Commons Attribution 4.0 International', 'en'),
    [`${NS.dct}type`]: iri('http://purl.org/adms/licencetype/Attribution'),
  });
  graph.push(concept('http://purl.org/adms/licencetype/Attribution', 'Attribution'));
  graph.push({ '@id': `${AUTHORITY}access-right/PUBLIC`, '@type': `${NS.dct}RightsStatement`, [`${NS.skos}prefLabel`]: text('public', 'en') });
  graph.push({ '@id': `${AUTHORITY}frequency/IRREG`, '@type': `${NS.dct}Frequency`, [`${NS.skos}prefLabel`]: text('irregular', 'en') });
  for (const country of (Object.keys(euCountry) as Country[]).filter((c) => referenced.countries.has(c) || catalogueSpatial.includes(c))) {
    graph.push({ '@id': `${AUTHORITY}country/${euCountry[country]}`, '@type': `${NS.dct}Location`, [`${NS.skos}prefLabel`]: text(countryNames[country], 'en') });
  }
  for (const language of (Object.keys(euLanguage) as ContentLanguage[]).filter((l) => referenced.languages.has(l))) {
    graph.push({ '@id': `${AUTHORITY}language/${euLanguage[language]}`, '@type': `${NS.dct}LinguisticSystem`, [`${NS.skos}prefLabel`]: text(languageNames[language], 'en') });
  }
  for (const type of referenced.fileTypes) graph.push({ '@id': type, '@type': `${NS.dct}MediaTypeOrExtent`, [`${NS.skos}prefLabel`]: text(type.split('/').at(-1)!, 'en') });
  for (const type of referenced.mediaTypes) {
    graph.push({ '@id': type, '@type': [`${NS.dct}MediaType`, `${NS.dct}MediaTypeOrExtent`], [`${NS.skos}prefLabel`]: text(type.split('media-types/')[1]!, 'en') });
  }
  for (const collection of exportCollections) {
    graph.push({ '@id': options.schemaUrl(collection), '@type': `${NS.dct}Standard`, [`${NS.dct}title`]: text(`JSON Schema of ${collection}`, 'en') });
    graph.push({ '@id': options.landingPage(collection), '@type': `${NS.foaf}Document` });
  }
  graph.push({ '@id': options.homepage, '@type': `${NS.foaf}Document` });
  if (options.publisher.homepage !== options.homepage) graph.push({ '@id': options.publisher.homepage, '@type': `${NS.foaf}Document` });

  return { '@context': { ...NS }, '@graph': graph };
}

/** Keywords: the collection's own name in every language, and the topics its entries are about, in every language they are labelled in. */
function keywordsOf(catalogue: Catalogue, collection: CollectionName, options: DcatOptions): Value[] {
  const keywords = inEveryLanguage(options, (texts) => texts.datasetTitle[collection]);
  const topicIds = new Set<string>();
  if (collection === 'topics') catalogue.topics.forEach((topic) => topicIds.add(topic.id));
  else if (collection !== 'organisations') for (const entry of catalogue[collection]) entry.data.topics.forEach((id) => topicIds.add(id));
  for (const id of [...topicIds].sort()) {
    const labels = catalogue.topicById.get(id)?.data.labels;
    if (!labels) continue;
    for (const [language, label] of Object.entries(labels)) keywords.push(text(label, language));
  }
  // The same label in two languages is one keyword per language; the same label twice in one is one.
  const seen = new Set<string>();
  return keywords.filter((keyword) => {
    const key = JSON.stringify(keyword);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// ---------------------------------------------------------------- triples and serialisations

export interface Triple {
  subject: string;
  predicate: string;
  object: { iri: string } | { value: string; language?: string; datatype?: string };
}

/** The graph as triples, in document order (the JSON-LD's nodes and properties, as written). */
export function triplesOf(document: { '@graph': Node[] }): Triple[] {
  const triples: Triple[] = [];
  for (const node of document['@graph']) {
    const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
    for (const type of types) triples.push({ subject: node['@id'], predicate: `${NS.rdf}type`, object: { iri: type } });
    for (const [predicate, raw] of Object.entries(node)) {
      if (predicate.startsWith('@')) continue;
      for (const value of (Array.isArray(raw) ? raw : [raw]) as Value[]) {
        if ('@id' in value) triples.push({ subject: node['@id'], predicate, object: { iri: value['@id'] } });
        else if ('@language' in value) triples.push({ subject: node['@id'], predicate, object: { value: value['@value'], language: value['@language'] } });
        else triples.push({ subject: node['@id'], predicate, object: { value: value['@value'], datatype: value['@type'] } });
      }
    }
  }
  return triples;
}

/** The shortest prefixed name for an IRI, or undefined when no prefix fits. */
function prefixed(iriValue: string): string | undefined {
  for (const [prefix, namespace] of Object.entries(NS)) {
    if (iriValue.startsWith(namespace)) {
      const local = iriValue.slice(namespace.length);
      if (/^[A-Za-z][\w-]*$/.test(local)) return `${prefix}:${local}`;
    }
  }
  return undefined;
}

// eslint-disable-next-line no-control-regex -- Turtle's IRIREF forbids control characters and spaces: they are escaped
const turtleIri = (value: string) => prefixed(value) ?? `<${value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;
const turtleString = (value: string) =>
  `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;

/** Turtle (RDF 1.1), one block per subject, prefixes declared. */
export function toTurtle(triples: readonly Triple[]): string {
  const lines = Object.entries(NS).map(([prefix, namespace]) => `@prefix ${prefix}: <${namespace}> .`);
  for (const [subject, own] of groupBySubject(triples)) {
    lines.push('');
    const predicates = groupBy(own, (triple) => triple.predicate);
    const parts = [...predicates].map(([predicate, values]) => {
      const name = predicate === `${NS.rdf}type` ? 'a' : turtleIri(predicate);
      const objects = values.map(({ object }) =>
        'iri' in object
          ? turtleIri(object.iri)
          : `${turtleString(object.value)}${object.language ? `@${object.language}` : object.datatype && object.datatype !== `${NS.xsd}string` ? `^^${turtleIri(object.datatype)}` : ''}`,
      );
      return `    ${name} ${objects.join(',\n        ')}`;
    });
    lines.push(`${turtleIri(subject)}\n${parts.join(' ;\n')} .`);
  }
  return `${lines.join('\n')}\n`;
}

const xmlEscape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RDF/XML, the syntax some harvesters (CKAN's DCAT harvester among them) read best: one rdf:Description per subject. */
export function toRdfXml(triples: readonly Triple[]): string {
  const declarations = Object.entries(NS).map(([prefix, namespace]) => `xmlns:${prefix}="${namespace}"`);
  const out = [`<?xml version="1.0" encoding="utf-8"?>`, `<rdf:RDF ${declarations.join('\n    ')}>`];
  for (const [subject, own] of groupBySubject(triples)) {
    out.push(`  <rdf:Description rdf:about="${xmlEscape(subject)}">`);
    for (const { predicate, object } of own) {
      const name = prefixed(predicate);
      if (!name) throw new Error(`RDF/XML: no prefix for the property ${predicate}`);
      if ('iri' in object) out.push(`    <${name} rdf:resource="${xmlEscape(object.iri)}"/>`);
      else if (object.language) out.push(`    <${name} xml:lang="${object.language}">${xmlEscape(object.value)}</${name}>`);
      else if (object.datatype && object.datatype !== `${NS.xsd}string`) out.push(`    <${name} rdf:datatype="${xmlEscape(object.datatype)}">${xmlEscape(object.value)}</${name}>`);
      else out.push(`    <${name}>${xmlEscape(object.value)}</${name}>`);
    }
    out.push('  </rdf:Description>');
  }
  out.push('</rdf:RDF>');
  return `${out.join('\n')}\n`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
const groupBySubject = (triples: readonly Triple[]) => groupBy(triples, (triple) => triple.subject);

// ---------------------------------------------------------------- texts

/** The catalogue's texts in one interface language, from its translations. */
export function dcatTexts(t: (key: never) => string, siteName: string): DcatTexts {
  const tr = t as unknown as (key: string) => string;
  const perCollection = (pick: (collection: CollectionName) => string) =>
    Object.fromEntries(exportCollections.map((collection) => [collection, pick(collection)])) as Record<CollectionName, string>;
  return {
    catalogueDescription: tr('data.dcat.catalogue'),
    datasetTitle: perCollection((collection) => `${siteName}: ${tr(`collection.${collection}`)}`),
    datasetDescription: perCollection((collection) => tr(`data.dcat.dataset.${collection}`)),
    distributionDescription: Object.fromEntries(distributionKinds.map((kind) => [kind, tr(`data.dcat.distribution.${kind}`)])) as Record<DistributionKind, string>,
  };
}
