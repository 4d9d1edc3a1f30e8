/**
 * A search index in shards (src/search/shards.ts) answers as the single index does: the search
 * page merges every shard, finds what only a later shard holds, in any interface language, and
 * offline too. Runs on a copy of the built site whose index is rebuilt in shards of 80 pages (the
 * seed has about 300 indexed pages), with its service worker regenerated for it, as the build does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assertBuilt, distDir } from '../helpers/site.ts';
import { useSite, waitForServiceWorkerControl, type Site } from '../helpers/use-site.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { readIndexedPages } from '../../src/search/indexed-pages.ts';
import { planShards, shardManifestFile } from '../../src/search/shards.ts';
import { buildServiceWorker } from '../../src/offline/service-worker.ts';
import { searchOnPage } from '../../bench/search-measure.ts';
import { pagefindQuery } from '../../src/search/query.ts';

const maxShardPages = 80;
let copy: string;
/** Shard number (1 for the first) of each indexed page, by its path without the language (cases/x/). */
const shardOf = new Map<string, number>();
const entryKey = (path: string) => path.split('/').slice(2).join('/');

// Registered before useSite, so the copy exists when its server starts (afterAll hooks run in reverse).
beforeAll(async () => {
  assertBuilt();
  copy = await mkdtemp(join(tmpdir(), 'commons-shards-'));
  await cp(distDir, copy, { recursive: true });
  await buildSearchIndex({ siteDir: copy, maxShardPages });
  await buildServiceWorker(copy);
  planShards(await readIndexedPages(copy), maxShardPages).forEach((paths, shard) => {
    for (const path of paths) shardOf.set(entryKey(path), shard + 1);
  });
}, 120_000);

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

const sharded = useSite({ root: () => copy });
const single = useSite();

const entryFile = async (folder: string) => JSON.parse(await readFile(join(copy, 'pagefind', folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

/**
 * Every result's URL for each term, from the site's Pagefind with its shards merged as the search
 * page merges them. Written as source text: vitest would rewrite a function's dynamic import.
 */
async function everyResult(site: Site, terms: readonly string[]): Promise<string[][]> {
  const page = await site.newPage();
  const blank = `${site.url}/__shards__/`;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>shards</title></html>' }));
  await page.goto(blank);
  const urls = await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const options = { excerptLength: 0 };
    await pagefind.options(options);
    const { shards } = await (await fetch('/pagefind/${shardManifestFile}')).json();
    for (const shard of shards) await pagefind.mergeIndex('/pagefind/' + shard, options);
    const found = [];
    for (const term of ${JSON.stringify(terms)}) {
      const search = await pagefind.search(term);
      found.push(await Promise.all(search.results.map(async (result) => (await result.data()).url)));
    }
    return found;
  })()`);
  await page.context().close();
  return urls as string[][];
}

describe('a search index in shards', () => {
  it('is written as shards of at most the limit, listed for the page, holding every page once', async () => {
    const indexed = await readIndexedPages(copy);
    const manifest = JSON.parse(await readFile(join(copy, 'pagefind', shardManifestFile), 'utf8')) as { shards: string[] };
    const shardCount = Math.ceil(indexed.length / maxShardPages);
    expect(shardCount).toBeGreaterThanOrEqual(3);
    expect(manifest.shards).toEqual(Array.from({ length: shardCount - 1 }, (_, i) => `shard-${i + 2}/`));
    const counts = await Promise.all(['', ...manifest.shards].map(async (folder) => Object.values((await entryFile(folder)).languages).reduce((sum, l) => sum + l.page_count, 0)));
    expect(counts.every((count) => count <= maxShardPages)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(indexed.length);
    // A later shard is read with the first shard's code and wasm: it carries none of its own.
    const names = await readdir(join(copy, 'pagefind', manifest.shards[0]!));
    expect(names.some((name) => name.endsWith('.js') || name.startsWith('wasm.'))).toBe(false);
  });

  it('finds every page the single index finds, and for a word every shard holds no other', async () => {
    // Words on pages in every shard: the same pages. A rarer word finds more: Pagefind falls back to
    // words that begin with the typed one (stopped → stoppet) in an index where no page has the word
    // itself, and each shard is such an index on its own (docs/SEARCH.md, "Shards").
    const everywhere = ['KOL', 'velferdsteknologi', 'hjemmemonitorering'];
    const rare = ['stopped', 'etäseuranta'];
    const terms = [...everywhere, ...rare].map(pagefindQuery);
    const fromShards = await everyResult(sharded, terms);
    const fromOne = await everyResult(single, terms);
    for (const [i, term] of terms.entries()) {
      const urls = fromShards[i]!;
      expect(fromOne[i]!.length, term).toBeGreaterThan(0);
      expect(new Set(urls).size, term).toBe(urls.length);
      if (i < everywhere.length) expect([...urls].sort(), term).toEqual([...fromOne[i]!].sort());
      else expect(urls, term).toEqual(expect.arrayContaining(fromOne[i]!));
    }
    // Between them the queries reach into more than one shard.
    const shards = new Set(fromShards.flatMap((urls) => urls.map((url) => shardOf.get(entryKey(url)))));
    expect(shards.size).toBeGreaterThan(1);
  });

  it('answers on the search page in two interface languages, with pages from later shards', async () => {
    const page = await sharded.newPage();
    for (const lang of ['sv', 'fi']) {
      const links = await searchOnPage(page, sharded.url, lang, 'KOL');
      expect(await page.locator('[data-search]').getAttribute('data-search-state')).toBe('done');
      expect(links.length).toBeGreaterThan(0);
      // Results open in the reader's language; their index pages are the canonical ones.
      expect(links.every((link) => link.startsWith(`/${lang}/`))).toBe(true);
      const status = await page.locator('[data-search-status]').textContent();
      const singlePage = await single.newPage();
      await searchOnPage(singlePage, single.url, lang, 'KOL');
      expect(status).toBe(await singlePage.locator('[data-search-status]').textContent());
      await singlePage.context().close();
    }
    await page.context().close();
  });

  it('answers offline from every shard after one visit', async () => {
    const page: Page = await sharded.newPage();
    await searchOnPage(page, sharded.url, 'en', 'KOL');
    await waitForServiceWorkerControl(page);
    const online = await searchOnPage(page, sharded.url, 'en', 'hjemmemonitorering');
    await page.context().setOffline(true);
    const offline = await searchOnPage(page, sharded.url, 'en', 'hjemmemonitorering');
    expect(await page.locator('[data-search]').getAttribute('data-search-state')).toBe('done');
    expect(offline).toEqual(online);
    expect(new Set(offline.map((link) => shardOf.get(entryKey(link)))).size).toBeGreaterThan(1);
    await page.context().setOffline(false);
    await page.context().close();
  });
});
