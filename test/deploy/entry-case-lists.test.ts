/**
 * A method or organisation with more cases than its page shows (src/lib/entry-cases.ts): the page
 * lists the newest ENTRY_CASES_SHOWN and links to the full list, which holds every one of its cases
 * exactly once, page by page, in every interface language, and passes axe. Before, the page listed
 * them all: 3.4 MB of HTML for a method at 10,000 real-shaped entries (issue 17).
 *
 * Builds a snapshot of the site (as the benchmark does) on the seed content plus the benchmark's
 * real-shaped copies (bench/real-shaped.ts), so the richest case's method and organisation have
 * more cases than a page shows; the seed alone has at most four cases a method.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { astroBuild, repoRoot } from '../checks/helpers.ts';
import { launchBrowser, serveStatic } from '../helpers/site.ts';
import { richestOfCatalogue, writeRealShapedContent } from '../../bench/real-shaped.ts';
import { ENTRY_CASES_SHOWN } from '../../src/lib/entry-cases.ts';

const work = mkdtempSync(path.join(tmpdir(), 'nwtc-entry-cases-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const skipped = new Set(['node_modules', '.git', 'dist', '.astro', '.incr', 'bench', 'test', 'content']);
const site = path.join(work, 'site');
const out = path.join(site, 'dist');
/** Copies of the richest case: more than two list pages' worth once the real cases are added. */
const copies = 110;
let method = '';
let organisation = '';
/** Ids of the cases naming the method (the organisation), from the content. */
const methodCases: string[] = [];
const organisationCases: string[] = [];

beforeAll(() => {
  for (const name of readdirSync(repoRoot)) if (!skipped.has(name)) cpSync(path.join(repoRoot, name), path.join(site, name), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(site, 'node_modules'));
  // 70% of the corpus are cases (bench/generate.ts collectionCounts).
  const content = writeRealShapedContent(path.join(work, 'corpus'), Math.ceil(copies / 0.7), path.join(repoRoot, 'content'));
  const richest = richestOfCatalogue(path.join(repoRoot, 'content')).cases;
  const frontOf = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { methods?: string[]; organisations?: string[]; funding?: { funder: string }[]; contact?: { organisation?: string } };
  const front = frontOf(richest.text);
  method = front.methods![0]!;
  organisation = front.organisations![0]!;
  const cases = readdirSync(path.join(content, 'cases')).filter((name) => /\.mdx?$/.test(name));
  for (const file of cases) {
    const data = frontOf(readFileSync(path.join(content, 'cases', file), 'utf8'));
    const id = file.replace(/\.mdx?$/, '');
    if (data.methods?.includes(method)) methodCases.push(id);
    if ([...(data.organisations ?? []), ...(data.funding ?? []).map((f) => f.funder), data.contact?.organisation].includes(organisation)) organisationCases.push(id);
  }
  const result = astroBuild(site, { COMMONS_CONTENT_DIR: content, COMMONS_OUT_DIR: out, COMMONS_CACHE_DIR: path.join(work, 'cache') }, 300_000);
  expect(result.status, result.stderr + result.stdout.slice(-3000)).toBe(0);
}, 320_000);

const page = (url: string) => readFileSync(path.join(out, url, 'index.html'), 'utf8');
/** The case ids linked in the section with this heading id, in order. */
function casesIn(html: string, section: string, locale: string): string[] {
  const start = html.indexOf(`aria-labelledby="${section}"`);
  expect(start, `no section ${section}`).toBeGreaterThan(-1);
  const part = html.slice(start, html.indexOf('</section>', start));
  return [...part.matchAll(new RegExp(`href="/${locale}/cases/([^/"]+)/"`, 'g'))].map((match) => match[1]!);
}
/** Every page of an entry's full list, followed by its "next" links. */
function fullList(entryUrl: string, section: string, locale: string): { pages: string[]; ids: string[] } {
  const pages: string[] = [];
  const ids: string[] = [];
  for (let url: string | undefined = `${entryUrl}cases/`; url; ) {
    const html = page(url);
    pages.push(url);
    ids.push(...casesIn(html, section, locale));
    url = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
  }
  return { pages, ids };
}

describe('an entry with more cases than its page shows', () => {
  it('has that many cases in the fixture', () => {
    expect(methodCases.length).toBeGreaterThan(2 * ENTRY_CASES_SHOWN);
    expect(organisationCases.length).toBeGreaterThan(2 * ENTRY_CASES_SHOWN);
  });

  for (const locale of ['en', 'fi']) {
    it(`shows the newest on the method page and all of them on the list's pages (${locale})`, () => {
      const entryUrl = `/${locale}/methods/${method}/`;
      const html = page(entryUrl);
      expect(casesIn(html, 'method-cases', locale)).toHaveLength(ENTRY_CASES_SHOWN);
      const more = /<p class="entry-cases-more" data-entry-cases-more>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      expect(more).toContain(`href="${entryUrl}cases/"`);
      expect(more.replace(/\s/g, '')).toContain(String(methodCases.length));
      const list = fullList(entryUrl, 'method-cases', locale);
      expect(list.pages).toEqual([`${entryUrl}cases/`, `${entryUrl}cases/page/2/`, `${entryUrl}cases/page/3/`]);
      expect(list.ids).toHaveLength(methodCases.length);
      expect([...list.ids].sort()).toEqual([...methodCases].sort());
      // The entry page's newest are the list's first page.
      expect(casesIn(page(`${entryUrl}cases/`), 'method-cases', locale)).toEqual(casesIn(html, 'method-cases', locale));
    });

    it(`does the same for the organisation's table of cases (${locale})`, () => {
      const entryUrl = `/${locale}/organisations/${organisation}/`;
      const html = page(entryUrl);
      expect(casesIn(html, 'org-cases', locale)).toHaveLength(ENTRY_CASES_SHOWN);
      expect(html).toContain(`href="${entryUrl}cases/"`);
      const list = fullList(entryUrl, 'org-cases', locale);
      expect([...list.ids].sort()).toEqual([...organisationCases].sort());
      expect(list.pages.length).toBe(Math.ceil(organisationCases.length / ENTRY_CASES_SHOWN));
    });
  }

  it('writes no full list for an entry whose page shows every case', () => {
    const others = readdirSync(path.join(out, 'en', 'methods')).filter((name) => name !== method && existsSync(path.join(out, 'en', 'methods', name, 'index.html')));
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(existsSync(path.join(out, 'en', 'methods', other, 'cases')), other).toBe(false);
  });

  it('passes axe (WCAG 2.1 AA) on the method and organisation lists', async () => {
    const server = await serveStatic(out);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const axeSource = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
      for (const url of [`/sv/methods/${method}/cases/page/2/`, `/is/organisations/${organisation}/cases/`, `/en/methods/${method}/`]) {
        const response = await tab.goto(`${server.url}${url}`);
        expect(response?.status(), url).toBe(200);
        // Evaluated through the DevTools protocol, so the page's CSP stays in force and untouched.
        await tab.evaluate(axeSource);
        const violations = await tab.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
        });
        expect(violations, url).toEqual([]);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
