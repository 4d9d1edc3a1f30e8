/**
 * The web app manifest, built from src/site.config.ts so the name lives in one place (a static
 * public/manifest.webmanifest would repeat it). Icons are in public/icons/.
 */
import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { withBase } from '../i18n/routes.ts';
import { useTranslations } from '../i18n/t.ts';

export const GET: APIRoute = () => {
  const icon = (file: string) => withBase(`/icons/${file}`);
  const manifest = {
    name: site.name,
    short_name: site.shortName,
    description: useTranslations('en')('site.tagline'),
    lang: 'en',
    dir: 'ltr',
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f6c',
    icons: [
      { src: icon('icon.svg'), type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
      { src: icon('icon-192.png'), type: 'image/png', sizes: '192x192', purpose: 'any' },
      { src: icon('icon-512.png'), type: 'image/png', sizes: '512x512', purpose: 'any' },
      { src: icon('maskable-512.png'), type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
};
