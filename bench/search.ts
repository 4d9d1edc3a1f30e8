/**
 * Search cost per query in headless Chromium: latency and bytes transferred, for our search page and
 * for stock Pagefind on the same entries (the floor build, indexed by Pagefind with its defaults).
 *
 * Both are measured cold, as a reader's first search: a fresh browser context with an empty cache,
 * so the figure includes loading the search code, the WebAssembly, the index chunks and the result
 * fragments.
 * - ours: open `/en/search/?q=…` and time from the document's arrival to the first result link
 *   inside `[data-search-results]`; bytes are every response except the HTML document and CSS,
 *   until the network is idle (the whole result list, not only the first link).
 * - stock: on a blank page of the floor site in the query's language, `import('/pagefind/pagefind.js')`,
 *   `init()`, `search(q)` and `data()` of the first 10 results (what a results list shows); bytes
 *   are every response after the blank page.
 * - ours, engine only: the same steps as stock, on a blank page of our site: our bundle, our ranking
 *   options and our folded query, plus what the search page does around Pagefind: fetching the
 *   shared vocabulary (/search/vocabulary.json) while Pagefind starts, and the searches that apply
 *   it (src/search/union.ts, bundled for the page with esbuild); `data()` of the first 10. It
 *   separates what our index costs from what our search page costs (its HTML, CSS and script
 *   before Pagefind starts).
 * - stock, search page: Pagefind's own Default UI (`pagefind-ui.js`) on a page of the floor in the
 *   query's language, timed like ours, from the document's arrival to the first result link, with
 *   the query started by `triggerSearch` once the page has loaded. It is the page-for-page
 *   counterpart of ours, as the API measurement is the engine-for-engine one.
 * Each query is measured `rounds` times and the median kept, so one slow run does not decide a row.
 * Bytes are counted as a host that gzips text would send them (see countBytes).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Request } from 'playwright-core';
import { buildSync } from 'esbuild';
import { pagefindQuery, searchRanking } from '../src/search/query.ts';

export interface QueryCost {
  query: string;
  ms: number | null;
  bytes: number;
  results: number;
  error?: string | undefined;
}

/**
 * A fixed query set: topic words in all six languages, compounds, abbreviations, a place. Each has
 * the language a reader typing it would use: stock Pagefind searches only the index of the page's
 * `<html lang>`, so it is measured on a page in that language (its best case).
 */
export const benchQueries: readonly { query: string; lang: string }[] = [
  { query: 'hemmonitorering', lang: 'sv' },
  { query: 'trygghetslarm', lang: 'sv' },
  { query: 'etäseuranta', lang: 'fi' },
  { query: 'lääkeannostelija', lang: 'fi' },
  { query: 'KOL', lang: 'da' },
  { query: 'skærmbesøg', lang: 'da' },
  { query: 'velferdsteknologi', lang: 'nb' },
  { query: 'Tromsø', lang: 'nb' },
  { query: 'fjarvöktun', lang: 'is' },
  { query: 'video consultation', lang: 'en' },
];

