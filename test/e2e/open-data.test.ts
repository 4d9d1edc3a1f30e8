/**
 * Open data and subscriptions against the built site: feeds are well-formed RSS with items, the
 * calendar parses, the data files download and agree with each other and with content/, the
 * sitemap carries hreflang alternates, every page names its feeds and sharing metadata, and the
 * subscribe page passes axe in every interface language. The open-data part: the DCAT-AP
 * description validates against our DCAT-AP 3 shapes in all three syntaxes, every entry has its
 * JSON record, lists offer exactly their cases (static files, and files made in the browser for a
 * filtered list and for search results), the data page reads in six languages, and entry pages
 * carry schema.org JSON-LD made only of schema.org's own terms.
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
import { canonical, parseJsonLd, parseRdfXml, parseTurtle, validate } from '../data/dcat-validate.ts';
import { schemaOrgProblems } from '../data/schema-org-vocabulary.ts';
import { DataFactory, type Quad } from 'n3';

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
    const vevents = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
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
      const vevents = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
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
        // X reads og:title, og:description and og:image when its own tags are absent: repeating
        // them cost 1.5% of all HTML at 1,000 real-shaped entries (BENCHMARKS.md, issue 17).
        twitterRepeats: [...document.querySelectorAll('meta[name^="twitter:"]')].map((meta) => meta.getAttribute('name')).filter((name) => name !== 'twitter:card'),
        manifest: document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
      }));
      expect(meta.canonical, path).toMatch(new RegExp(`${path}$`));
      expect(meta.ogUrl, path).toBe(meta.canonical);
      expect(meta.ogTitle, path).toBeTruthy();
      expect(meta.twitter, path).toBe('summary');
      expect(meta.twitterRepeats, path).toEqual([]);
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

/** A site address as a path on the test server. */
const local = (url: string) => new URL(url).pathname;

