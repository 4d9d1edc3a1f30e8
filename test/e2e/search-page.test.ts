/**
 * The search page's and the case list's defects from issue 14, each as a reader meets it in
 * Chromium against the built site: "show more" that shows with nothing more to show, five results
 * a page, values with no result that can be ticked, "no matches" with no way out beside it, the
 * open filters pushing the results two screens down at 390 px, two sort controls; and the words a
 * reader types for failures, evidence and typos.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordProblems, useSite } from '../helpers/use-site.ts';
import { searchOnPage } from '../../bench/search-measure.ts';
import { rankedEntries } from '../../bench/search-quality.ts';

const site = useSite();
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  page = await site.newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  recordProblems(page, problems);
});

const search = (lang: string, query: string, params = '') => searchOnPage(page, site.url, lang, query, params);
const announced = async () => Number((await page.locator('[data-search-status]').textContent())?.match(/\d+/)?.[0] ?? 0);

describe('search results, a page at a time', () => {
  it('hides "show more" when every result is shown (none, or one)', async () => {
    expect(await search('en', 'zzqxwv')).toEqual([]);
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
    const one = await search('en', '2018-04193');
    expect(one.length).toBeGreaterThanOrEqual(1);
    expect(one.length).toBeLessThan(20);
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
  });

  it('shows twenty results a page, and "show more" adds the next twenty', async () => {
    const first = await search('da', 'telemedicin');
    const total = await announced();
    expect(total).toBeGreaterThan(25);
    expect(first).toHaveLength(20);
    const more = page.locator('[data-search-more]');
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBe(Math.min(40, total));
    expect(await more.isVisible()).toBe(total > 40);
  });
});

describe('no matches', () => {
  it('puts "clear filters" beside the message, and it clears them', async () => {
    await search('en', 'zzqxwv', 'country=SE');
    expect(await announced()).toBe(0);
    const clear = page.locator('.search-results [data-search-clear]');
    expect(await clear.isVisible()).toBe(true);
    await clear.click();
    await page.locator('[data-search][data-search-state="done"]').waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=zzqxwv');
    expect(await page.locator('[data-search-filters] input:checked').count()).toBe(0);
  });
});

describe('on a phone (390 px)', () => {
  it('keeps the filters folded and the first result on the first screen, even with filters in the URL', async () => {
    const phone = await site.newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
    try {
      await searchOnPage(phone, site.url, 'en', 'KOL', 'country=DK');
      expect(await phone.locator('[data-search-filter-panel]').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(false);
      // Folded, the panel still says a filter is on.
      expect(await phone.locator('[data-search-filter-panel] summary').textContent()).toMatch(/\(1\)$/);
      const top = await phone.locator('[data-search-results] > li').first().evaluate((item) => item.getBoundingClientRect().top);
      expect(top).toBeLessThan(844);
      // The chosen filter is still there when the reader unfolds them.
      await phone.locator('[data-search-filter-panel] summary').click();
      expect(await phone.locator('#filter-country-DK').isChecked()).toBe(true);
    } finally {
      await phone.context().close();
    }
  });
});

describe('the case list', () => {
  it('has one sort control with JavaScript on', async () => {
    await page.goto(`${site.url}/en/cases/`);
    await page.locator('[data-facet-form]').waitFor();
    const visibleSelects = await page.locator('select[name="sort"]:visible').count();
    const visibleStaticSort = await page.locator('.catalogue__sort:visible').count();
    expect(visibleSelects + visibleStaticSort).toBe(1);
  });

  it('does not let a value with no matching case be ticked', async () => {
    await page.goto(`${site.url}/en/cases/?country=IS`);
    await page.locator('[data-facet-form]').waitFor();
    await expect.poll(() => page.locator('[data-facet-form] [data-count]').first().textContent()).not.toBe('');
    const zero = await page.locator('[data-facet-form] label').evaluateAll((labels) =>
      labels
        .filter((label) => label.querySelector('[data-count]')?.textContent === '0')
        .map((label) => ({ text: label.textContent?.trim(), checked: label.querySelector('input')!.checked, disabled: label.querySelector('input')!.disabled })),
    );
    expect(zero.length).toBeGreaterThan(0);
    for (const option of zero) if (!option.checked) expect(option, option.text).toMatchObject({ disabled: true });
  });
});

describe('asking for failures, evidence and typos in words', () => {
  it('finds discontinued cases for "avbrutet", "stopped", "lopetettu" and "hætt"', async () => {
    for (const [lang, query] of [['sv', 'avbrutet'], ['en', 'stopped'], ['fi', 'lopetettu'], ['is', 'hætt']] as const) {
      const found = rankedEntries(await search(lang, query)).slice(0, 5);
      expect(found, query).toContain('cases/aarhus-dosesystem-medicinkasse');
    }
  });

  it('finds randomised evidence and "no effect" stop reasons', async () => {
    expect(rankedEntries(await search('sv', 'randomiserad')).slice(0, 5)).toContain('cases/telecare-nord-hjertesvigt');
    expect(rankedEntries(await search('fi', 'ei vaikutusta')).slice(0, 5)).toContain('cases/terva-puhelinvalmennus');
  });

  it('offers "did you mean" as a link, and shows the corrected results when the typo finds nothing', async () => {
    await search('nb', 'hjemmemonitorring');
    const link = page.locator('[data-search-suggestion] a');
    await expect.poll(() => link.textContent()).toBe('hjemmemonitorering');
    expect(await link.getAttribute('href')).toContain('q=hjemmemonitorering');

    const found = rankedEntries(await search('da', 'telemedecin'));
    expect(found.slice(0, 5)).toContain('cases/landsdaekkende-telemedicin-kol');
    expect(await page.locator('[data-search-suggestion] a').textContent()).toBe('telemedicin');

    // Nothing for the typo itself: the corrected query's results, said so.
    const corrected = rankedEntries(await search('is', 'Reykjavk'));
    expect(corrected.slice(0, 5)).toContain('cases/skjaheimsoknir-reykjavik');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^Engar niðurstöður fyrir „Reykjavk“\. Hér eru \d+ niðurstöður fyrir „Reykjavík“\.$/);
    await page.locator('[data-search-suggestion] a').click();
    await page.locator('[data-search][data-search-state="done"]').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Reykjavík');
    expect(await page.locator('[data-search-input]').inputValue()).toBe('Reykjavík');
  });

  it('logs no errors', () => {
    expect(problems).toEqual([]);
  });
});
