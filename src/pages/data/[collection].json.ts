/** /data/cases.json and one per collection: every entry, every structured field, references resolved. */
import type { APIRoute } from 'astro';
import { collectionPaths, jsonResponse } from '../../outputs/data-endpoints.ts';
import type { CollectionName } from '../../schema/collections.ts';

export const getStaticPaths = collectionPaths;
export const GET: APIRoute = ({ params }) => jsonResponse(params.collection as CollectionName);
