/**
 * Search in headless Chromium, for the quality test, `npm run search:report` and the benchmark:
 * run a query through our search page, or through stock Pagefind, and measure what one query
 * costs (bytes transferred and milliseconds) with a cold cache.
 *
 *   const report = await measureQueries(browser, 'http://127.0.0.1:4321', [{ lang: 'fi', query: 'etäseuranta' }]);
 *
 * `flavour: 'ours'` folds the query and ranks exactly as src/search/search-page.ts does; `flavour: 'stock'` calls Pagefind with the query as typed on a page
 * whose <html lang> is the reader's language, as stock Pagefind's own UI would.
 */
import type { Browser, Page } from 'playwright-core';
import { pagefindQuery, searchRanking } from '../src/search/query.ts';
import { shardManifestFile } from '../src/search/shards.ts';

export interface MeasuredQuery {
  lang: string;
  query: string;
}

export interface QueryCost {
  lang: string;
  query: string;
  /** Result URLs, best first (at most `limit`). */
  urls: string[];
  /** Bytes received for the query, from a cold cache (runtime, wasm, index, fragments). */
  bytes: number;
  /** Milliseconds from calling search to having the first results' data. */
  ms: number;
  requests: number;
}

export interface MeasureOptions {
  flavour?: 'ours' | 'stock';
  /** How many results' data to load, as a results page would (default 5). */
  limit?: number;
  /** Bundle path on the site (default /pagefind/). */
  bundle?: string;
  /** Pagefind ranking options, to compare settings. */
  ranking?: Record<string, number>;
}

/** Runs one query on our search page and returns the result links in order. */
export async function searchOnPage(page: Page, siteUrl: string, lang: string, query: string, extraParams = ''): Promise<string[]> {
  await page.goto(`${siteUrl}/${lang}/search/?q=${encodeURIComponent(query)}${extraParams ? `&${extraParams}` : ''}`);
  await page.locator('[data-search][data-search-state="done"], [data-search][data-search-state="error"]').waitFor({ timeout: 30_000 });
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''));
}

/** Measures each query in a fresh browser context (cold cache, no service worker). */
export async function measureQueries(browser: Browser, siteUrl: string, queries: readonly MeasuredQuery[], options: MeasureOptions = {}): Promise<QueryCost[]> {
  const { flavour = 'ours', limit = 5, bundle = '/pagefind/', ranking } = options;
  const costs: QueryCost[] = [];
  for (const { lang, query } of queries) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // A blank page of the site in the reader's language: stock Pagefind picks its index by <html lang>.
    const blank = `${siteUrl}/__measure__/${lang}/`;
    await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="${lang}"><head><title>measure</title></head><body></body></html>` }));
    await page.goto(blank);
    // Counted on the context, not the page: Pagefind fetches its index from a web worker.
    let bytes = 0;
    let requests = 0;
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then((sizes) => {
          bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          requests += 1;
        }),
      );
    });
    const term = flavour === 'ours' ? pagefindQuery(query) : query;
    const result = await page.evaluate(
      async ({ bundle, term, limit, filters, ranking, manifest }) => {
        const started = performance.now();
        // The served site's Pagefind bundle, typed by hand: TypeScript cannot resolve a URL.
        const pagefind = (await import(`${bundle}pagefind.js`)) as {
          options(options: Record<string, unknown>): Promise<void>;
          mergeIndex(bundle: string, options: Record<string, unknown>): Promise<void>;
          search(term: string, options: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        };
        const options = { excerptLength: 0, ...(ranking ? { ranking } : {}) };
        await pagefind.options(options);
        // Ours in shards: merged as the search page merges them (src/search/search-page.ts).
        if (manifest) {
          const { shards } = (await (await fetch(`${bundle}${manifest}`)).json()) as { shards: string[] };
          for (const shard of shards) await pagefind.mergeIndex(`${bundle}${shard}`, options);
        }
        const search = await pagefind.search(term, filters ? { filters } : {});
        const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
        return { urls: data.map((d) => d.url), ms: performance.now() - started };
      },
      { bundle, term, limit, ranking: ranking ?? (flavour === 'ours' ? searchRanking : undefined), filters: undefined, manifest: flavour === 'ours' ? shardManifestFile : undefined },
    );
    await new Promise((done) => setTimeout(done, 50));
    await Promise.all(pending);
    costs.push({ lang, query, urls: result.urls, bytes, ms: result.ms, requests });
    await context.close();
  }
  return costs;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
