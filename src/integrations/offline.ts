/**
 * The service worker, generated with Workbox (workbox-build's generateSW) after the site and its
 * search index are written (scripts/postbuild.ts, after buildSearchIndex).
 *
 * - Precached (installed with the worker, atomically): CSS/JS, the search page in every language,
 *   the offline page, Pagefind's runtime, WebAssembly, entry file, metadata, filters and index
 *   chunks, and its fragments while they fit `fragmentPrecacheBudget`.
 * - Runtime-cached: pages the reader opens (network first, cache when offline) and the Pagefind
 *   fragments a search loads (cache first: their names are content hashes).
 * - One build at a time: every cache name carries the build id, the new worker takes over at once
 *   (skipWaiting, clientsClaim) and deletes every cache of another build when it activates; a page
 *   still open from the old build is offered a reload (src/scripts/sw-register.ts).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/** Cache names start with this and the build id; anything else under the prefix is stale. */
export const cachePrefix = 'commons';

/** A build id from what a build serves: the search index's hashes and the hashed asset names. */
export async function buildIdFor(siteDir: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json')).catch(() => Buffer.from('no-index')));
  hash.update(await readFile(join(siteDir, 'search', 'vocabulary.json')).catch(() => Buffer.from('no-vocabulary')));
  const assets = await readdir(join(siteDir, '_astro')).catch(() => [] as string[]);
  hash.update(assets.sort().join('\n'));
  return hash.digest('hex').slice(0, 12);
}

/** The worker's activate step that removes other builds' runtime caches (imported by sw.js). */
export function cleanupScript(buildId: string): string {
  const current = `${cachePrefix}-${buildId}`;
  return `// Deletes caches of other builds, so a reader never gets files of two builds mixed.
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names
    .filter((name) => name.startsWith(${JSON.stringify(`${cachePrefix}-`)}) && !name.startsWith(${JSON.stringify(current)}))
    .map((name) => caches.delete(name)))));
});
`;
}

/**
 * Pagefind's index chunks (word → pages) and fragments (each result's title, URL and text) are
 * precached while each folder fits its budget, so search answers offline even for words never
 * searched online. A catalogue too large for that caches them as searches load them instead, so
 * the first visit never downloads megabytes in the background.
 */
export const indexPrecacheBudget = 8 * 1024 * 1024;
export const fragmentPrecacheBudget = 4 * 1024 * 1024;

async function folderBytes(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let total = 0;
  for (const name of names) total += (await stat(join(dir, name))).size;
  return total;
}

export interface ServiceWorkerReport {
  buildId: string;
  precached: number;
  bytes: number;
  fragmentsPrecached: boolean;
}

export async function buildServiceWorker(siteDir: string, base = ''): Promise<ServiceWorkerReport> {
  const buildId = await buildIdFor(siteDir);
  const cacheId = `${cachePrefix}-${buildId}`;
  const prefix = base.replace(/\/$/, '');
  const cleanupFile = `sw-cleanup.${buildId}.js`;
  await writeFile(join(siteDir, cleanupFile), cleanupScript(buildId));
  const indexFits = (await folderBytes(join(siteDir, 'pagefind', 'index'))) <= indexPrecacheBudget;
  const fragmentsFit = indexFits && (await folderBytes(join(siteDir, 'pagefind', 'fragment'))) <= fragmentPrecacheBudget;
  const { count, size, warnings } = await generateSW({
    swDest: join(siteDir, 'sw.js'),
    globDirectory: siteDir,
    globPatterns: [
      '_astro/**/*.{js,css}',
      '*/search/index.html',
      // The shared vocabulary the search page applies to a query (src/lib/search/query-vocabulary.ts).
      'search/vocabulary.json',
      'offline/index.html',
      'favicon.svg',
      'sw-register.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/*.pf_meta',
      'pagefind/wasm.*.pagefind',
      'pagefind/filter/*.pf_filter',
      ...(indexFits ? ['pagefind/index/*.pf_index'] : []),
      ...(fragmentsFit ? ['pagefind/fragment/*.pf_fragment'] : []),
    ],
    modifyURLPrefix: prefix ? { '': `${prefix}/` } : {},
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cacheId,
    importScripts: [`${prefix}/${cleanupFile}`],
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // /en/search/?q=kol is the precached /en/search/index.html: queries never change the page.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: `${cacheId}-pages`,
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 300 },
          precacheFallback: { fallbackURL: `${prefix}/offline/index.html` },
        },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/pagefind\/(?:index|fragment|filter)\//.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: `${cacheId}-search`, expiration: { maxEntries: 5000 } },
      },
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
        handler: 'CacheFirst',
        options: { cacheName: `${cacheId}-images`, expiration: { maxEntries: 200 } },
      },
    ],
  });
  for (const warning of warnings) console.warn(`[commons:offline] ${warning}`);
  return { buildId, precached: count, bytes: size, fragmentsPrecached: fragmentsFit };
}

/** The build log line for a report; scripts/bench.ts reads it (bench/measure.ts keyLines). */
export function serviceWorkerReportLine(report: ServiceWorkerReport): string {
  return `[commons:offline] service worker for build ${report.buildId}: ${report.precached} files precached (${Math.round(report.bytes / 1024)} KB${report.fragmentsPrecached ? ', search fragments included' : ''})`;
}
