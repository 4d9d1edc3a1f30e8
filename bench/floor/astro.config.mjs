// @ts-check
// The bare floor for `npm run bench`: what Astro + MDX + Pagefind cost on the same entries with no
// schema, no checks, no derived links, one plain page per entry and nothing else. The full site's
// build time and memory are compared against this.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(process.env.COMMONS_OUT_DIR ? { outDir: process.env.COMMONS_OUT_DIR } : {}),
  ...(process.env.COMMONS_CACHE_DIR ? { cacheDir: process.env.COMMONS_CACHE_DIR } : {}),
  integrations: [mdx()],
});
