/**
 * Facets against the built site. Without JavaScript: facet links lead to static pages whose rows
 * all carry the value, with the count beside the link, and "discontinued pilots in a country and
 * why they stopped" is three clicks from home in every language. With JavaScript: two facets
 * combine in place, the URL query keeps the state, and counts match the facet data.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { distDir } from '../helpers/site.ts';
import { useSite } from '../helpers/use-site.ts';
import { filterRows, type CaseFacet, type FacetData, type FacetRow } from '../../src/lib/facets.ts';

const locales = ['en', 'sv', 'nb', 'da', 'fi', 'is'] as const;
const facetFile = join(distDir, 'facets/cases.json');
// Before a build the file is not there yet: the tests then see no cases.
const data = (existsSync(facetFile) ? JSON.parse(readFileSync(facetFile, 'utf8')) : { facets: [], values: {}, rows: [] }) as FacetData;
const rows: FacetRow[] = data.rows.map((raw) => ({
  id: raw[0] as string,
  values: Object.fromEntries(data.facets.map((facet, i) => [facet, (raw[8 + i] as number[]).map((n) => data.values[facet][n]!)])) as Record<CaseFacet, string[]>,
}));
const count = (selection: Partial<Record<CaseFacet, string[]>>) => filterRows(rows, selection).length;

/**
 * The pair the three-click path follows: Sweden and "discontinued" when the catalogue has such a
 * case (the question readers ask), otherwise the country and stage with most cases, so the path
 * itself is still walked.
 */
function pathTarget(): { country: string; stage: string } {
  if (count({ country: ['SE'], stage: ['discontinued'] }) > 0) return { country: 'SE', stage: 'discontinued' };
  const pairs = (data.values['country'] ?? []).flatMap((country) => (data.values['stage'] ?? []).map((stage) => ({ country, stage })));
  return pairs.sort((a, b) => count({ country: [b.country], stage: [b.stage] }) - count({ country: [a.country], stage: [a.stage] }))[0]!;
}

const site = useSite();

async function open(path: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await site.newPage({ javaScriptEnabled });
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  return page;
}

