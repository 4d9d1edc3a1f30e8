/** The catalogue's DCAT-AP 3 description (see src/outputs/dcat.ts), for open-data portals to harvest. */
import type { APIRoute } from 'astro';
import { dcatResponse } from '../../outputs/data-endpoints.ts';

export const GET: APIRoute = () => dcatResponse('jsonld');
