/** A Frictionless Data Package describing every file under /data/. */
import type { APIRoute } from 'astro';
import { dataPackageResponse } from '../../outputs/data-endpoints.ts';

export const GET: APIRoute = () => dataPackageResponse();
