/**
 * Open data and subscriptions against the built site: feeds are well-formed RSS with items, the
 * calendar parses, the data files download and agree with each other and with content/, the
 * sitemap carries hreflang alternates, every page names its feeds and sharing metadata, and the
 * subscribe page passes axe in every interface language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { useSite } from '../helpers/use-site.ts';
import { contentDir } from '../../src/content-dir.ts';
import { locales } from '../../src/i18n/locales.ts';
import { collections, collectionNames, type CollectionName } from '../../src/schema/collections.ts';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Entries in content/<collection>/: the files the catalogue is built from. */
function contentCount(collection: CollectionName): number {
  const extensions = collections[collection].extensions as readonly string[];
  const walk = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (sum, item) => sum + (item.isDirectory() ? walk(join(dir, item.name)) : extensions.includes(extname(item.name)) ? 1 : 0),
      0,
    );
  return walk(join(contentDir, collection));
}

const site = useSite();
let page: Page;

beforeAll(async () => {
  // The site's CSP forbids inline scripts; axe is injected as one, so the test context bypasses it.
  page = await site.newPage({ bypassCSP: true });
});

async function get(path: string): Promise<Response> {
  const response = await fetch(`${site.url}${path}`);
  expect(response.status, path).toBe(200);
  return response;
}

/** Parses XML in Chromium; fails on any well-formedness error. */
async function parseXml(text: string) {
  await page.goto(`${site.url}/en/`);
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const items = [...doc.querySelectorAll('channel > item')].map((item) => ({
      title: item.querySelector('title')?.textContent ?? '',
      link: item.querySelector('link')?.textContent ?? '',
      pubDate: item.querySelector('pubDate')?.textContent ?? '',
    }));
    return { error, title: doc.querySelector('channel > title')?.textContent ?? '', language: doc.querySelector('channel > language')?.textContent, items };
  }, text);
}

describe('RSS feeds', () => {
  it('publishes well-formed feeds with items: overall, per collection, per topic, per country, per topic in a country', async () => {
    const cases = (await (await get('/data/cases.json')).json()) as { id: string; topics: { id: string }[]; countries: string[] }[];
    const sample = cases.find((entry) => entry.countries.length > 0)!;
    const country = sample.countries[0]!.toLowerCase();
    const topic = sample.topics[0]!.id;
    const paths = [
      '/en/rss.xml',
      '/sv/cases/rss.xml',
      '/nb/methods/rss.xml',
      '/fi/events/rss.xml',
      `/da/topics/${topic}/rss.xml`,
      `/is/cases/country/${country}/rss.xml`,
      `/nb/cases/country/${country}/topic/${topic}/rss.xml`,
    ];
    for (const path of paths) {
      const response = await get(path);
      const feed = await parseXml(await response.text());
      expect(feed.error, path).toBeNull();
      expect(feed.items.length, path).toBeGreaterThan(0);
      expect(feed.language, path).toBe(path.split('/')[1]);
      for (const item of feed.items) {
        expect(item.title, path).not.toBe('');
        expect(Number.isNaN(Date.parse(item.pubDate)), path).toBe(false);
        // Items link to the entry's one page, which exists in the build.
        const local = new URL(item.link).pathname;
        expect((await fetch(`${site.url}${local}`)).status, item.link).toBe(200);
      }
    }
  });

  it('lets an editor follow "new COPD cases in Norway", even before the first one arrives', async () => {
    const feed = await parseXml(await (await get('/nb/cases/country/no/topic/copd/rss.xml')).text());
    expect(feed.error).toBeNull();
    expect(feed.title).toMatch(/^Nye prosjekter om KOLS i Norge/);
    await page.goto(`${site.url}/nb/subscribe/`);
    expect(await page.$$eval('a[href="/nb/cases/country/no/topic/copd/rss.xml"]', (links) => links.length)).toBe(1);
  });

  it('titles the channel in the interface language', async () => {
    const en = await parseXml(await (await get('/en/cases/rss.xml')).text());
    const sv = await parseXml(await (await get('/sv/cases/rss.xml')).text());
    expect(en.title).toMatch(/^New cases/);
    expect(sv.title).toMatch(/^Nya projekt/);
    expect(sv.items.map((item) => item.title)).toEqual(en.items.map((item) => item.title));
  });

  it('advertises feeds in the head of the pages they follow and links them visibly', async () => {
    await page.goto(`${site.url}/nb/cases/`);
    const head = await page.$$eval('head link[rel="alternate"][type="application/rss+xml"]', (links) => links.map((link) => link.getAttribute('href')));
    expect(head).toContain('/nb/cases/rss.xml');
    expect(head).toContain('/nb/rss.xml');
    const visible = await page.$$eval('main a[type="application/rss+xml"]', (links) => links.map((link) => link.getAttribute('href')));
    expect(visible).toContain('/nb/cases/rss.xml');
    for (const href of head) expect((await fetch(`${site.url}${href}`)).status, href!).toBe(200);
  });
});