/** Writes a blank page per language for the stock measurement into the floor's output. */
export function prepareStock(floorDist: string, langs: readonly string[]): (lang: string) => string {
  for (const lang of langs) {
    writeFileSync(
      join(floorDist, `__bench-stock-${lang}.html`),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>stock pagefind bench</title></head><body></body></html>`,
    );
  }
  return (lang) => `/__bench-stock-${lang}.html`;
}

/**
 * The query-time vocabulary code of the search page (query-vocabulary.ts, union.ts) as one script
 * that defines `__commons` on the page, so the engine measurement runs the same searches.
 */
let vocabularyScript: string | undefined;
function commonsSearchScript(): string {
  vocabularyScript ??= buildSync({
    stdin: {
      contents: "export { expandQuery } from './src/search/query-vocabulary.ts'; export { searchUnion } from './src/search/union.ts';",
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__commons',
    target: 'es2022',
  }).outputFiles[0]!.text;
  return vocabularyScript;
}

/**
 * Pagefind's API on an already loaded blank page: import, `options` (when given), `init`, `search`
 * and `data()` of the top 10, timed from the import. With `vocabulary` (ours), the vocabulary is
 * fetched while Pagefind starts and the query is searched with it, as the search page does.
 */
async function measureEngine(browser: Browser, url: string, query: string, term: string, options?: Record<string, unknown>, vocabulary?: string): Promise<QueryCost> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // Evaluated through DevTools, which the page's CSP (no inline scripts) does not govern.
    if (vocabulary) await page.evaluate(commonsSearchScript());
    const bytes = countBytes(page, () => true);
    const cost = await page.evaluate(
      async ({ q, term, options, vocabulary }) => {
        interface Result { data: () => Promise<unknown> }
        interface Pagefind {
          options(options: Record<string, unknown>): Promise<void>;
          init(): Promise<void>;
          search(term: string): Promise<{ results: Result[] }>;
        }
        interface Commons {
          expandQuery(vocabulary: unknown, term: string): unknown;
          searchUnion(engine: unknown, term: string, filters: object, expansion: unknown): Promise<{ results: Result[] }>;
        }
        const t0 = performance.now();
        const loading = vocabulary ? fetch(vocabulary).then((response) => response.json()) : undefined;
        // A URL of the served site, not a module TypeScript can resolve: typed by hand above.
        const bundle: string = '/pagefind/pagefind.js';
        const pagefind = (await import(bundle)) as Pagefind;
        if (options) await pagefind.options(options);
        await pagefind.init();
        const commons = (globalThis as unknown as { __commons?: Commons }).__commons;
        const search: { results: Result[] } = loading && commons
          ? await commons.searchUnion(pagefind, term, {}, commons.expandQuery(await loading, term))
          : await pagefind.search(term);
        await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
        return { query: q, ms: performance.now() - t0, bytes: 0, results: search.results.length };
      },
      { q: query, term, options, vocabulary },
    );
    return { ...cost, bytes: await bytes() };
  } catch (error) {
    return { query, ms: null, bytes: 0, results: 0, error: (error as Error).message.split('\n')[0] };
  } finally {
    await context.close();
  }
}

/** Stock Pagefind: its API with default options, the query as typed, on a floor page in the query's language. */
export function measureStock(browser: Browser, baseUrl: string, pagePath: string, query: string): Promise<QueryCost> {
  return measureEngine(browser, `${baseUrl}${pagePath}`, query, query);
}

/** Writes a page per language with Pagefind's Default UI into the floor's output; returns its path. */
export function prepareStockUi(floorDist: string, langs: readonly string[]): (lang: string) => string {
  for (const lang of langs) {
    writeFileSync(
      join(floorDist, `__bench-stock-ui-${lang}.html`),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>stock pagefind ui bench</title>` +
        `<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>` +
        `<body><main><div id="search"></div></main><script>addEventListener('DOMContentLoaded', () => {` +
        `const ui = new PagefindUI({ element: '#search', showSubResults: false, showImages: false });` +
        `const q = new URLSearchParams(location.search).get('q'); if (q) ui.triggerSearch(q); });</script></body></html>`,
    );
  }
  return (lang) => `/__bench-stock-ui-${lang}.html`;
}

/**
 * Time from the document's arrival to the first link matching `selector`, and the bytes after the
 * document and CSS. A query with no results is answered when `answered` appears (ours: the
 * search state "done"; stock UI: its result list, which it also draws just before the links of a
 * query that has results, so a stock answer without links counts once `settleMs` pass without one).
 */
