/**
 * /schema/<collection>.json: the JSON Schema of each collection, generated from the zod schemas,
 * with the templates' help as descriptions and today's ids as completion examples.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../../site.config.ts';
import { collectionNames, type CollectionName } from '../../schema/collections.ts';
import { jsonSchemaFor } from '../../lib/json-schema.ts';
import { fieldHelpFromTemplate } from '../../lib/scaffold.ts';
import { templateText } from '../../lib/templates.ts';
import { withBase } from '../../i18n/routes.ts';

export const getStaticPaths = (() => collectionNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as CollectionName;
  const knownIds = Object.fromEntries(
    await Promise.all(collectionNames.map(async (name) => [name, (await getCollection(name)).map((entry) => entry.id)] as const)),
  );
  const schema = jsonSchemaFor(collection, {
    baseUrl: new URL(withBase('/schema/'), site.url).href,
    knownIds,
    descriptions: fieldHelpFromTemplate(templateText(collection)),
  });
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
