/**
 * The service worker, generated with Workbox (workbox-build's generateSW) after the site and its
 * search index are written (scripts/postbuild.ts, after buildSearchIndex).
 *
 * - Precached (installed with the worker, atomically): CSS/JS, the search page in every language,
 *   the offline page, Pagefind's runtime, WebAssembly, entry file, metadata, filters and index
 *   chunks, and its fragments while they fit `fragmentPrecacheBudget`; for an index in shards
 *   (src/search/shards.ts), the shard list and each shard's own parts alike.
 * - Runtime-cached: pages the reader opens (network first, cache when offline) and the Pagefind
 *   fragments a search loads (cache first: their names are content hashes).
 * - One build at a time: every cache name carries the build id, the new worker takes over at once
 *   (skipWaiting, clientsClaim) and deletes every cache of another build when it activates; a page
 *   still open from the old build is offered a reload (public/sw-register.js).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { locales } from '../i18n/locales.ts';
import { readingListOf, storagePlan, type BuiltPage, type ReadingList } from './reading-list.ts';
import { parseShardManifest, shardManifestFile } from '../search/shards.ts';

/** Cache names start with this and the build id; anything else under the prefix is stale. */
export const cachePrefix = 'commons';

/** A build id from what a build serves: the search index's hashes and the hashed asset names. */
export async function buildIdFor(siteDir: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json')).catch(() => Buffer.from('no-index')));
  // Every shard's entry file too (src/search/shards.ts): a shard can change while the first does not.
  for (const folder of await shardFolders(siteDir)) hash.update(await readFile(join(siteDir, 'pagefind', folder, 'pagefind-entry.json')));
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

/** The shard folders of the search index after the first (shard-2/, …), from its manifest; none without one. */
async function shardFolders(siteDir: string): Promise<string[]> {
  const text = await readFile(join(siteDir, 'pagefind', shardManifestFile), 'utf8').catch(() => undefined);
  return text === undefined ? [] : parseShardManifest(JSON.parse(text));
}

/** The bytes of the files in `sub` (index/ or fragment/) of every shard of the search index. */
async function indexFolderBytes(siteDir: string, sub: string): Promise<number> {
  let total = 0;
  for (const folder of ['', ...(await shardFolders(siteDir))]) total += await folderBytes(join(siteDir, 'pagefind', folder, sub));
  return total;
}

async function folderBytes(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let total = 0;
  for (const name of names) total += (await stat(join(dir, name))).size;
  return total;
}

/** Every `index.html` under `dir`, relative to `siteDir`, with its size. */
async function builtPages(siteDir: string, dir: string): Promise<BuiltPage[]> {
  const entries = await readdir(join(siteDir, dir), { recursive: true, withFileTypes: true }).catch(() => []);
  const pages: BuiltPage[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = join(entry.parentPath, entry.name).slice(siteDir.length + 1).split('\\').join('/');
    pages.push({ file, bytes: (await stat(join(siteDir, file))).size });
  }
  return pages;
}

/**
 * Writes `offline/{lang}.json` for every interface language (src/offline/reading-list.ts):
 * the pages the build wrote under `/{lang}/`, by section, with sizes. From the built files, so it
 * follows whichever entry pages the build gives each language.
 */
export async function writeReadingLists(siteDir: string): Promise<ReadingList[]> {
  const lists: ReadingList[] = [];
  for (const lang of locales) {
    const list = readingListOf(lang, await builtPages(siteDir, lang));
    await writeFile(join(siteDir, 'offline', `${lang}.json`), JSON.stringify(list));
    lists.push(list);
  }
  return lists;
}

/**
 * The worker's part of offline reading (imported by sw.js): on a page's message
 * `{ type: 'commons-store', id, lang, sections, budget }` it fetches `offline/{lang}.json` and stores
 * the planned pages (storagePlan) that are not stored yet into the pages cache, the one the
 * navigation route reads offline, reporting progress (with the request's `id`) to every open page; `commons-store-clear`
 * empties that cache.
 */
export function readingScript(pagesCache: string): string {
  return `// Offline reading: stores the pages of the reader's language (src/offline/service-worker.ts).
const storagePlan = ${storagePlan.toString()};
const pagesCache = ${JSON.stringify(pagesCache)};
let storing;
// Bumped by "remove": a store under way stops, instead of refilling what the reader emptied.
let generation = 0;
const tell = async (message) => {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
};
const storeReading = async ({ lang, sections, budget, id }) => {
  const mine = generation;
  const root = self.registration.scope;
  const response = await fetch(new URL('offline/' + lang + '.json', root));
  if (!response.ok) return;
  const list = await response.json();
  const plan = storagePlan(list, sections, budget);
  const cache = await caches.open(pagesCache);
  let done = 0;
  let bytes = 0;
  const sizes = new Map(list.sections.flatMap((section) => section.pages.map((page, i) => [page, section.sizes[i]])));
  await tell({ type: 'commons-store-progress', id, lang, done, total: plan.pages.length, bytes, planned: plan.bytes });
  for (const page of plan.pages) {
    if (mine !== generation) return;
    const url = new URL(page, root).href;
    if (!(await cache.match(url))) {
      try {
        const fetched = await fetch(url, { credentials: 'same-origin' });
        if (fetched.ok && mine === generation) await cache.put(url, fetched);
      } catch {
        break;
      }
    }
    done += 1;
    bytes += sizes.get(page) || 0;
    if (done % 20 === 0 || done === plan.pages.length) await tell({ type: 'commons-store-progress', id, lang, done, total: plan.pages.length, bytes, planned: plan.bytes });
  }
};
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'commons-store' && typeof data.lang === 'string' && /^[a-z]{2}$/.test(data.lang)) {
    storing = (storing || Promise.resolve()).then(() => storeReading(data)).catch(() => undefined);
    event.waitUntil(storing);
  } else if (data.type === 'commons-store-clear') {
    generation += 1;
    event.waitUntil(caches.delete(pagesCache).then(() => tell({ type: 'commons-store-cleared' })));
  }
});
`;
}

/**
 * A route condition for navigations to pages under `path`. Workbox writes a route's function into
 * sw.js as its source text, so the path is written into the source, not closed over.
 */
function navigationUnder(path: string): (options: { request: Request; sameOrigin: boolean; url: URL }) => boolean {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the source is what Workbox serialises
  return new Function('{ request, sameOrigin, url }', `return sameOrigin && request.mode === 'navigate' && url.pathname.startsWith(${JSON.stringify(path)});`) as (options: { request: Request; sameOrigin: boolean; url: URL }) => boolean;
}

export interface ServiceWorkerReport {
  buildId: string;
  precached: number;
  bytes: number;
  fragmentsPrecached: boolean;
  /** Per language, what offline reading could store: pages and bytes. */
  reading: { lang: string; pages: number; bytes: number }[];
}

export async function buildServiceWorker(siteDir: string, base = ''): Promise<ServiceWorkerReport> {
  const buildId = await buildIdFor(siteDir);
  const cacheId = `${cachePrefix}-${buildId}`;
  const prefix = base.replace(/\/$/, '');
  const cleanupFile = `sw-cleanup.${buildId}.js`;
  await writeFile(join(siteDir, cleanupFile), cleanupScript(buildId));
  const readingFile = `sw-reading.${buildId}.js`;
  await writeFile(join(siteDir, readingFile), readingScript(`${cacheId}-pages`));
  const readingLists = await writeReadingLists(siteDir);
  const indexFits = (await indexFolderBytes(siteDir, 'index')) <= indexPrecacheBudget;
  const fragmentsFit = indexFits && (await indexFolderBytes(siteDir, 'fragment')) <= fragmentPrecacheBudget;
  const { count, size, warnings } = await generateSW({
    swDest: join(siteDir, 'sw.js'),
    globDirectory: siteDir,
    globPatterns: [
      '_astro/**/*.{js,css}',
      '*/search/index.html',
      // The shared vocabulary the search page applies to a query (src/search/query-vocabulary.ts).
      'search/vocabulary.json',
      'offline/index.html',
      // The offline page with the reader's language first, one per language (src/pages/offline/).
      'offline/*/index.html',
      'favicon.svg',
      'sw-register.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      `pagefind/${shardManifestFile}`,
      'pagefind/*.pf_meta',
      'pagefind/wasm.*.pagefind',
      'pagefind/filter/*.pf_filter',
      ...(indexFits ? ['pagefind/index/*.pf_index'] : []),
      ...(fragmentsFit ? ['pagefind/fragment/*.pf_fragment'] : []),
      // The other shards' own parts (they use the first one's code and wasm).
      'pagefind/shard-*/pagefind-entry.json',
      'pagefind/shard-*/*.pf_meta',
      'pagefind/shard-*/filter/*.pf_filter',
      ...(indexFits ? ['pagefind/shard-*/index/*.pf_index'] : []),
      ...(fragmentsFit ? ['pagefind/shard-*/fragment/*.pf_fragment'] : []),
    ],
    modifyURLPrefix: prefix ? { '': `${prefix}/` } : {},
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cacheId,
    importScripts: [`${prefix}/${cleanupFile}`, `${prefix}/${readingFile}`],
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
      // A page never stored: the offline page in the language of the page asked for (its /{lang}/
      // prefix), the others below it; any other page: the six-language one, English first. No
      // expiration: the reader chose what to store (offline reading, readingScript) and visited
      // pages are few beside it.
      ...locales.map((lang) => ({
        urlPattern: navigationUnder(`${prefix}/${lang}/`),
        handler: 'NetworkFirst' as const,
        options: {
          cacheName: `${cacheId}-pages`,
          networkTimeoutSeconds: 4,
          precacheFallback: { fallbackURL: `${prefix}/offline/${lang}/index.html` },
        },
      })),
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: `${cacheId}-pages`,
          networkTimeoutSeconds: 4,
          precacheFallback: { fallbackURL: `${prefix}/offline/index.html` },
        },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/pagefind\/(?:shard-\d+\/)?(?:index|fragment|filter)\//.test(url.pathname),
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
  return { buildId, precached: count, bytes: size, fragmentsPrecached: fragmentsFit, reading: readingLists.map((list) => ({ lang: list.lang, pages: list.sections.reduce((n, section) => n + section.pages.length, 0), bytes: list.bytes })) };
}

/** The build log line for a report; scripts/bench.ts reads it (bench/measure.ts keyLines). */
export function serviceWorkerReportLine(report: ServiceWorkerReport): string {
  const reading = report.reading.map((list) => `${list.lang} ${list.pages} pages ${(list.bytes / 1024 / 1024).toFixed(1)} MB`).join(', ');
  return `[commons:offline] service worker for build ${report.buildId}: ${report.precached} files precached (${Math.round(report.bytes / 1024)} KB${report.fragmentsPrecached ? ', search fragments included' : ''}); offline reading: ${reading}`;
}
