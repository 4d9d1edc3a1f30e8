/**
 * The Astro side of the open-data files under /data/: the catalogue, the URL builders and the
 * response types. The pure work is in export.ts (and dcat.ts for the catalogue description).
 */
import { loadCatalogue } from './load-catalogue.ts';
import { collectionCsv, collectionRecords, dataPackage, exportCollections, recordsById, toJson, type ExportLinks } from './export.ts';
import { eventCalendarPath } from './feed-endpoints.ts';
import { memoByKey } from './memo.ts';
import type { Catalogue } from './catalogue.ts';
import { site } from '../site.config.ts';
import { absoluteUrl, entryPath, withBase } from '../i18n/routes.ts';
import type { CollectionName } from '../schema/collections.ts';

export const exportLinks: ExportLinks = {
  entryUrl: (entry) => absoluteUrl(entryPath(entry)),
  eventCalendarUrl: (event) => {
    const path = eventCalendarPath(event);
    return path ? absoluteUrl(path) : undefined;
  },
};

/** The path of a file under /data/ (with the site's base). */
export const dataPath = (file = '') => withBase(`/data/${file}`);
/** Where one entry's record lives: /data/{collection}/{id}.json. */
export const entryDataPath = (collection: CollectionName, id: string) => dataPath(`${collection}/${encodeURIComponent(id)}.json`);
/** Where the contribution tooling publishes each collection's JSON Schema. */
export const schemaPath = (collection: CollectionName) => withBase(`/schema/${collection}.json`);

export const collectionPaths = () => exportCollections.map((collection) => ({ params: { collection } }));

/** A collection's records, computed once per build and shared by the collection file and the per-entry files. */
export const recordsOf = memoByKey((catalogue: Catalogue, collection: CollectionName) => {
  const records = collectionRecords(catalogue, collection, exportLinks);
  return { records, byId: recordsById(records) };
});

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const CSV_TYPE = { 'content-type': 'text/csv; charset=utf-8; header=present' };

export async function jsonResponse(collection: CollectionName): Promise<Response> {
  return new Response(toJson(recordsOf(await loadCatalogue(), collection).records, 'compact'), { headers: JSON_TYPE });
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

export async function csvResponse(collection: CollectionName): Promise<Response> {
  const csv = collectionCsv(await loadCatalogue(), collection, exportLinks);
  return new Response(csv, { headers: CSV_TYPE });
}

export async function dataPackageResponse(): Promise<Response> {
  const descriptor = dataPackage(await loadCatalogue(), {
    name: 'nordic-welfare-tech-commons',
    title: site.name,
    siteUrl: absoluteUrl(withBase('/')),
    dataUrl: (file) => absoluteUrl(dataPath(file)),
    schemaUrl: (collection) => absoluteUrl(schemaPath(collection)),
    licence: site.contentLicence,
    created: new Date().toISOString(),
  });
  return new Response(toJson(descriptor), { headers: JSON_TYPE });
}
