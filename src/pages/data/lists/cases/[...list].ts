/**
 * /data/lists/cases/country/se/topic/copd.csv (and .json), one pair per static list of cases:
 * exactly the cases the list page shows, all of them (not only its first pages), as CSV and JSON.
 */
import type { APIRoute } from 'astro';
import { listDataPaths, listDataResponse } from '../../../../outputs/data-endpoints.ts';
import type { DownloadFormat } from '../../../../outputs/list-downloads.ts';

export const getStaticPaths = listDataPaths;
export const GET: APIRoute = ({ props }) => listDataResponse(props.ids as string[], props.format as DownloadFormat);
