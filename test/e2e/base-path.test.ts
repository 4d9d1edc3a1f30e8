/**
 * Issue 19: README recommends a base path for a GitHub project site (https://owner.github.io/commons/),
 * yet nothing was ever built with one. This builds the whole site (pages, search index, service
 * worker) with COMMONS_BASE=/commons into a folder of its own, serves that folder at /commons/ on
 * a static server whose root holds nothing else, and checks that every internal address the build
 * wrote (pages, feeds, sitemaps, manifest, robots.txt) is under the base and resolves to a file,
 * and that a reader's visit (pages, search, opening a result, the service worker) asks for nothing
 * outside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { site } from '../../src/site.config.ts';
import { useSite, waitForServiceWorkerControl } from '../helpers/use-site.ts';

const base = '/commons';
const root = mkdtempSync(join(tmpdir(), 'commons-base-'));
const out = join(root, 'commons');

/** Attributes that hold an address (and data-*-url); `content` only on the meta tags that carry one. */
const addressAttributes = new Set(['href', 'src', 'action', 'poster']);
const addressMeta = new Set(['og:url', 'og:image', 'twitter:image', 'msapplication-config']);

interface Found {
  file: string;
  address: string;
}

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(folder, name)).isFile());
}

/** Every address in an HTML file that points into the site (root-relative, relative or at site.url). */
function addressesIn(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const [key, value] of Object.entries(attributes)) {
        if (addressAttributes.has(key) || key.endsWith('-url')) found.push(value);
        if (key === 'srcset') found.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
      }
      if (name === 'meta' && addressMeta.has(attributes['property'] ?? attributes['name'] ?? '') && attributes['content']) found.push(attributes['content']);
    },
  });
  parser.write(html);
  parser.end();
  return found.filter((address) => address !== '' && !address.startsWith('#') && !/^(mailto|tel|data|javascript):/i.test(address));
}

/** The site path an address means on `page` (a path under the base), or undefined if it is another site's. */
function sitePath(address: string, page: string): string | undefined {
  const origin = new URL(site.url).origin;
  const url = new URL(address, `${origin}${page}`);
  if (url.origin !== origin) return undefined;
  return decodeURIComponent(url.pathname);
}

/** Whether the built folder has a file for a path under the base (a folder means its index.html). */
function resolves(path: string): boolean {
  if (!path.startsWith(`${base}/`)) return false;
  const file = join(out, path.slice(base.length));
  return existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], {
    env: { ...process.env, COMMONS_BASE: base, COMMONS_OUT_DIR: out, COMMONS_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
    maxBuffer: 256 * 1024 * 1024,
  });
}, 900_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build with base /commons', () => {
  it('writes every internal address of every page under the base, and each resolves to a built file', () => {
    const pages = files(out).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const outside: Found[] = [];
    const missing: Found[] = [];
    for (const name of pages) {
      const page = `${base}/${name.replace(/index\.html$/, '')}`;
      for (const address of addressesIn(readFileSync(join(out, name), 'utf8'))) {
        const path = sitePath(address, page);
        if (path === undefined) continue;
        if (!path.startsWith(`${base}/`)) outside.push({ file: name, address });
        else if (!resolves(path)) missing.push({ file: name, address });
      }
    }
    expect(outside.slice(0, 20)).toEqual([]);
    expect(missing.slice(0, 20)).toEqual([]);
  });

  it('puts the base in the site addresses of feeds, calendars, sitemaps, open data, the manifest and robots.txt', () => {
    const origin = new URL(site.url).origin;
    const text = files(out).filter((name) => /\.(xml|rss|webmanifest|txt|ics|json|jsonld|csv|ttl)$/.test(name) && !name.startsWith('pagefind/'));
    expect(text).toContain('manifest.webmanifest');
    expect(text).toContain('robots.txt');
    const wrong: Found[] = [];
    for (const name of text) {
      // iCalendar folds lines at 75 octets: a continuation line starts with a space.
      const body = readFileSync(join(out, name), 'utf8').replace(/\r?\n[ \t]/g, '');
      for (const match of body.matchAll(new RegExp(`${origin.replace(/[.]/g, '\\.')}(/[^\\s"<>,;)]*)`, 'g'))) {
        // A full stop after an address in prose ends the sentence, not the address.
        const path = (decodeURIComponent(match[1] ?? '').replace(/&amp;/g, '&').split(/[?#]/)[0] ?? '').replace(/\.$/, '');
        if (!resolves(path)) wrong.push({ file: name, address: match[0] });
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')) as { start_url: string; scope?: string; icons: { src: string }[] };
    for (const address of [manifest.start_url, manifest.scope ?? `${base}/`, ...manifest.icons.map((icon) => icon.src)]) {
      expect(resolves(sitePath(address, `${base}/`) ?? ''), address).toBe(true);
    }
  });

  describe('in Chromium, served at /commons/ with nothing at the host root', () => {
    const served = useSite({ root: () => root });

    it('a reader who opens a page, searches and opens a result asks for nothing outside the base', async () => {
      const page = await served.newPage();
      const requests: string[] = [];
      const failed: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === served.url) requests.push(url.pathname);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
      });
      await page.goto(`${served.url}${base}/sv/`);
      await expect(page.locator('link[rel=icon]').getAttribute('href')).resolves.toBe(`${base}/favicon.svg`);
      await page.goto(`${served.url}${base}/en/search/?q=dementia`);
      const first = page.locator('[data-search-results] a').first();
      await first.waitFor({ timeout: 30_000 });
      const href = await first.getAttribute('href');
      expect(href?.startsWith(`${base}/en/`), String(href)).toBe(true);
      await first.click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname.startsWith(`${base}/en/`)).toBe(true);
      await waitForServiceWorkerControl(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe(`${base}/`);
      expect(requests.filter((path) => !path.startsWith(`${base}/`))).toEqual([]);
      expect(failed).toEqual([]);
      await page.context().close();
    });

    it('browser code knows the base: the results of a search download as a file of their entries', async () => {
      const page = await served.newPage({ acceptDownloads: true });
      await page.goto(`${served.url}${base}/en/search/?q=telemedicine`);
      await page.waitForSelector('[data-search][data-search-state="done"]');
      const offer = page.locator('search-downloads');
      await offer.waitFor({ state: 'visible' });
      const [download] = await Promise.all([page.waitForEvent('download'), offer.getByRole('button', { name: 'JSON' }).click()]);
      const records = JSON.parse(readFileSync(await download.path(), 'utf8')) as { collection: string; id: string }[];
      expect(records.length).toBeGreaterThan(0);
      await page.context().close();
    });
  });
});