describe('DCAT-AP description', () => {
  it('validates against the DCAT-AP 3 shapes, and says the same in Turtle, JSON-LD and RDF/XML', async () => {
    const turtle = await (await get('/data/catalog.ttl')).text();
    const quads = parseTurtle(turtle);
    const { results } = await validate(quads);
    expect(results.filter((result) => result.severity === 'Violation')).toEqual([]);
    // Warnings only for datasets whose entries carry no dates to cover (methods, requirements, topics, organisations).
    for (const warning of results) expect(`${warning.path} ${warning.focus}`).toMatch(/terms\/temporal .*#dataset-(methods|requirements|topics|organisations)$/);
    const fromJsonLd = await parseJsonLd((await (await get('/data/catalog.jsonld')).json()) as object);
    const fromXml = await parseRdfXml(await (await get('/data/catalog.rdf')).text());
    expect(canonical(fromJsonLd)).toEqual(canonical(quads));
    expect(canonical(fromXml)).toEqual(canonical(quads));
  });

  it('fails the shapes when a copy is broken', async () => {
    const quads = parseTurtle(await (await get('/data/catalog.ttl')).text());
    const catalogue = quads.find((q) => q.object.value === 'http://www.w3.org/ns/dcat#Catalog')!.subject.value;
    const broken: Quad[] = quads.filter((q) => !(q.subject.value === catalogue && q.predicate.value === 'http://purl.org/dc/terms/title'));
    broken.push(DataFactory.quad(DataFactory.namedNode(catalogue), DataFactory.namedNode('http://purl.org/dc/terms/license'), DataFactory.namedNode('https://example.org/not-a-licence')));
    const { conforms, results } = await validate(broken);
    expect(conforms).toBe(false);
    expect(results.filter((r) => r.severity === 'Violation').map((r) => r.path)).toEqual(
      expect.arrayContaining(['http://purl.org/dc/terms/title', 'http://purl.org/dc/terms/license']),
    );
  });

  it('points every distribution at a file the site serves, with its true size, and counts what content/ holds', async () => {
    const quads = parseTurtle(await (await get('/data/catalog.ttl')).text());
    const of = (subject: string, predicate: string) => quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
    const distributions = quads.filter((q) => q.predicate.value === 'http://www.w3.org/ns/dcat#distribution').map((q) => q.object.value);
    expect(distributions.length).toBe(6 * 4);
    for (const distribution of distributions) {
      const [url] = of(distribution, 'http://www.w3.org/ns/dcat#downloadURL');
      const bytes = Buffer.from(await (await get(local(url!))).arrayBuffer());
      expect(of(distribution, 'http://www.w3.org/ns/dcat#byteSize'), url).toEqual([String(bytes.length)]);
    }
    // The newest lastVerified of the cases is the cases dataset's modification date.
    const cases = (await (await get('/data/cases.json')).json()) as { lastVerified: string }[];
    const dataset = quads.find((q) => q.subject.value.endsWith('#dataset-cases') && q.predicate.value.endsWith('#type'))!.subject.value;
    expect(of(dataset, 'http://purl.org/dc/terms/modified')).toEqual([cases.map((c) => c.lastVerified).sort().at(-1)]);
    // The data page names the catalogue's resources (its rows carry the dataset fragments) and advertises the description.
    await page.goto(`${site.url}/data/`);
    expect(await page.locator('#dataset-cases').count()).toBe(1);
    expect(await page.locator('head link[rel="alternate"][type="text/turtle"]').getAttribute('href')).toBe('/data/catalog.ttl');
  });
});

describe('per-entry JSON', () => {
  it('gives every entry of every collection its own file, with the same fields as the collection file', async () => {
    for (const collection of collectionNames) {
      const records = (await (await get(`/data/${collection}.json`)).json()) as { id: string }[];
      expect(records.length, collection).toBe(contentCount(collection));
      for (const record of records) {
        const own: unknown = await (await get(`/data/${collection}/${encodeURIComponent(record.id)}.json`)).json();
        expect(own, `${collection}/${record.id}`).toEqual(record);
      }
    }
  });

  it('keeps the collection files lean: another entry is named by id and title, never repeated whole', async () => {
    for (const collection of collectionNames) {
      const records = (await (await get(`/data/${collection}.json`)).json()) as object[];
      const walk = (value: unknown, depth: number): void => {
        if (Array.isArray(value)) return value.forEach((item) => walk(item, depth + 1));
        if (!value || typeof value !== 'object') return;
        const keys = Object.keys(value);
        if (depth > 0 && keys.includes('id')) expect(keys.filter((key) => !['id', 'title', 'code', 'result', 'note'].includes(key)), collection).toEqual([]);
        for (const inner of Object.values(value)) walk(inner, depth + 1);
      };
      walk(records, -1);
    }
  });

  it('is linked from each entry page, which also carries schema.org JSON-LD made of schema.org terms only', async () => {
    const checked: string[] = [];
    for (const collection of collectionNames) {
      const records = (await (await get(`/data/${collection}.json`)).json()) as { id: string; url: string }[];
      for (const record of records) {
        const path = local(record.url);
        // Read as served (a browser per page would take minutes): the link and the one JSON-LD block.
        const html = await (await get(path)).text();
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        expect(main, path).toContain(`href="/data/${collection}/${encodeURIComponent(record.id)}.json"`);
        const scripts = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
        expect(scripts.length, path).toBe(1);
        expect(await schemaOrgProblems(JSON.parse(scripts[0]!) as object), path).toEqual([]);
        checked.push(path);
      }
    }
    expect(checked.length).toBe(collectionNames.reduce((sum, c) => sum + contentCount(c), 0));
  });
});

describe('filtered downloads', () => {
  type Row = Record<string, string>;
  const parseCsv = (bytes: Buffer) => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Row>(bytes.subarray(3).toString('utf8'), { header: true, skipEmptyLines: true, newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  };

  it('lets a researcher download the cases of one topic in one country in two clicks from any page', async () => {
    const cases = (await (await get('/data/cases.json')).json()) as { id: string; countries: string[]; topics: { id: string }[] }[];
    await page.goto(`${site.url}/fi/`);
    // Click 1: the footer's open-data link, in the reader's language.
    await page.locator('footer a[href="/fi/data/"]').click();
    await page.waitForURL(`${site.url}/fi/data/`);
    const first = page.locator('table.country-topic tbody tr').first();
    const csvLink = first.locator('a[type="text/csv"]');
    // Click 2 is this link; its name says which topic in which country.
    expect(await csvLink.getAttribute('aria-label')).toMatch(/: CSV$/);
    const href = (await csvLink.getAttribute('href'))!;
    const [, country, topic] = /\/data\/lists\/cases\/country\/([a-z]{2})\/topic\/([^/]+)\.csv$/.exec(href)!;
    const rows = parseCsv(Buffer.from(await (await get(href)).arrayBuffer()));
    const expected = cases.filter((c) => c.countries.includes(country!.toUpperCase()) && c.topics.some((t) => t.id === topic)).map((c) => c.id);
    expect(rows.map((row) => row.id).sort()).toEqual(expected.sort());
    // The row's total is the file's number of rows.
    expect(Number((await first.locator('td').nth(5).textContent())!.replace(/\D/g, ''))).toBe(rows.length);
    const json = (await (await get(href.replace(/\.csv$/, '.json'))).json()) as { id: string }[];
    expect(json.map((row) => row.id)).toEqual(rows.map((row) => row.id));
  });

  it('offers on every static list page exactly the cases of that list, in its order', async () => {
    await page.goto(`${site.url}/en/cases/`);
    const countryLink = (await page.locator('[data-facet-links] a[href^="/en/cases/country/"]').first().getAttribute('href'))!;
    for (const path of [countryLink, '/en/cases/outcome/not-achieved/', '/sv/cases/stage/discontinued/']) {
      const response = await fetch(`${site.url}${path}`);
      if (response.status === 404) continue;
      await page.goto(`${site.url}${path}`);
      const shown = await page.$$eval('[data-facet-results] h3 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/').at(-2)!));
      const csv = (await page.locator('list-downloads [data-downloads-static] a[type="text/csv"]').getAttribute('href'))!;
      const rows = parseCsv(Buffer.from(await (await get(csv)).arrayBuffer()));
      // The page shows its first 50; the file holds the whole list, starting with the same cases.
      expect(rows.slice(0, shown.length).map((row) => row.id), path).toEqual(shown);
      const status = (await page.locator('[data-facet-status]').textContent())!;
      expect(status, path).toContain(String(rows.length));
    }
  });

  it('makes the file of a list filtered in the browser, with every column of cases.csv', async () => {
    const cases = (await (await get('/data/cases.json')).json()) as { id: string; countries: string[]; outcome: string }[];
    const country = cases.find((c) => c.countries.length > 0)!.countries[0]!;
    const expected = cases.filter((c) => c.countries.includes(country) && ['ongoing', 'achieved'].includes(c.outcome)).map((c) => c.id);
    const browserPage = await site.newPage({ acceptDownloads: true });
    await browserPage.goto(`${site.url}/en/cases/?country=${country}&outcome=ongoing,achieved`);
    const filtered = browserPage.locator('list-downloads [data-downloads-filtered]');
    await filtered.waitFor({ state: 'visible' });
    expect(await filtered.locator('[data-downloads-label]').textContent()).toContain(String(expected.length));
    const [download] = await Promise.all([browserPage.waitForEvent('download'), filtered.getByRole('button', { name: 'CSV' }).click()]);
    const rows = parseCsv(readFileSync(await download.path()));
    expect(rows.map((row) => row.id).sort()).toEqual([...expected].sort());
    const header = Papa.parse<string[]>(Buffer.from(await (await get('/data/cases.csv')).arrayBuffer()).subarray(3).toString('utf8'), { preview: 1, newline: '\r\n' }).data[0];
    expect(Object.keys(rows[0]!)).toEqual(header);
    const [jsonDownload] = await Promise.all([browserPage.waitForEvent('download'), filtered.getByRole('button', { name: 'JSON' }).click()]);
    const records = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as { id: string }[];
    expect(records.map((record) => record.id)).toEqual(rows.map((row) => row.id));
    await browserPage.context().close();
  });

  it('makes files of search results: JSON of every result and a CSV per collection found', async () => {
    const browserPage = await site.newPage({ acceptDownloads: true });
    await browserPage.goto(`${site.url}/en/search/?q=telemedicine`);
    await browserPage.waitForSelector('[data-search][data-search-state="done"]');
    const offer = browserPage.locator('search-downloads');
    await offer.waitFor({ state: 'visible' });
    const [download] = await Promise.all([browserPage.waitForEvent('download'), offer.getByRole('button', { name: 'JSON' }).click()]);
    const records = JSON.parse(readFileSync(await download.path(), 'utf8')) as { collection: string; id: string }[];
    expect(records.length).toBeGreaterThan(0);
    const count = Number((await offer.locator('[data-downloads-label]').textContent())!.replace(/\D/g, ''));
    expect(records.length).toBeLessThanOrEqual(count);
    for (const record of records.slice(0, 10)) {
      const { collection, ...fields } = record;
      expect(await (await get(`/data/${collection}/${encodeURIComponent(record.id)}.json`)).json()).toEqual(fields);
    }
    const csvButton = offer.locator('button', { hasText: 'CSV' }).first();
    await csvButton.waitFor();
    const [csvDownload] = await Promise.all([browserPage.waitForEvent('download'), csvButton.click()]);
    const rows = parseCsv(readFileSync(await csvDownload.path()));
    expect(rows.length).toBeGreaterThan(0);
    await browserPage.context().close();
  });

  it('offers the whole file on the other collections’ lists and the topic comparison pages', async () => {
    for (const [path, file] of [['/da/events/', '/data/events.csv'], ['/nb/methods/', '/data/methods.csv'], ['/is/topics/', '/data/topics.csv']] as const) {
      await page.goto(`${site.url}${path}`);
      expect(await page.locator(`main a[href="${file}"]`).count(), path).toBe(1);
    }
    const topics = (await (await get('/data/topics.json')).json()) as { id: string; cases: unknown[] }[];
    const topic = topics.find((t) => t.cases.length > 0)!;
    await page.goto(`${site.url}/en/topics/${topic.id}/`);
    const href = (await page.locator('main .list-downloads a[type="text/csv"]').getAttribute('href'))!;
    const rows = parseCsv(Buffer.from(await (await get(href)).arrayBuffer()));
    expect(rows.length).toBeGreaterThanOrEqual(topic.cases.length);
  });
});

describe('the data page', () => {
  it.each(locales)('reads in %s: breadcrumbs, sizes and row counts, the cross table, how to cite with the build date; passes axe', async (locale) => {
    await page.goto(`${site.url}/${locale}/data/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('nav.breadcrumbs a').first().getAttribute('href')).toBe(`/${locale}/`);
    const heading = (await page.locator('h1').textContent())!;
    if (locale !== 'en') {
      await page.goto(`${site.url}/en/data/`);
      expect(heading).not.toBe(await page.locator('h1').textContent());
      await page.goto(`${site.url}/${locale}/data/`);
    }
    // Row counts: the cases row counts content/cases.
    const casesRow = page.locator('#dataset-cases');
    expect(Number((await casesRow.locator('td').first().textContent())!.replace(/\D/g, ''))).toBe(contentCount('cases'));
    // Sizes: every file link is followed by its size.
    expect(await casesRow.locator('td .muted').count()).toBe(3);
    expect(await page.locator('table.country-topic tbody tr').count()).toBeGreaterThan(0);
    const created = ((await (await get('/data/datapackage.json')).json()) as { created: string }).created.slice(0, 10);
    expect(await page.locator('blockquote.citation').textContent()).toContain(created);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
