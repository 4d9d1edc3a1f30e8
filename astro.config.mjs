// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://nordic-welfare-tech-commons.github.io',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
