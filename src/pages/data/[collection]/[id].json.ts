/** /data/cases/{id}.json and one per entry of every collection: the entry's record, as in the collection file. */
import type { APIRoute } from 'astro';
import { entryDataPaths, entryJsonResponse } from '../../../outputs/data-endpoints.ts';
import type { CollectionName } from '../../../schema/collections.ts';

export const getStaticPaths = entryDataPaths;
export const GET: APIRoute = ({ params }) => entryJsonResponse(params.collection as CollectionName, params.id!);
