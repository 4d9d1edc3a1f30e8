/**
 * The second half of `npm run build`: after `astro build` has written the site and exited, builds
 * the search index (src/search/build-index.ts) and then the service worker, which precaches
 * the index (src/offline/service-worker.ts). A separate process, so Astro's memory is released
 * before Pagefind's is taken: inside `astro:build:done` the two peaks added up.
 *
 * Reads the same settings as astro.config.mjs: COMMONS_OUT_DIR (else dist/) and the site's base
 * path. Prints the log lines scripts/bench.ts reads (`[commons:search-index] indexed …`,
 * `[commons:offline] …`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSearchIndex, indexReportLine } from '../src/search/build-index.ts';
import { site } from '../src/site.config.ts';

const siteDir = resolve(process.env.COMMONS_OUT_DIR ?? 'dist');
if (!existsSync(siteDir)) {
  console.error(`[commons:postbuild] no built site in ${siteDir}: run astro build first`);
  process.exit(1);
}
// As astro.config.mjs passes it to Astro; '' at the root of a host.
const base: string = site.base;

console.log(indexReportLine(await buildSearchIndex({ siteDir })));
// Imported only now: Workbox's build tooling adds ~80 MB to this process, which would otherwise be
// held while Pagefind's process reaches the build's peak memory.
const { buildServiceWorker, serviceWorkerReportLine } = await import('../src/offline/service-worker.ts');
console.log(serviceWorkerReportLine(await buildServiceWorker(siteDir, base)));