const itemIds = (page: Page) =>
  page.locator('[data-facet-results] .catalogue-item h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!));

describe('facet data', () => {
  it('has a row per case and a value table per facet', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(data.facets).toContain('country');
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
});

describe('without JavaScript', () => {
  it('shows facet links with counts that match the static facet pages', async () => {
    const page = await open('/en/cases/', false);
    expect(await page.locator('[data-facet-form]').isVisible()).toBe(false);
    const country = data.values['country'][0]!;
    const link = page.locator(`[data-facet-links] a[href="/en/cases/country/${country.toLowerCase()}/"]`);
    expect(await link.count()).toBe(1);
    const shown = Number(await link.locator('xpath=following-sibling::span[contains(@class,"facet-count")]').textContent());
    expect(shown).toBe(count({ country: [country] }));
    await link.click();
    await page.waitForURL(`${site.url}/en/cases/country/${country.toLowerCase()}/`);
    const ids = await itemIds(page);
    expect(ids.length).toBe(Math.min(50, shown));
    const expected = new Set(filterRows(rows, { country: [country] }).map((r) => r.id));
    expect(ids.every((id) => expected.has(id))).toBe(true);
    await page.context().close();
  });

  it.each(locales)('reaches a country’s discontinued pilots and why they stopped in three clicks from home (%s)', async (locale) => {
    const target = pathTarget();
    const page = await open(`/${locale}/`, false);
    // Click 1: the country.
    await page.locator(`main a[href="/${locale}/cases/country/${target.country.toLowerCase()}/"]`).first().click();
    await page.waitForURL(`${site.url}/${locale}/cases/country/${target.country.toLowerCase()}/`);
    // Click 2: the stage within that country.
    const stageHref = `/${locale}/cases/country/${target.country.toLowerCase()}/stage/${target.stage}/`;
    await page.locator(`[data-facet-links] a[href="${stageHref}"]`).click();
    await page.waitForURL(`${site.url}${stageHref}`);
    const ids = await itemIds(page);
    expect(ids.sort()).toEqual(filterRows(rows, { country: [target.country], stage: [target.stage] }).map((r) => r.id).slice(0, 50).sort());
    // Each row says where, when, the stage, the outcome and the topics, and why it stopped when it did.
    for (const item of await page.locator('.catalogue-item').all()) {
      expect(await item.locator('dt').count()).toBeGreaterThanOrEqual(5);
    }
    if (target.stage === 'discontinued') {
      expect(await page.locator('.catalogue-item .catalogue-item__stop').count()).toBe(ids.length);
    }
    await page.context().close();
  });

  it('paginates the full list with numbered pages', async () => {
    const page = await open('/en/cases/', false);
    const pages = Math.ceil(rows.length / 50);
    expect(await page.locator('nav.pagination').count()).toBe(pages > 1 ? 1 : 0);
    await page.context().close();
  });
});

describe('with JavaScript', () => {
  it('combines two facets in place, keeps them in the URL and counts right', async () => {
    const page = await open('/en/cases/', true);
    const form = page.locator('[data-facet-form]');
    await form.waitFor({ state: 'visible' });
    expect(await page.locator('[data-facet-links]').isVisible()).toBe(false);
    const country = data.values['country'][0]!;
    const other = (data.values['topic'] ?? []).find((topic) => count({ country: [country], topic: [topic] }) > 0)!;
    await form.locator(`input[name="country"][value="${country}"]`).check();
    await page.waitForURL((url) => url.search.includes(`country=${country}`));
    await form.locator(`input[name="topic"][value="${other}"]`).check();
    await page.waitForURL((url) => url.search.includes(`topic=${other}`));
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/cases/');
    expect(url.searchParams.get('country')).toBe(country);
    const expected = filterRows(rows, { country: [country], topic: [other] }).map((r) => r.id);
    await page.waitForFunction((n) => document.querySelectorAll('[data-facet-results] .catalogue-item').length === n, Math.min(50, expected.length));
    expect((await itemIds(page)).sort()).toEqual(expected.slice(0, 50).sort());
    expect(await page.locator('[data-facet-status]').textContent()).toContain(String(expected.length));
    // A stage count now counts cases with the country and the topic.
    const stage = data.values['stage'][0]!;
    const stageCount = Number(await form.locator(`input[name="stage"][value="${stage}"] ~ [data-count]`).textContent());
    expect(stageCount).toBe(count({ country: [country], topic: [other], stage: [stage] }));
    // The form the island built, and the rows it rendered, pass axe too.
    await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('sorts by last verified in place and says when each was verified', async () => {
    const page = await open('/en/cases/', true);
    const select = page.locator('[data-facet-form] select[name="sort"]');
    await select.selectOption('verified');
    await page.waitForURL((url) => url.search.includes('sort=verified'));
    const newest = data.rows.map((raw) => raw[7] as string).sort().at(-1)!;
    // The URL changes before the island has redrawn the list; wait for the redraw, not a fixed time.
    const verifiedOfFirst = async () => {
      const firstId = (await itemIds(page))[0];
      return data.rows.find((raw) => raw[0] === firstId)?.[7];
    };
    await expect.poll(verifiedOfFirst, { timeout: 10_000 }).toBe(newest);
    await expect
      .poll(() => page.locator('.catalogue-item').first().locator('dt').allTextContents(), { timeout: 10_000 })
      .toContain('Last verified');
    await page.context().close();
  });

  it('restores the selection from the URL query', async () => {
    const country = data.values['country'][0]!;
    const page = await open(`/sv/cases/?country=${country}`, true);
    const box = page.locator(`[data-facet-form] input[name="country"][value="${country}"]`);
    await box.waitFor({ state: 'visible' });
    expect(await box.isChecked()).toBe(true);
    const expected = count({ country: [country] });
    await page.waitForFunction((n) => document.querySelectorAll('[data-facet-results] .catalogue-item').length === n, Math.min(50, expected));
    await page.context().close();
  });
});
