/**
 * A new build replaces the old one cleanly: the new service worker takes over, every cache of the
 * previous build is deleted (so no page or index file of two builds is ever mixed), and a page
 * still open from the old build offers a reload. Runs on a copy of the built site whose service
 * worker is regenerated as the next build's would be.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assertBuilt, distDir } from '../helpers/site.ts';
import { useSite, waitForServiceWorkerControl } from '../helpers/use-site.ts';
import { buildServiceWorker, cachePrefix } from '../../src/offline/service-worker.ts';
import { searchOnPage } from '../../bench/search-measure.ts';

let copy: string;
let page: Page;

// Registered before useSite, so the copy exists when the server starts and, afterAll hooks running
// in reverse, is removed after the server stops.
beforeAll(async () => {
  assertBuilt();
  copy = await mkdtemp(join(tmpdir(), 'commons-update-'));
  await cp(distDir, copy, { recursive: true });
});

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

const site = useSite({ root: () => copy });

beforeAll(async () => {
  page = await site.newPage();
});

const cacheNames = () => page.evaluate(() => caches.keys());

describe('publishing a new build', () => {
  it('replaces the old build\'s caches and offers a reload', async () => {
    await searchOnPage(page, site.url, 'en', 'KOL');
    await waitForServiceWorkerControl(page);
    await page.goto(`${site.url}/sv/cases/ordnat-inforande/`);
    const before = await cacheNames();
    const oldBuild = before.find((name) => name.startsWith(`${cachePrefix}-`))!.split('-')[1];
    expect(before.some((name) => name.endsWith('-pages'))).toBe(true);

    // The next build: a changed asset gives a new build id and a new worker.
    await writeFile(join(copy, '_astro', 'next-build.css'), '/* next build */');
    const next = await buildServiceWorker(copy);
    expect(next.buildId).not.toBe(oldBuild);

    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const changed = new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      await registration.update();
      await changed;
    });
    expect(await page.locator('[data-update-notice]').isVisible()).toBe(true);
    await expect.poll(async () => (await cacheNames()).filter((name) => name.startsWith(`${cachePrefix}-${oldBuild}`)), { timeout: 10_000 }).toEqual([]);
    const after = await cacheNames();
    expect(after.filter((name) => name.startsWith(`${cachePrefix}-`)).every((name) => name.startsWith(`${cachePrefix}-${next.buildId}`))).toBe(true);

    await page.locator('[data-update-notice] button').click();
    await page.waitForLoadState('load');
    expect(await page.locator('[data-update-notice]').isVisible()).toBe(false);
  });
});
