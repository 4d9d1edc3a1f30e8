/**
 * The reader's shell against the built site: the root language choice, home and catalogue pages in
 * several languages, hreflang alternates, the skip link, the language switcher keeping the reader
 * on the same page (or saying where it goes instead), the 404 page, and axe (WCAG 2.1 AA) on the
 * page types this shell owns, in light and dark schemes.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { distDir } from '../helpers/site.ts';
import { useSite } from '../helpers/use-site.ts';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const locales = ['en', 'sv', 'nb', 'da', 'fi', 'is'];

const site = useSite();

async function open(path: string, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await site.newPage({ javaScriptEnabled: options.javaScriptEnabled ?? true, colorScheme: options.colorScheme ?? 'light' });
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

describe('root and 404', () => {
  it('lets the reader choose a language, English first, each named in its own language', async () => {
    const page = await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    const first = page.locator('main a').first();
    expect(await first.getAttribute('href')).toBe('/en/');
    for (const locale of locales.filter((l) => l !== 'en')) {
      const link = page.locator(`main a[href="/${locale}/"][hreflang="${locale}"]`);
      expect(await link.count(), locale).toBe(1);
      expect(await link.locator('xpath=ancestor::*[@lang][1]').getAttribute('lang')).toBe(locale);
    }
    await page.context().close();
  });

  it('serves a helpful 404 with a way home and to search', async () => {
    const response = await fetch(`${site.url}/en/no-such-page/`);
    expect(response.status).toBe(404);
    const page = await open('/en/no-such-page/');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('main a[href="/en/search/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/en/"]').count()).toBe(1);
    expect(await page.locator('main [lang="fi"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe.each(['en', 'sv', 'is'])('shell in %s', (locale) => {
  it('has the right lang, alternates for every language, a skip link and the main navigation', async () => {
    const page = await open(`/${locale}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect(hreflangs.sort()).toEqual([...locales, 'x-default'].sort());
    // The skip link is the first thing the keyboard reaches, and it leads to <main>.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const nav = await page.locator('header nav.site-nav a').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(nav).toEqual(['', 'cases/', 'topics/', 'methods/', 'organisations/', 'events/', 'requirements/', 'search/'].map((p) => `/${locale}/${p}`));
    expect(await page.locator('header nav.site-nav a[aria-current="page"]').getAttribute('href')).toBe(`/${locale}/`);
    expect(await page.locator(`footer a[href="/${locale}/accessibility/"]`).count()).toBe(1);
    expect(await page.locator(`footer a[href="/${locale}/subscribe/"]`).count()).toBe(1);
    expect(await page.locator(`footer a[href="/${locale}/data/"]`).count()).toBe(1);
    await page.context().close();
  });

  it('draws the home charts as accessible images with their figures in a table', async () => {
    const page = await open(`/${locale}/`);
    const charts = page.locator('svg.chart[role="img"]');
    if ((await page.locator('main a[href*="/cases/country/"]').count()) > 0) {
      expect(await charts.count()).toBe(3);
      for (const chart of await charts.all()) {
        expect((await chart.locator('title').textContent())?.length).toBeGreaterThan(3);
        const table = chart.locator('xpath=following-sibling::table');
        expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
      }
    }
    expect(await page.locator('script:not([type="application/json"]):not([type="application/ld+json"])').evaluateAll((s) => s.filter((x) => (x.textContent ?? '').includes('chart')).length)).toBe(0);
    await page.context().close();
  });
});

describe('language switcher', () => {
  it('keeps the reader on the same list page', async () => {
    const page = await open('/sv/cases/', { javaScriptEnabled: false });
    const suomi = page.locator('nav.lang-switch a[hreflang="fi"]');
    expect(await suomi.getAttribute('lang')).toBe('fi');
    expect(await suomi.textContent()).toBe('Suomi');
    await suomi.click();
    await page.waitForURL(`${site.url}/fi/cases/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    expect(await page.locator('nav.lang-switch a[aria-current="page"]').getAttribute('hreflang')).toBe('fi');
    await page.context().close();
  });

  it('keeps a facet page and its page number across languages', async () => {
    const page = await open('/en/cases/', { javaScriptEnabled: false });
    const facetHref = await page.locator('[data-facet-links] a').first().getAttribute('href');
    expect(facetHref).toMatch(/^\/en\/cases\/\w+\/[^/]+\/$/);
    await page.goto(`${site.url}${facetHref}`);
    expect(await page.locator('nav.lang-switch a[hreflang="da"]').getAttribute('href')).toBe(facetHref!.replace('/en/', '/da/'));
    await page.context().close();
  });

  it("on an entry page, links every language to the same entry and points search engines at the entry's own language", async () => {
    const list = await open('/en/cases/', { javaScriptEnabled: false });
    const href = await list.locator('.catalogue-item h3 a').first().getAttribute('href');
    const language = await list.locator('.catalogue-item h3 a').first().getAttribute('lang');
    await list.context().close();
    // Every case opens in the reader's interface, whatever language it is written in.
    expect(href).toMatch(/^\/en\/cases\/[a-z0-9-]+\/$/);
    const id = href!.split('/')[3]!;
    const page = await open(href!, { javaScriptEnabled: false });
    for (const other of locales) {
      expect(await page.locator(`nav.lang-switch a[hreflang="${other}"]`).getAttribute('href')).toBe(`/${other}/cases/${id}/`);
    }
    expect(await page.locator('.lang-switch__note').count()).toBe(0);
    const own = language ?? 'en';
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(`/${own}/cases/${id}/`);
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
    await page.context().close();
  });
});

// Facet pages that exist in this build: the first country and the first stage in the facet data.
const facetFile = join(distDir, 'facets/cases.json');
const facetValues: Record<string, string[]> = existsSync(facetFile) ? (JSON.parse(readFileSync(facetFile, 'utf8')) as { values: Record<string, string[]> }).values : {};
const facetPages = [
  ...(facetValues['country']?.[0] ? [`/fi/cases/country/${facetValues['country'][0].toLowerCase()}/`] : []),
  ...(facetValues['stage']?.[0] ? [`/en/cases/stage/${facetValues['stage'][0]}/`] : []),
];

describe('axe (WCAG 2.1 AA) on the shell’s page types', () => {
  it('has facet pages to check', () => expect(facetPages.length).toBe(2));
  const pages = ['/', '/404.html', '/en/', '/sv/', '/is/', '/en/cases/', ...facetPages, '/nb/accessibility/', '/da/topics/', '/en/organisations/', '/en/events/', '/sv/methods/', '/en/requirements/'];
  it.each(pages.flatMap((path) => [[path, 'light'], [path, 'dark']] as const))('%s (%s)', async (path, colorScheme) => {
    const page = await open(path, { colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
