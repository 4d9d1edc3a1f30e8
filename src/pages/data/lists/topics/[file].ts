/** /data/lists/topics/{id}.csv (and .json): the cases a topic's comparison page compares, as it lists them. */
import type { APIRoute } from 'astro';
import { listDataResponse, topicListPaths } from '../../../../outputs/data-endpoints.ts';
import type { DownloadFormat } from '../../../../outputs/list-downloads.ts';

export const getStaticPaths = topicListPaths;
export const GET: APIRoute = ({ props }) => listDataResponse(props.ids as string[], props.format as DownloadFormat);