async function measurePage(browser: Browser, url: string, query: string, selector: string, answered: string, settleMs: number): Promise<QueryCost> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(({ linkSelector, answeredSelector }) => {
      const state = globalThis as unknown as { __resultsAt?: number; __answeredAt?: number };
      const check = () => {
        if (state.__resultsAt === undefined && document.querySelector(linkSelector)) state.__resultsAt = performance.now();
        if (state.__answeredAt === undefined && document.querySelector(answeredSelector)) state.__answeredAt = performance.now();
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    }, { linkSelector: selector, answeredSelector: answered });
    const bytes = countBytes(page, (request) => request.resourceType() !== 'document' && request.resourceType() !== 'stylesheet');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (settle) => {
        const state = globalThis as unknown as { __resultsAt?: number; __answeredAt?: number };
        return state.__resultsAt !== undefined || (state.__answeredAt !== undefined && performance.now() - state.__answeredAt >= settle);
      },
      settleMs,
      { timeout: 30_000, polling: 50 },
    );
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    const cost = await page.evaluate(
      ({ q, linkSelector }) => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const state = globalThis as unknown as { __resultsAt?: number; __answeredAt: number };
        const at = state.__resultsAt ?? state.__answeredAt;
        return { query: q, ms: at - navigation.responseEnd, bytes: 0, results: document.querySelectorAll(linkSelector).length };
      },
      { q: query, linkSelector: selector },
    );
    return { ...cost, bytes: await bytes() };
  } catch (error) {
    return { query, ms: null, bytes: 0, results: 0, error: (error as Error).message.split('\n')[0] };
  } finally {
    await context.close();
  }
}

/** Stock Pagefind's Default UI on a floor page in the query's language (see the module comment). */
export function measureStockUi(browser: Browser, baseUrl: string, pagePath: string, query: string): Promise<QueryCost> {
  return measurePage(browser, `${baseUrl}${pagePath}?q=${encodeURIComponent(query)}`, query, '.pagefind-ui__result-link', '.pagefind-ui__results', 3000);
}

/** Our index through Pagefind's API on a blank page of our site (see the module comment). */
export function measureOursEngine(browser: Browser, baseUrl: string, pagePath: string, query: string): Promise<QueryCost> {
  return measureEngine(browser, `${baseUrl}${pagePath}`, query, pagefindQuery(query), { excerptLength: 0, ranking: searchRanking }, '/search/vocabulary.json');
}

/** Runs a measurement `rounds` times and keeps the run with the median time (failures count last). */
export async function medianOf(rounds: number, measure: () => Promise<QueryCost>): Promise<QueryCost> {
  const runs: QueryCost[] = [];
  for (let i = 0; i < Math.max(1, rounds); i++) runs.push(await measure());
  runs.sort((a, b) => (a.ms ?? Infinity) - (b.ms ?? Infinity));
  return runs[Math.floor((runs.length - 1) / 2)]!;
}

export function measureOurs(browser: Browser, baseUrl: string, query: string, locale = 'en'): Promise<QueryCost> {
  return measurePage(browser, `${baseUrl}/${locale}/search/?q=${encodeURIComponent(query)}`, query, '[data-search-results] a', '[data-search-state="done"]', 0);
}

/**
 * Counts the bytes of every finished request that `include` accepts, as a host that compresses
 * text sends them (deploy/nginx.conf gzips HTML, CSS, JS and JSON): headers, plus the gzip size of
 * text bodies and the raw size of everything else (Pagefind's index files are gzip already).
 * Returns a function that waits for the pending counts.
 */
function countBytes(page: Page, include: (request: Request) => boolean): () => Promise<number> {
  const pending: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (!include(request)) return;
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        const type = response?.headers()['content-type'] ?? '';
        if (response && /text|javascript|json|svg|xml/.test(type)) return sizes.responseHeadersSize + gzipSync(await response.body(), { level: 6 }).length;
        return sizes.responseHeadersSize + sizes.responseBodySize;
      })().catch(() => 0),
    );
  });
  return async () => (await Promise.all(pending)).reduce((sum, size) => sum + size, 0);
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
