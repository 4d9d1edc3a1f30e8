/**
 * The Astro side of the open-data files under /data/ and /schema/: the catalogue, the URL
 * builders, the build date, and every file's text computed once per build (the data pages show
 * each file's size, and the DCAT-AP description states it). The pure work is in export.ts,
 * dcat.ts and json-schema.ts.
 */
import { loadCatalogue } from '../lib/load-catalogue.ts';
import { caseListColumns, caseListRecords, collectionCsv, collectionRecords, dataPackage, recordsById, toCsv, toJson, type ExportLinks } from './export.ts';
import { exportCollections } from '../schema/collection-registry.ts';
import { caseListIndex, canonicalSteps } from '../lib/case-lists.ts';
import { casesOfTopic, topicComparison } from '../lib/comparison.ts';
import { downloadFormats, listDataParam, listDataPath, type DownloadFormat } from './list-downloads.ts';
import { dcatGraph, dcatTexts, toRdfXml, toTurtle, triplesOf, type DcatOptions } from './dcat.ts';
import { jsonSchemaFor } from './json-schema.ts';
import { fieldHelpFromTemplate } from '../contribute/scaffold.ts';
import { templateText } from '../contribute/templates.ts';
import { eventCalendarPath } from './feed-endpoints.ts';
import { memoByKey } from '../lib/memo.ts';
import type { Catalogue } from '../lib/catalogue.ts';
import { site } from '../site.config.ts';
import { absoluteUrl, entryPath, pathFor, withBase, type FacetStep } from '../i18n/routes.ts';
import { locales } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import { collectionNames, type CollectionName } from '../schema/collections.ts';

export const exportLinks: ExportLinks = {
  entryUrl: (entry) => absoluteUrl(entryPath(entry)),
  entryDataUrl: (entry) => absoluteUrl(entryDataPath(entry.collection, entry.id)),
  eventCalendarUrl: (event) => {
    const path = eventCalendarPath(event);
    return path ? absoluteUrl(path) : undefined;
  },
};

/**
 * When this build was made: the date the files are cited by. SOURCE_DATE_EPOCH (seconds), when
 * set, makes it reproducible.
 */
export const buildDate: Date = process.env['SOURCE_DATE_EPOCH'] ? new Date(Number(process.env['SOURCE_DATE_EPOCH']) * 1000) : new Date();

/** The path of a file under /data/ (with the site's base). */
export const dataPath = (file = '') => withBase(`/data/${file}`);
/** Where one entry's record lives: /data/{collection}/{id}.json. */
export const entryDataPath = (collection: CollectionName, id: string) => dataPath(`${collection}/${encodeURIComponent(id)}.json`);
/** Where each collection's JSON Schema is published. */
export const schemaPath = (collection: CollectionName) => withBase(`/schema/${collection}.json`);

/** The catalogue's DCAT-AP description, in three syntaxes. */
export const dcatFiles = { turtle: 'catalog.ttl', jsonld: 'catalog.jsonld', rdfxml: 'catalog.rdf' } as const;
export type DcatSyntax = keyof typeof dcatFiles;
export const dcatMediaTypes: Record<DcatSyntax, string> = { turtle: 'text/turtle', jsonld: 'application/ld+json', rdfxml: 'application/rdf+xml' };

export const collectionPaths = () => exportCollections.map((collection) => ({ params: { collection } }));

/** A collection's records, computed once per build and shared by the collection file and the per-entry files. */
export const recordsOf = memoByKey((catalogue: Catalogue, collection: CollectionName) => {
  const records = collectionRecords(catalogue, collection, exportLinks);
  return { records, byId: recordsById(records) };
});

