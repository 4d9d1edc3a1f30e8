/**
 * The requirements library as a procurement officer uses it, against the built site: filter by
 * category, level and phase without JavaScript, cite codes, see where a requirement was used, pick
 * requirements into the basket and download it as CSV, Markdown and .odt, also offline; and the
 * ready-made downloads a reader without JavaScript gets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir } from '../helpers/site.ts';
import { useSite, waitForServiceWorkerControl } from '../helpers/use-site.ts';
import { ODT_MEDIA_TYPE } from '../../src/outputs/annex/odt.ts';

const site = useSite();
const file = (path: string) => readFileSync(join(distDir, path));
const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('the library without JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.newPage({ javaScriptEnabled: false });
  });

  it('lists every requirement with its code, level and category, in the reader language', async () => {
    await page.goto(`${site.url}/nb/requirements/`);
    const codes = await page.locator('.requirement-card .requirement-code').allTextContents();
    expect(codes.length).toBeGreaterThanOrEqual(15);
    for (const code of codes) expect(code).toMatch(/^NWTC-[A-Z]{3}-\d{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(await page.locator('.requirement-card').first().textContent()).toMatch(/Nivå/);
    // No dead controls: the basket checkbox exists only when the island runs.
    expect(await page.locator('basket-toggle input').count()).toBe(0);
  });

  it('filters by category, level and Roadmap phase with plain links', async () => {
    await page.goto(`${site.url}/nb/requirements/`);
    await page.locator('.requirement-facets a[href="/nb/requirements/level/basic/"]').click();
    await page.waitForURL(/\/nb\/requirements\/level\/basic\/$/);
    const levels = await page.locator('.requirement-card .level-badge').allTextContents();
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).toEqual(new Set(['Grunnleggende']));
    await page.goto(`${site.url}/da/requirements/category/privacy/`);
    expect(await page.locator('h1').textContent()).toContain('Databeskyttelse');
    await page.goto(`${site.url}/fi/requirements/phase/transition-to-operation/`);
    expect(await page.locator('.requirement-card').count()).toBeGreaterThan(0);
  });

  it('shows a requirement with its code, verification, origin and where it was used', async () => {
    await page.goto(`${site.url}/sv/requirements/krav-dokumenterad-effekt/`);
    expect(await page.locator('#requirement-statement').textContent()).toContain('NWTC-EFF-001');
    const facts = await page.locator('#requirement-facts + dl, .fact-box').first().textContent();
    expect(facts).toContain('Dokumentation');
    expect(await page.locator('#requirement-history').count()).toBe(1);
    expect(await page.locator('.requirement-history__table tbody tr').count()).toBeGreaterThan(0);
  });

  it('offers the pilot kit for each Roadmap phase in every language', async () => {
    await page.goto(`${site.url}/is/pilot-kit/`);
    const phases = page.locator('.pilot-kit-phases > li');
    expect(await phases.count()).toBe(5);
    await page.goto(`${site.url}/en/pilot-kit/development-testing-evaluation/`);
    expect(await page.locator('h1').textContent()).toContain('Development, testing and evaluation');
    expect(await page.locator('#kit-requirements ~ ul .requirement-card, #kit-requirements + * + ul .requirement-card').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/en/requirements/annex/phase-development-testing-evaluation.odt"]').count()).toBe(1);
  });
});

describe('the ready-made downloads', () => {
  it('writes each category and phase as CSV, Markdown and .odt in every language', () => {
    const csv = csvRows(file('nb/requirements/annex/category-privacy.csv').toString('utf8'));
    expect(csv[0]?.[0]).toBe('Kode');
    expect(csv.slice(1).map((row) => row[0])).toEqual(expect.arrayContaining(['NWTC-PRI-001', 'NWTC-PRI-002']));
    expect(file('fi/requirements/annex/all.md').toString('utf8')).toMatch(/^# Hankinnan vaatimukset/);
    const odt = file('en/requirements/annex/phase-transition-to-operation.odt');
    expect(strFromU8(odt.subarray(30, 38))).toBe('mimetype');
    const content = strFromU8(unzipSync(odt)['content.xml']!);
    expect(content).toContain('NWTC-OPS-004');
  });

  it('gives the statement in the reader language where a translation exists, else in the source language', () => {
    const statementOf = (lang: string, code: string) => {
      const rows = csvRows(file(`${lang}/requirements/annex/all.csv`).toString('utf8'));
      return rows.find((row) => row[0] === code)?.[1] ?? '';
    };
    expect(statementOf('en', 'NWTC-PRI-001')).toContain('The solution must have privacy built in');
    expect(statementOf('sv', 'NWTC-PRI-001')).toContain('Lösningen ska ha inbyggt integritetsskydd');
    // No Icelandic translation: the Norwegian original, and the language column says so.
    expect(statementOf('is', 'NWTC-PRI-001')).toContain('Løsningen skal ha innebygd personvern');
  });

  it('leaves no cell a spreadsheet would run as a formula', () => {
    for (const lang of ['en', 'sv', 'nb', 'da', 'fi', 'is']) {
      const cells = csvRows(file(`${lang}/requirements/annex/all.csv`).toString('utf8')).flat();
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell)), lang).toEqual([]);
    }
  });
});

describe('the basket', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.newPage({ acceptDownloads: true });
  });

  async function downloaded(format: 'csv' | 'md' | 'odt'): Promise<Buffer> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-basket-export="${format}"]`).click()]);
    expect(download.suggestedFilename()).toBe(`requirements-nb.${format}`);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  it('keeps the requirements a reader ticks, across pages', async () => {
    await page.goto(`${site.url}/nb/requirements/category/privacy/`);
    const toggles = page.locator('basket-toggle input');
    expect(await toggles.count()).toBeGreaterThanOrEqual(2);
    await toggles.nth(0).check();
    await toggles.nth(1).check();
    expect(await page.locator('#basket-status').textContent()).toMatch(/NWTC-PRI-00\d/);
    await page.goto(`${site.url}/nb/requirements/`);
    expect(await page.locator('basket-count').first().textContent()).toBe('(2)');
    const checked = await page.locator('basket-toggle input:checked').count();
    expect(checked).toBe(2);
  });

  it('lists them on the basket page and downloads CSV, Markdown and .odt', async () => {
    await page.goto(`${site.url}/nb/requirements/basket/`);
    await page.locator('[data-basket-list] li').first().waitFor();
    expect(await page.locator('[data-basket-list] li').count()).toBe(2);
    const csv = csvRows((await downloaded('csv')).toString('utf8'));
    expect(csv.slice(1).map((row) => row[0]).sort()).toEqual(['NWTC-PRI-001', 'NWTC-PRI-002']);
    expect((await downloaded('md')).toString('utf8')).toContain('## NWTC-PRI-001');
    const odt = await downloaded('odt');
    const files = unzipSync(new Uint8Array(odt));
    expect(strFromU8(files['mimetype']!)).toBe(ODT_MEDIA_TYPE);
    expect(strFromU8(files['content.xml']!)).toContain('NWTC-PRI-002');
  });

  it('works offline once visited: the page from the service worker, the rows from the browser', async () => {
    await waitForServiceWorkerControl(page);
    await page.goto(`${site.url}/nb/requirements/basket/`);
    await page.context().setOffline(true);
    try {
      await page.reload();
      await page.locator('[data-basket-list] li').first().waitFor();
      expect(await page.locator('[data-basket-list] li').count()).toBe(2);
      const csv = csvRows((await downloaded('csv')).toString('utf8'));
      expect(csv).toHaveLength(3);
    } finally {
      await page.context().setOffline(false);
    }
  });

  it('removes one, then empties the basket', async () => {
    await page.goto(`${site.url}/nb/requirements/basket/`);
    await page.locator('[data-basket-list] li button').first().click();
    expect(await page.locator('[data-basket-list] li').count()).toBe(1);
    await page.locator('[data-basket-clear]').click();
    expect(await page.locator('[data-basket-list] li').count()).toBe(0);
    expect(await page.locator('[data-basket-count]').textContent()).toContain('tom');
  });
});
