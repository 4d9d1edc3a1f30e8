/** robots.txt: everything may be indexed; the sitemap (with hreflang alternates) is named here. */
import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { absoluteUrl, withBase } from '../i18n/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('/sitemap-index.xml'), site.url)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