/** Every open-data file's text, by its site path (e.g. /data/cases.csv), made once per build. */
const fileText = memoByKey((catalogue: Catalogue, path: string): string => {
  for (const collection of exportCollections) {
    if (path === dataPath(`${collection}.json`)) return toJson(recordsOf(catalogue, collection).records, 'compact');
    if (path === dataPath(`${collection}.csv`)) return collectionCsv(catalogue, collection, exportLinks);
  }
  for (const collection of collectionNames) if (path === schemaPath(collection)) return schemaText(catalogue, collection);
  if (path === dataPath('datapackage.json')) return toJson(dataPackageOf(catalogue));
  for (const [syntax, file] of Object.entries(dcatFiles) as [DcatSyntax, string][]) if (path === dataPath(file)) return dcatText(catalogue, syntax);
  throw new Error(`${path}: not an open-data file`);
});

/** Size in bytes of an open-data file (UTF-8, as served). */
export function fileSize(catalogue: Catalogue, path: string): number {
  return Buffer.byteLength(fileText(catalogue, path), 'utf8');
}

function schemaText(catalogue: Catalogue, collection: CollectionName): string {
  const knownIds = Object.fromEntries(collectionNames.map((name) => [name, catalogue[name].map((entry) => entry.id)]));
  const schema = jsonSchemaFor(collection, {
    baseUrl: new URL(withBase('/schema/'), site.url).href,
    knownIds,
    descriptions: fieldHelpFromTemplate(templateText(collection)),
  });
  return JSON.stringify(schema, null, 2);
}

function dataPackageOf(catalogue: Catalogue) {
  return dataPackage(catalogue, {
    name: 'nordic-welfare-tech-commons',
    title: site.name,
    siteUrl: absoluteUrl(withBase('/')),
    dataUrl: (file) => absoluteUrl(dataPath(file)),
    schemaUrl: (collection) => absoluteUrl(schemaPath(collection)),
    licence: site.contentLicence,
    created: buildDate.toISOString(),
  });
}

/** The options the catalogue is described with: this site's addresses, publisher, mailbox and texts. */
export function dcatOptions(catalogue: Catalogue): DcatOptions {
  const sizes = new Map<string, number>();
  for (const collection of exportCollections) {
    for (const path of [dataPath(`${collection}.json`), dataPath(`${collection}.csv`), schemaPath(collection)]) sizes.set(absoluteUrl(path), fileSize(catalogue, path));
  }
  sizes.set(absoluteUrl(dataPath('datapackage.json')), fileSize(catalogue, dataPath('datapackage.json')));
  return {
    title: site.name,
    homepage: absoluteUrl(withBase('/')),
    dataPage: absoluteUrl(dataPath()),
    dataUrl: (file) => absoluteUrl(dataPath(file)),
    schemaUrl: (collection) => absoluteUrl(schemaPath(collection)),
    landingPage: (collection) => absoluteUrl(pathFor('en', collection)),
    publisher: { name: site.publisher.name, homepage: absoluteUrl(withBase('/')), type: site.publisher.type, typeLabel: site.publisher.typeLabel },
    contactEmail: site.contactEmail,
    texts: Object.fromEntries(locales.map((locale) => [locale, dcatTexts(useTranslations(locale), site.name)])) as DcatOptions['texts'],
    byteSize: (url) => sizes.get(url),
  };
}

