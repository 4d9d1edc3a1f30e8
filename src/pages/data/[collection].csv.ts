/** /data/cases.csv and one per collection: RFC 4180, UTF-8 with BOM, one row per entry. */
import type { APIRoute } from 'astro';
import { collectionPaths, csvResponse } from '../../outputs/data-endpoints.ts';
import type { CollectionName } from '../../schema/collections.ts';

export const getStaticPaths = collectionPaths;
export const GET: APIRoute = ({ params }) => csvResponse(params.collection as CollectionName);
