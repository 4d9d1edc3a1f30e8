/**
 * The Astro side of the catalogue: reads the content collections once per build and hands the
 * pure derivation in catalogue.ts plain data. Pages and endpoints call `loadCatalogue()`.
 */
import { getCollection } from 'astro:content';
import { deriveCatalogue, type Catalogue, type CatalogueInput } from './catalogue.ts';
import type { CollectionName } from '../schema/collections.ts';

let cached: Promise<Catalogue> | undefined;

async function read<C extends CollectionName>(collection: C) {
  const entries = await getCollection(collection);
  return entries.map((entry) => ({
    collection,
    id: entry.id,
    data: entry.data,
    ...(entry.filePath ? { filePath: entry.filePath } : {}),
  }));
}

export function loadCatalogue(): Promise<Catalogue> {
  cached ??= (async () => {
    const input = {
      cases: await read('cases'),
      methods: await read('methods'),
      topics: await read('topics'),
      organisations: await read('organisations'),
      events: await read('events'),
      requirements: await read('requirements'),
    } as CatalogueInput;
    return deriveCatalogue(input);
  })();
  return cached;
}