function dcatText(catalogue: Catalogue, syntax: DcatSyntax): string {
  const graph = dcatGraph(catalogue, dcatOptions(catalogue));
  if (syntax === 'jsonld') return toJson(graph);
  const triples = triplesOf(graph);
  return syntax === 'turtle' ? toTurtle(triples) : toRdfXml(triples);
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const CSV_TYPE = { 'content-type': 'text/csv; charset=utf-8; header=present' };

export async function jsonResponse(collection: CollectionName): Promise<Response> {
  return new Response(fileText(await loadCatalogue(), dataPath(`${collection}.json`)), { headers: JSON_TYPE });
}

export async function csvResponse(collection: CollectionName): Promise<Response> {
  return new Response(fileText(await loadCatalogue(), dataPath(`${collection}.csv`)), { headers: CSV_TYPE });
}

export async function schemaResponse(collection: CollectionName): Promise<Response> {
  return new Response(fileText(await loadCatalogue(), schemaPath(collection)), { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
}

export async function dataPackageResponse(): Promise<Response> {
  return new Response(fileText(await loadCatalogue(), dataPath('datapackage.json')), { headers: JSON_TYPE });
}

export async function dcatResponse(syntax: DcatSyntax): Promise<Response> {
  return new Response(fileText(await loadCatalogue(), dataPath(dcatFiles[syntax])), { headers: { 'content-type': `${dcatMediaTypes[syntax]}; charset=utf-8` } });
}

/** Every entry of every collection, for /data/{collection}/{id}.json. */
export async function entryDataPaths() {
  const catalogue = await loadCatalogue();
  return exportCollections.flatMap((collection) => catalogue[collection].map((entry) => ({ params: { collection, id: entry.id } })));
}

export async function entryJsonResponse(collection: CollectionName, id: string): Promise<Response> {
  const record = recordsOf(await loadCatalogue(), collection).byId.get(id);
  if (!record) throw new Error(`/data/${collection}/${id}.json: no entry "${id}" in ${collection}`);
  return new Response(toJson(record), { headers: JSON_TYPE });
}

// ---------------------------------------------------------------- filtered downloads

/** Every static list of cases (as the list pages have them), by its facet steps, with its case ids in list order. */
export function staticCaseLists(catalogue: Catalogue): { steps: FacetStep[]; ids: string[] }[] {
  const lists: { steps: FacetStep[]; ids: string[] }[] = [];
  for (const [key, ids] of caseListIndex(catalogue).lists) {
    if (!key) continue;
    const steps = canonicalSteps(
      key.split('&').map((pair) => {
        const [facet, value] = pair.split('=') as [string, string];
        return { facet, value };
      }),
    );
    lists.push({ steps, ids });
  }
  return lists;
}

/** /data/lists/cases/{facet}/{value}[/{facet}/{value}].csv|json: one pair of files per static list. */
export async function listDataPaths() {
  const catalogue = await loadCatalogue();
  return staticCaseLists(catalogue).flatMap(({ steps, ids }) =>
    downloadFormats.map((format) => ({ params: { list: listDataParam(steps, format) }, props: { ids, format } })),
  );
}

/** The cases of one list, exactly as the list shows them: same rows, same order. */
export async function listDataResponse(ids: readonly string[], format: DownloadFormat): Promise<Response> {
  const catalogue = await loadCatalogue();
  if (format === 'csv') {
    const entries = ids.map((id) => catalogue.caseById.get(id)!);
    return new Response(toCsv(caseListColumns, entries, catalogue, exportLinks), { headers: CSV_TYPE });
  }
  const { byId } = recordsOf(catalogue, 'cases');
  const records = caseListRecords(ids.map((id) => byId.get(id)!));
  return new Response(toJson(records, 'compact'), { headers: JSON_TYPE });
}

/** /data/lists/topics/{id}.csv|json: the cases a topic's comparison page compares (narrower topics included). */
export const topicListPath = (topicId: string, format: DownloadFormat) => dataPath(`lists/topics/${encodeURIComponent(topicId)}.${format}`);

/**
 * The files a topic page offers: its topic's list of cases, or, when the comparison also takes in
 * narrower topics, files of its own (the only ones /data/lists/topics/ holds).
 */
export function topicDownloads(catalogue: Catalogue, topicId: string): { csv: string; json: string } {
  if (topicComparison(catalogue, topicId).includesNarrower) return { csv: topicListPath(topicId, 'csv'), json: topicListPath(topicId, 'json') };
  const steps = [{ facet: 'topic', value: topicId }];
  return { csv: listDataPath(steps, 'csv'), json: listDataPath(steps, 'json') };
}

export async function topicListPaths() {
  const catalogue = await loadCatalogue();
  return catalogue.topics.flatMap((topic) => {
    if (!topicComparison(catalogue, topic.id).includesNarrower) return [];
    const ids = casesOfTopic(catalogue, topic.id).map((entry) => entry.id);
    return downloadFormats.map((format) => ({ params: { file: `${topic.id}.${format}` }, props: { ids, format } }));
  });
}