describe('events calendar', () => {
  it('parses with ical.js; every event is in it or named on the subscribe page as left out', async () => {
    const response = await get('/events.ics');
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const text = await response.text();
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const uids = vevents.map((vevent) => String(vevent.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    for (const vevent of vevents) expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);

    await page.goto(`${site.url}/en/subscribe/`);
    const excluded = await page.$$eval('#calendar ~ ul a[href*="/events/"]', (links) => links.length);
    expect(vevents.length + excluded).toBe(contentCount('events'));
  });

  it('offers each full-dated event as its own .ics', async () => {
    const events = (await (await get('/data/events.json')).json()) as { id: string; url: string; calendar?: string }[];
    const withCalendar = events.filter((event) => event.calendar);
    expect(withCalendar.length).toBeGreaterThan(0);
    for (const event of withCalendar) {
      // The event's page offers it.
      await page.goto(`${site.url}${new URL(event.url).pathname}`);
      const offered = await page.$$eval('main a[type="text/calendar"]', (links) => links.map((link) => link.getAttribute('href')));
      expect(offered).toEqual([new URL(event.calendar!).pathname]);
      const text = await (await get(new URL(event.calendar!).pathname)).text();
      const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
      expect(vevents.map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual([expect.stringContaining(`event-${event.id}@`)]);
    }
  });
});

describe('open data', () => {
  it('has one JSON record per file in content/ for every collection', async () => {
    for (const collection of collectionNames) {
      const records = (await (await get(`/data/${collection}.json`)).json()) as unknown[];
      expect(records.length, collection).toBe(contentCount(collection));
    }
  });

  it('cases.csv round-trips through a CSV parser and matches cases.json, Nordic letters intact', async () => {
    const bytes = Buffer.from(await (await get('/data/cases.csv')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, newline: '\r\n', delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    const json = (await (await get('/data/cases.json')).json()) as { id: string; title: string; summary: string; place: string }[];
    expect(parsed.data.map((row) => row.id)).toEqual(json.map((entry) => entry.id));
    expect(parsed.data.length).toBe(contentCount('cases'));
    for (const [index, row] of parsed.data.entries()) {
      expect(row.title).toBe(json[index]!.title);
      expect(row.summary).toBe(json[index]!.summary);
      expect(row.place).toBe(json[index]!.place);
    }
    // The real catalogue is Swedish and Norwegian: its letters survive the trip.
    expect(parsed.data.map((row) => `${row.title} ${row.summary} ${row.place} ${row.organisations}`).join(' ')).toMatch(/[åäöøæÅÄÖØÆ]/);
  });

  it('describes every file in datapackage.json, with CSV fields equal to the header', async () => {
    const descriptor = (await (await get('/data/datapackage.json')).json()) as {
      resources: { name: string; path: string; schema?: { fields: { name: string }[] } }[];
    };
    for (const resource of descriptor.resources) {
      const response = await get(new URL(resource.path).pathname);
      if (resource.schema) {
        // Decode by hand: Response.text() would silently drop the byte order mark.
        const bytes = Buffer.from(await response.arrayBuffer());
        expect([...bytes.subarray(0, 3)], resource.name).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.subarray(3).toString('utf8');
        const header = Papa.parse<string[]>(text, { preview: 1, newline: '\r\n', delimiter: ',' }).data[0];
        expect(resource.schema.fields.map((field) => field.name), resource.name).toEqual(header);
      }
    }
  });

  it('links the JSON Schemas under /schema/', async () => {
    await page.goto(`${site.url}/data/`);
    const schemaLinks = await page.$$eval('a[href^="/schema/"]', (links) => links.map((link) => link.getAttribute('href')!));
    expect(schemaLinks.length).toBe(collectionNames.length);
    for (const href of schemaLinks) expect((await fetch(`${site.url}${href}`)).status, href).toBe(200);
  });
});

describe('sitemap, sharing metadata and manifest', () => {
  it('lists pages with hreflang alternates where a page exists in six languages', async () => {
    const index = await (await get('/sitemap-index.xml')).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    const xml = (await Promise.all(sitemaps.map(async (path) => (await get(path)).text()))).join('\n');
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1]!);
    const casesList = urls.find((url) => /<loc>[^<]*\/en\/cases\/<\/loc>/.test(url))!;
    expect(casesList).toBeDefined();
    for (const locale of locales) expect(casesList).toContain(`hreflang="${locale}" href="`);
    expect(urls.some((url) => /\/subscribe\/<\/loc>/.test(url) && url.includes('xhtml:link'))).toBe(true);
    expect(urls.some((url) => /\/404\/<\/loc>/.test(url))).toBe(false);
    expect(await (await get('/robots.txt')).text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });

  it('gives every page a canonical URL, Open Graph and a Twitter card', async () => {
    for (const path of ['/sv/subscribe/', '/en/cases/', '/data/']) {
      await page.goto(`${site.url}${path}`);
      const meta = await page.evaluate(() => ({
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
        ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
        ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute('content'),
        twitter: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
        manifest: document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
      }));
      expect(meta.canonical, path).toMatch(new RegExp(`${path}$`));
      expect(meta.ogUrl, path).toBe(meta.canonical);
      expect(meta.ogTitle, path).toBeTruthy();
      expect(meta.twitter, path).toBe('summary');
      expect((await fetch(`${site.url}${new URL(meta.ogImage!).pathname}`)).status).toBe(200);
      expect(meta.manifest).toBe('/manifest.webmanifest');
    }
  });

  it('serves a manifest whose icons exist, including a maskable one', async () => {
    const manifest = (await (await get('/manifest.webmanifest')).json()) as { name: string; icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest.name).toBeTruthy();
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) await get(icon.src);
  });
});

describe('subscribe page', () => {
  it.each(locales)('passes axe (WCAG 2.1 A and AA) in %s and loads nothing from another origin', async (locale) => {
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(`${site.url}/${locale}/subscribe/`);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    page.removeAllListeners('request');
    expect(violations).toEqual([]);
    expect([...origins].filter((origin) => origin !== site.url)).toEqual([]);
    const feeds = await page.$$eval('a[type="application/rss+xml"]', (links) => links.length);
    expect(feeds).toBeGreaterThan(5);
  });
});
