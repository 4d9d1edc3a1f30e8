/**
 * The search-quality set (test/search/quality-set.json) against the built site: every query, typed
 * on the search page of its language, must return each expected entry among the first five.
 * `npm run search:report` prints the same set's recall@5 and MRR beside stock Pagefind's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/use-site.ts';
import { searchOnPage } from '../../bench/search-measure.ts';
import { rankedEntries, type QualitySet } from '../../bench/search-quality.ts';

const set = JSON.parse(readFileSync('test/search/quality-set.json', 'utf8')) as QualitySet;

const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await site.newPage({ serviceWorkers: 'block' });
});

describe('search quality set', () => {
  it.each(set.queries.map((query) => [`[${query.lang}] ${query.query} (${query.kind ?? ''})`, query] as const))('%s', async (_name, query) => {
    const ranked = rankedEntries(await searchOnPage(page, site.url, query.lang, query.query));
    const top5 = ranked.slice(0, 5);
    for (const entry of query.expect) expect(top5, `expected ${entry} in the top 5`).toContain(entry);
  });
});
