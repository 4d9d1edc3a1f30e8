/**
 * The search page in Chromium against the built site: deep links, filters (OR within a group, AND
 * across groups), labels, cross-language, folding and compound hits, the header box, the page
 * without JavaScript, keyboard use, and no console errors anywhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordProblems, useSite } from '../helpers/use-site.ts';
import { searchOnPage } from '../../src/lib/search/measure.ts';

const site = useSite();
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  // Service workers are tested in search-offline.test.ts; here every request goes to the server.
  page = await site.newPage({ serviceWorkers: 'block' });
  recordProblems(page, problems);
});

const search = (lang: string, query: string, params = '') => searchOnPage(page, site.url, lang, query, params);

async function waitForSearch(): Promise<void> {
  await page.locator('[data-search][data-search-state="done"]').waitFor({ timeout: 30_000 });
}

describe('search page', () => {
  it('answers a deep link, fills the box and announces the count', async () => {
    const links = await search('sv', 'KOL');
    expect(links).toContain('/sv/cases/ordnat-inforande/');
    expect(await page.getByLabel('Sök i katalogen').inputValue()).toBe('KOL');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/\d+ resultat för ”KOL”/);
  });

  it('labels each result with type, language and country in the reader language', async () => {
    await search('fi', 'KOL');
    const item = page.locator('[data-search-results] li', { has: page.locator('a[href="/sv/cases/ordnat-inforande/"]') });
    const labels = await item.locator('.search-result__labels .badge').allTextContents();
    expect(labels).toEqual(['Hankkeet', 'Kirjoituskieli: Ruotsi', 'Ruotsi']);
  });

  it('finds entries written in another language (cross-language, shared vocabulary)', async () => {
    expect(await search('fi', 'etäseuranta')).toContain('/sv/cases/ordnat-inforande/');
    expect(await search('en', 'COPD')).toContain('/sv/cases/ordnat-inforande/');
    expect(await search('is', 'fjarvöktun')).toContain('/sv/cases/ordnat-inforande/');
  });

  it('folds ø, ð and the spellings people type instead', async () => {
    expect(await search('nb', 'kjope')).toContain('/nb/events/health2b-open-oslo-2024/');
    expect(await search('da', 'kjoepe')).toContain('/nb/events/health2b-open-oslo-2024/');
    expect(await search('en', 'Gudmundsson')).toContain('/en/events/webinar-digitally-transformed-organizations/');
  });

  it('finds compounds by their parts', async () => {
    expect(await search('da', 'monitorering')).toContain('/sv/cases/ordnat-inforande/');
    expect(await search('nb', 'registre')).toContain('/nb/events/health2b-open-oslo-2024/');
  });

  it('finds reference numbers and places', async () => {
    expect(await search('en', '2018-04193')).toContain('/en/cases/integrated-care-2-0-ostergotland/');
    expect(await search('sv', 'Kista')).toContain('/en/events/mvte-workshop-nordic-network/');
  });

  it('shows topics and organisations once, in the reader language', async () => {
    const links = await search('fi', 'Akureyri');
    const organisations = links.filter((href) => href.includes('/organisations/'));
    expect(organisations.length).toBeGreaterThan(0);
    for (const href of organisations) expect(href.startsWith('/fi/')).toBe(true);
  });
});

describe('filters', () => {
  it('opens the filter panel from the keyboard and shows counts for a plain query', async () => {
    await search('en', 'hemmonitorering');
    expect(await page.locator('[data-search-filter-panel]').getAttribute('open')).toBeNull();
    await page.locator('[data-search-filter-panel] summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('label[for="filter-type-requirements"]').waitFor();
    expect(await page.locator('label[for="filter-type-requirements"]').textContent()).toMatch(/\(\d+\)/);
  });

  it('narrows by a filter in the URL and shows counts', async () => {
    const links = await search('en', 'hemmonitorering', 'type=requirements');
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toContain('/requirements/');
    const box = page.locator('input[data-group="type"][value="requirements"]');
    expect(await box.isChecked()).toBe(true);
    expect(await page.locator('label[for="filter-type-methods"]').textContent()).toMatch(/\(\d+\)/);
  });

  it('combines values with OR inside a group, by keyboard, and keeps the URL in step', async () => {
    await search('en', 'hemmonitorering', 'type=requirements');
    const methods = page.locator('input[data-group="type"][value="methods"]');
    await methods.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/type=requirements&type=methods/);
    await waitForSearch();
    const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.some((href) => href.includes('/methods/'))).toBe(true);
    expect(links.some((href) => href.includes('/requirements/'))).toBe(true);
    expect(links.every((href) => href.includes('/methods/') || href.includes('/requirements/'))).toBe(true);
    // Focus stays on the box that was toggled, so a keyboard user does not lose their place.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('methods');
  });

  it('counts the results a vocabulary word finds exactly, per filter value', async () => {
    // "etäseuranta" finds the pages that have it in their text (the topic page) and the pages of the
    // topic it names, in any language (query-vocabulary.ts). The counts of a group add up to the
    // results without that group's choices; counted from the text search alone, they would not.
    await search('en', 'etäseuranta');
    const total = Number((await page.locator('[data-search-status]').textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(1);
    await search('en', 'etäseuranta', 'type=cases');
    const labels = await page.locator('[data-search-filters] label[for^="filter-type-"]').allTextContents();
    const counts = labels.map((label) => Number(label.match(/\((\d+)\)/)?.[1] ?? 0));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
  });

  it('combines groups with AND', async () => {
    const links = await search('en', 'Akureyri', 'type=organisations&country=IS');
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toContain('/organisations/akureyri');
    const none = await search('en', 'Akureyri', 'type=organisations&country=NO');
    expect(none).toEqual([]);
  });

  it('lists by filter alone and sorts by date', async () => {
    const links = await search('en', '', 'type=cases&sort=date');
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const href of links) expect(href).toContain('/cases/');
    expect(await page.locator('[data-search-sort]').inputValue()).toBe('date');
  });
});

describe('header search box and no JavaScript', () => {
  it('sends the header box to the search page of the same language', async () => {
    await page.goto(`${site.url}/nb/cases/`);
    const box = page.getByRole('search').getByRole('searchbox');
    await box.fill('kjøpe');
    await box.press('Enter');
    await page.waitForURL(/\/nb\/search\/\?q=kj%C3%B8pe/);
    await waitForSearch();
    expect(await page.locator('[data-search-results] a').first().getAttribute('href')).toBeTruthy();
  });

  it('says search needs JavaScript and links to the catalogue when it is off', async () => {
    const bare = await site.newPage({ javaScriptEnabled: false });
    await bare.goto(`${site.url}/da/search/?q=kol`);
    const notice = bare.locator('[data-search-nojs]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('JavaScript');
    expect(await notice.locator('a[href="/da/cases/"]').count()).toBe(1);
    await bare.context().close();
  });

  it('logged no console errors, page errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});
