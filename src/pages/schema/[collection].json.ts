/**
 * /schema/<collection>.json: the JSON Schema of each collection, generated from the zod schemas,
 * with the templates' help as descriptions and today's ids as completion examples.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionNames, type CollectionName } from '../../schema/collections.ts';
import { schemaResponse } from '../../outputs/data-endpoints.ts';

export const getStaticPaths = (() => collectionNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => schemaResponse(params.collection as CollectionName);
