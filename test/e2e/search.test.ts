/**
 * The search page in Chromium against the built site: deep links, filters (OR within a group, AND
 * across groups), labels, cross-language, folding and compound hits, the header box, the page
 * without JavaScript, keyboard use, and no console errors anywhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { distDir } from '../helpers/site.ts';
import { recordProblems, useSite } from '../helpers/use-site.ts';
import { searchOnPage } from '../../bench/search-measure.ts';

const site = useSite();
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  // Service workers are tested in search-offline.test.ts; here every request goes to the server.
  page = await site.newPage({ serviceWorkers: 'block' });
  recordProblems(page, problems);
});

const search = (lang: string, query: string, params = '') => searchOnPage(page, site.url, lang, query, params);

/** The built site's cases (open data) filed under a topic, as a reader of `locale` opens them. */
const casesOfTopic = (topic: string, locale: string): Set<string> => {
  const cases = JSON.parse(readFileSync(join(distDir, 'data', 'cases.json'), 'utf8')) as { id: string; language: string; topics: { id: string }[] }[];
  return new Set(cases.filter((entry) => entry.topics.some(({ id }) => id === topic)).map((entry) => `/${locale}/cases/${entry.id}/`));
};

/** The result count the status line announces. */
async function announcedCount(): Promise<number> {
  return Number((await page.locator('[data-search-status]').textContent())?.match(/\d+/)?.[0]);
}

async function waitForSearch(): Promise<void> {
  await page.locator('[data-search][data-search-state="done"]').waitFor({ timeout: 30_000 });
}

describe('search page', () => {
  it('answers a deep link, fills the box and announces the count', async () => {
    // Written for the 3 seed cases, when ordnat-inforande was the one KOL case. With 61 cases, ten
    // are filed under COPD and four say KOL 11-25 times, so the top five are the COPD topic page
    // and COPD cases (ordnat-inforande, with KOL 4 times, is 10th): every one of them is.
    const links = await search('sv', 'KOL');
    // The first page holds twenty results (issue 14: five was too few); the top five are COPD's.
    expect(links).toHaveLength(Math.min(20, await announcedCount()));
    const copd = casesOfTopic('copd', 'sv');
    for (const href of links.slice(0, 5)) expect(href === '/sv/topics/copd/' || copd.has(href), href).toBe(true);
    expect(links).toContain('/sv/cases/kol-projektet-vard-i-hemmet-rise/');
    expect(await page.getByLabel('Sök i katalogen').inputValue()).toBe('KOL');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/\d+ resultat för ”KOL”/);
  });

  it('labels each result with type, language and country in the reader language', async () => {
    // A Swedish case in Sweden read in Finnish (the KOL project is 4th for KOL; ordnat-inforande,
    // the seed's KOL case, is now 10th and not on the first page).
    await search('fi', 'KOL');
    // The result opens in the reader's interface (every entry has a page under every prefix).
    const item = page.locator('[data-search-results] li', { has: page.locator('a[href="/fi/cases/kol-projektet-vard-i-hemmet-rise/"]') });
    const labels = await item.locator('.search-result__labels .badge').allTextContents();
    expect(labels).toEqual(['Hankkeet', 'Kirjoitettu ruotsiksi', 'Ruotsi']);
  });

  it('finds entries written in another language (cross-language, shared vocabulary)', async () => {
    // Re-baselined from the seed's ordnat-inforande, now outranked by the 24 remote-monitoring and
    // 10 COPD cases (test/search/quality-set.json notes each). KIH is Danish and has neither
    // etäseuranta nor any Finnish word: only the shared vocabulary finds it (pages found only
    // that way tie and keep the index's path order, Danish first). The Danish national COPD
    // roll-out is found by its English summary; the remote-monitoring topic page, indexed in
    // English, by the Icelandic synonym it carries, and is shown in the reader's language.
    expect(await search('fi', 'etäseuranta')).toContain('/fi/cases/klinisk-integreret-hjemmemonitorering-kih/');
    expect(await search('en', 'COPD')).toContain('/en/cases/landsdaekkende-telemedicin-kol/');
    expect(await search('is', 'fjarvöktun')).toContain('/is/topics/remote-patient-monitoring/');
  });

  it('folds ø, ð and the spellings people type instead', async () => {
    // The method says "kjøpe" (with ø): only folding finds it from "kjope" and "kjoepe". More
    // Norwegian pages say kjøpe/kjøper now, so the seed's Health2B event is 6th.
    expect(await search('nb', 'kjope')).toContain('/nb/methods/innovative-offentlige-anskaffelser/');
    expect(await search('da', 'kjoepe')).toContain('/da/methods/innovative-offentlige-anskaffelser/');
    expect(await search('en', 'Gudmundsson')).toContain('/en/events/webinar-digitally-transformed-organizations/');
  });

  it('finds compounds by their parts', async () => {
    // The MedCom requirement has "monitorering" only inside "hjemmemonitorering" (the seed's
    // ordnat-inforande, now past the 20th result, had it inside "hemmonitorering").
    expect(await search('da', 'monitorering')).toContain('/da/requirements/medcom-phmr-hjemmemonitorering/');
    expect(await search('nb', 'registre')).toContain('/nb/events/health2b-open-oslo-2024/');
  });

  it('finds reference numbers and places', async () => {
    expect(await search('en', '2018-04193')).toContain('/en/cases/integrated-care-2-0-ostergotland/');
    expect(await search('sv', 'Kista')).toContain('/sv/events/mvte-workshop-nordic-network/');
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
    // Written when the Akureyri hospital and municipality were the only organisations naming
    // Akureyri; now the North Iceland health institution and the welfare ministry do too, so the
    // test checks the filters rather than the names: the country alone also gives Icelandic
    // cases, both groups give only organisations, each labelled Iceland, and Norway gives none.
    await search('en', 'Akureyri', 'country=IS');
    const inIceland = await announcedCount();
    const links = await search('en', 'Akureyri', 'type=organisations&country=IS');
    expect(links).toContain('/en/organisations/akureyri-hospital/');
    expect(links).toContain('/en/organisations/akureyri-municipality/');
    for (const href of links) expect(href).toContain('/organisations/');
    expect(await announcedCount()).toBeLessThan(inIceland);
    for (const labels of await page.locator('[data-search-results] li').evaluateAll((items) => items.map((item) => [...item.querySelectorAll('.search-result__labels .badge')].map((badge) => badge.textContent)))) {
      expect(labels).toContain('Iceland');
    }
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
