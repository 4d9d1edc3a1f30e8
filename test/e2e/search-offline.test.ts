/**
 * Offline: after one visit, with the network gone (Playwright's offline mode), a reader can still
 * search in any interface language, open the pages they visited, and gets the translated offline
 * notice; a page never visited shows the offline page instead of a browser error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite, waitForServiceWorkerControl } from '../helpers/use-site.ts';
import { searchOnPage } from '../../bench/search-measure.ts';

const site = useSite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  page = await site.newPage();
  context = page.context();
});

describe('offline after one visit', () => {
  it('installs a service worker that takes control', async () => {
    await searchOnPage(page, site.url, 'sv', 'KOL');
    await waitForServiceWorkerControl(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    // The page the reader reads next is cached as it is visited. KIH (Danish) is what the next
    // test's Finnish query finds through the shared vocabulary alone (it has no Finnish word); the
    // seed's ordnat-inforande is now outranked by 24 remote-monitoring cases
    // (test/search/quality-set.json, "etäseuranta").
    // A Finnish reader reads it in the Finnish interface (every entry has a page under every prefix).
    await page.goto(`${site.url}/fi/cases/klinisk-integreret-hjemmemonitorering-kih/`);
    await page.locator('h1').waitFor();
  });

  it('searches with no network, in another language too', async () => {
    await context.setOffline(true);
    const links = await searchOnPage(page, site.url, 'fi', 'etäseuranta');
    expect(links).toContain('/fi/cases/klinisk-integreret-hjemmemonitorering-kih/');
    const notice = page.locator('[data-offline-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('offline');
  });

  it('opens a visited page from a search result', async () => {
    await page.locator('[data-search-results] a[href="/fi/cases/klinisk-integreret-hjemmemonitorering-kih/"]').click();
    await page.waitForURL(/\/fi\/cases\/klinisk-integreret-hjemmemonitorering-kih\/$/);
    expect(await page.locator('h1').textContent()).toContain('Klinisk Integreret Hjemmemonitorering');
  });

  it('shows the offline page for a page never visited', async () => {
    await page.goto(`${site.url}/en/methods/roadmap-for-service-innovation/`);
    expect(await page.locator('h1').textContent()).toContain('You are offline');
    await context.setOffline(false);
  });
});
