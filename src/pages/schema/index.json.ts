/** /schema/index.json: which JSON Schema describes which folder of content/. */
import type { APIRoute } from 'astro';
import { site } from '../../site.config.ts';
import { jsonSchemaIndex } from '../../outputs/json-schema.ts';
import { withBase } from '../../i18n/routes.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonSchemaIndex(new URL(withBase('/schema/'), site.url).href), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
