/**
 * The Astro side of the open-data files under /data/: the catalogue, the URL builders and the
 * response types. The pure work is in export.ts.
 */
import { loadCatalogue } from './load-catalogue.ts';
import { collectionCsv, collectionRecords, dataPackage, exportCollections, toJson, type ExportLinks } from './export.ts';
import { eventCalendarPath } from './feed-endpoints.ts';
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
/** Where the contribution tooling publishes each collection's JSON Schema. */
export const schemaPath = (collection: CollectionName) => withBase(`/schema/${collection}.json`);

export const collectionPaths = () => exportCollections.map((collection) => ({ params: { collection } }));

export async function jsonResponse(collection: CollectionName): Promise<Response> {
  const records = collectionRecords(await loadCatalogue(), collection, exportLinks);
  return new Response(toJson(records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

export async function csvResponse(collection: CollectionName): Promise<Response> {
  const csv = collectionCsv(await loadCatalogue(), collection, exportLinks);
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
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
  return new Response(toJson(descriptor), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
