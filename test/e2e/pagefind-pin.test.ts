/**
 * Why `pagefind` is pinned to one exact version (docs/SEARCH.md, "The Pagefind pin"): the search
 * relies on what Pagefind does inside, beyond its documented API, and an upgrade that changes it
 * would quietly lose results rather than fail. Each behaviour is checked against the built site's
 * own index in Chromium, so an upgrade that changes one fails here:
 * - the hidden topic and country tokens (query-vocabulary.ts filterToken) survive Pagefind's word
 *   splitting and stemming whole, so a search for a token finds exactly the pages with that filter;
 * - Pagefind's Swedish stemmer (forceLanguage 'sv') takes an inflected word to the key our own
 *   port of it (stem.ts) gives, which the vocabulary's keys and the did-you-mean words are made of.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/use-site.ts';
import { filterToken } from '../../src/search/query-vocabulary.ts';
import { stemSwedish } from '../../src/search/stem.ts';
import { searchRanking } from '../../src/search/query.ts';

const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> });
const installed = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;

interface Query {
  term: string | null;
  filters?: Record<string, string>;
}

/** The URLs Pagefind returns for each query, from a document of the site with no CSP (robots.txt). */
async function search(page: Page, queries: Query[], ranking: object): Promise<string[][]> {
  return page.evaluate(
    async ({ queries, ranking }) => {
      // Built at run time: vitest would rewrite an import() written here for Node.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the browser must import the served bundle itself
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;
      const pagefind = (await load('/pagefind/pagefind.js')) as {
        options(o: object): Promise<void>;
        init(): Promise<void>;
        search(term: string | null, o?: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      await pagefind.options({ excerptLength: 0, ranking });
      await pagefind.init();
      const out: string[][] = [];
      for (const query of queries) {
        const found = await pagefind.search(query.term, query.filters ? { filters: query.filters } : {});
        out.push((await Promise.all(found.results.map((result) => result.data()))).map((data) => data.url).sort());
      }
      return out;
    },
    { queries, ranking },
  );
}

describe('the Pagefind internals the search relies on', () => {
  const site = useSite();

  it('is pinned to one exact version, and that version is installed', () => {
    const range = pinned.dependencies?.pagefind ?? pinned.devDependencies?.pagefind;
    expect(range).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(range);
  });

  it('finds exactly the pages with a topic or country filter when searched for its hidden token', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/robots.txt`);
    const values = [
      ['topic', 'dementia'],
      ['topic', 'remote-patient-monitoring'],
      ['topic', 'medication-dispensers'],
      ['country', 'SE'],
      ['country', 'NO'],
      ['country', 'IS'],
    ] as const;
    const queries = values.flatMap(([group, value]) => [{ term: filterToken(group, value) }, { term: null, filters: { [group]: value } }]);
    const results = await search(page, queries, searchRanking);
    values.forEach(([group, value], i) => {
      const byToken = results[2 * i]!;
      const byFilter = results[2 * i + 1]!;
      expect(byFilter.length, `${group}:${value} has pages`).toBeGreaterThan(0);
      expect(byToken, `${group}:${value}`).toEqual(byFilter);
    });
    await page.context().close();
  });

  it('stems an inflected Swedish word to the key our stemmer gives', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/robots.txt`);
    // Pairs our stemmer takes to one key; Pagefind must find the same pages for both.
    const pairs = [
      ['trygghetslarm', 'trygghetslarmen'],
      ['kommunerna', 'kommuner'],
      ['digitala', 'digital'],
      ['hemtjänst', 'hemtjänsten'],
    ] as const;
    for (const [a, b] of pairs) expect(stemSwedish(b), `${a} / ${b}`).toBe(stemSwedish(a));
    const results = await search(page, pairs.flatMap(([a, b]) => [{ term: a }, { term: b }]), searchRanking);
    pairs.forEach(([a, b], i) => {
      expect(results[2 * i]!.length, a).toBeGreaterThan(0);
      expect(results[2 * i + 1], `${a} / ${b}`).toEqual(results[2 * i]);
    });
    await page.context().close();
  });
});
