/**
 * Offline reading (issue 14): after one visit to a language's home page, the service worker stores
 * that language's pages in the background (offline/{lang}.json, written from the built pages), so
 * with the network gone any case page of that language opens; a page never stored shows the
 * offline page in the language of the page asked for, first; offline search results say which
 * entries are stored; /{lang}/offline/ shows what is stored and its size, and can remove it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { distDir } from '../helpers/site.ts';
import { useSite, waitForServiceWorkerControl } from '../helpers/use-site.ts';
import type { ReadingList } from '../../src/offline/reading-list.ts';
import { defaultBudget, storagePlan } from '../../src/offline/reading-list.ts';

const site = useSite();
let context: BrowserContext;
let page: Page;

const readingList = (lang: string) => JSON.parse(readFileSync(join(distDir, 'offline', `${lang}.json`), 'utf8')) as ReadingList;
const translation = (lang: string, key: string) => (JSON.parse(readFileSync(join('src', 'translations', `${lang}.json`), 'utf8')) as Record<string, string>)[key]!;

/** How many of `paths` the worker's pages cache holds. */
const storedCount = (paths: string[]) =>
  page.evaluate(async (urls) => {
    const name = (await caches.keys()).find((key) => key.endsWith('-pages'));
    if (!name) return 0;
    const cache = await caches.open(name);
    let found = 0;
    for (const url of urls) if (await cache.match(new URL(`/${url}`, location.href).href)) found += 1;
    return found;
  }, paths);

beforeAll(async () => {
  page = await site.newPage();
  context = page.context();
});

describe('offline reading after one visit', () => {
  const sv = () => readingList('sv');
  const svCases = () => sv().sections.find((section) => section.name === 'cases')!.pages.filter((path) => path.split('/').length === 4);

  it('lists every built page of the language, by section, with sizes', () => {
    expect(svCases().length).toBeGreaterThan(5);
    const plan = storagePlan(sv(), 'all', defaultBudget);
    // The catalogue's Swedish pages fit the default budget: all of them are stored without asking.
    expect(plan.skipped).toBe(0);
  });

  it('stores the language\'s pages in the background after a visit to its home page', async () => {
    await page.goto(`${site.url}/sv/`);
    await waitForServiceWorkerControl(page);
    const planned = storagePlan(sv(), 'all', defaultBudget).pages;
    await expect.poll(() => storedCount(planned), { timeout: 90_000, interval: 1000 }).toBe(planned.length);
  });

  it('opens any Swedish case page with no network', async () => {
    await context.setOffline(true);
    const cases = svCases();
    for (const path of [cases[0]!, cases[Math.floor(cases.length / 2)]!, cases.at(-1)!]) {
      await page.goto(`${site.url}/${path}`);
      expect(await page.locator('h1').first().textContent(), path).not.toContain(translation('sv', 'offline.title'));
      expect(await page.locator('html').getAttribute('lang')).toMatch(/^sv/);
    }
  });

  it('says which search results are stored', async () => {
    // Every result opens in the reader's interface (/sv/…), and the whole Swedish interface fits the
    // budget, so all are stored; one page is then taken out of the cache to see the other badge.
    await page.goto(`${site.url}/sv/search/?q=KOL`);
    await page.locator('[data-search][data-search-state="done"]').waitFor();
    const states = () =>
      page.locator('[data-search-results] > li').evaluateAll((items) =>
        items.map((item) => ({ href: item.querySelector('a')!.getAttribute('href'), stored: (item as HTMLElement).dataset.stored, badge: item.querySelector('.search-result__stored, .search-result__not-stored')?.textContent })),
      );
    const before = await states();
    expect(before.length).toBeGreaterThan(1);
    for (const state of before) expect(state).toMatchObject({ stored: 'true', badge: translation('sv', 'search.stored') });
    expect(before.every((state) => state.href?.startsWith('/sv/'))).toBe(true);
    const removed = before[0]!.href!;
    await page.evaluate(async (path) => {
      for (const name of await caches.keys()) await (await caches.open(name)).delete(new URL(path, location.href).href);
    }, removed);
    await page.reload();
    await page.locator('[data-search][data-search-state="done"]').waitFor();
    const after = await states();
    expect(after.find((state) => state.href === removed)).toMatchObject({ stored: 'false', badge: translation('sv', 'search.notStored') });
    expect(after.filter((state) => state.stored === 'true').length).toBe(after.length - 1);
  });

  it('shows the offline page in the language of the page asked for, first', async () => {
    const fi = readingList('fi').sections.flatMap((section) => section.pages).find((path) => path.split('/').length >= 4)!;
    await page.goto(`${site.url}/${fi}`);
    expect(await page.locator('h1').textContent()).toBe(translation('fi', 'offline.title'));
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^fi/);
    expect(await page.locator('.offline-message').first().getAttribute('lang')).toMatch(/^fi/);
    await context.setOffline(false);
  });
});

describe('the offline-reading page', () => {
  it('shows what is stored and its size, and removes it', async () => {
    await page.goto(`${site.url}/sv/offline/`);
    await page.locator('[data-reading][data-reading-state="ready"]').waitFor({ timeout: 30_000 });
    const status = page.locator('[data-reading-status]');
    expect(await status.textContent()).toMatch(/^Sparat på den här enheten: \d+ av \d+ sidor på svenska, [\d,]+ MB\.$/);
    expect(await page.locator('[data-reading-all]').textContent()).toMatch(/^Allt på svenska \([\d,]+ MB\)$/);
    expect(await page.locator('[data-reading-sections] li').count()).toBeGreaterThan(2);
    // Every section is named in Swedish with its size, never by its path or as "0 MB".
    for (const label of await page.locator('[data-reading-sections] li').allTextContents()) {
      expect(label).not.toMatch(/\/sv\//);
      expect(label).not.toMatch(/\b0 MB/);
    }
    await page.locator('[data-reading-remove]').click();
    await page.locator('[data-reading][data-reading-state="removed"]').waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toContain(' 0 av ');
  });

  it('stores only the chosen sections, with progress', async () => {
    await page.locator('#reading-section-topics').check();
    expect(await page.locator('#reading-some').isChecked()).toBe(true);
    await page.locator('[data-reading-form] button[type="submit"]').click();
    await page.locator('[data-reading][data-reading-state="done"]').waitFor({ timeout: 60_000 });
    const topics = readingList('sv').sections.find((section) => section.name === 'topics')!.pages;
    expect(await storedCount(topics)).toBe(topics.length);
    expect(await storedCount(svCasesOnce())).toBe(0);
    const progress = page.locator('[data-reading-progress]');
    expect(await progress.evaluate((bar) => (bar as HTMLProgressElement).value === (bar as HTMLProgressElement).max)).toBe(true);
  });
});

function svCasesOnce(): string[] {
  return readingList('sv').sections.find((section) => section.name === 'cases')!.pages.filter((path) => path.split('/').length === 4);
}
