// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { markdownConfig, renderedBodyGuard } from './src/checks/rendered-body.ts';
import contentGuard from './src/checks/content-guard.ts';
import { site } from './src/site.config.ts';
import { astroCspConfig } from './src/lib/csp.ts';
import { incrementalBuild } from './src/lib/page-cache-key.ts';
import sitemap from '@astrojs/sitemap';
import { sitemapOptions } from './src/outputs/sitemap.ts';

export default defineConfig({
  site: site.url,
  ...(site.base ? { base: site.base } : {}),
  trailingSlash: 'always',
  // Four pages rendered at a time overlap one page's file write with the next one's rendering: at
  // 10,000 entries `astro build` took 41 and 43 s instead of 44 and 50 s (alternating runs), with
  // no higher peak memory. Per-page times in Astro's log then overlap (BENCHMARKS.md).
  // Stylesheets as hashed files, never inlined: the ~6 KB of CSS every page shares is fetched once and
  // cached, instead of repeated in every page (about 6 KB × six interface languages × every entry).
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // Completion and validation of Markdown frontmatter in VS Code (Astro extension; CONTRIBUTING.md).
  // COMMONS_INCREMENTAL=1: Astro's incremental build reuses a page whose template and cacheKey are
  // unchanged since the last build in cacheDir (case pages return one: src/lib/page-cache-key.ts).
  experimental: { contentIntellisense: true, ...(incrementalBuild ? { incrementalBuild: true } : {}) },
  // Parallel builds (tests, benchmarks) may each use their own output and cache folders.
  ...(process.env.COMMONS_OUT_DIR ? { outDir: process.env.COMMONS_OUT_DIR } : {}),
  ...(process.env.COMMONS_CACHE_DIR ? { cacheDir: process.env.COMMONS_CACHE_DIR } : {}),
  // A per-page CSP meta with hashes of Astro's inline scripts and styles (src/lib/csp.ts).
  security: { csp: astroCspConfig() },
  // Every entry body is rendered with the allowlist plugin (src/checks/rendered-body.ts): raw HTML
  // is parsed into elements and any element, attribute or address outside the allowlist stops the
  // build, naming the file and line. The content check renders with the same function and options.
  // Shiki colours code with inline style attributes, which the CSP (no 'unsafe-inline') blocks, so
  // syntax highlighting is off.
  markdown: markdownConfig(),
  // The content guard checks content/ before anything is compiled; it must come before mdx().
  // The search index and the service worker are built after `astro build` exits, by
  // scripts/postbuild.ts (`npm run build`), so Astro's memory is freed before Pagefind's is taken.
  integrations: [contentGuard(), renderedBodyGuard(), mdx(), sitemap(sitemapOptions(process.env.COMMONS_OUT_DIR ?? 'dist'))],
});
