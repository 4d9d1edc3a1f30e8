/**
 * Against the built site: every entry page links to its file in the web editor; the contribute
 * page in each language offers the three "propose" links, prefilled in that language; the footer
 * links to it; /schema/ serves a JSON Schema per collection. Then, in Chromium, a reader goes from
 * a case page to "Edit this page" and from the contribute page to "Propose a case" by keyboard.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../../src/site.config.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { collectionNames } from '../../../src/schema/collections.ts';
import { assertBuilt, distDir } from '../../helpers/site.ts';
import { useSite } from '../../helpers/use-site.ts';
import { repoRoot } from '../helpers.ts';

const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const hrefs = (page: string) => [...page.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));

function entryPages(): { collection: string; path: string }[] {
  const out: { collection: string; path: string }[] = [];
  for (const locale of locales) {
    for (const collection of collectionNames) {
      const folder = join(distDir, locale, collection);
      if (!existsSync(folder)) continue;
      for (const id of readdirSync(folder)) {
        // Entry ids are files in content/<collection>/; list and facet folders are not.
        if (['md', 'mdx', 'yaml'].some((ext) => existsSync(join(repoRoot, 'content', collection, `${id}.${ext}`)))) {
          out.push({ collection, path: `${locale}/${collection}/${id}` });
        }
      }
    }
  }
  return out;
}

beforeAll(() => assertBuilt());

describe('"Edit this page" on every entry page', () => {
  it('opens the web editor on a file that exists in content/', () => {
    const pages = entryPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const { path } of pages) {
      const edit = hrefs(html(path)).find((href) => href.startsWith(`${site.repository}/edit/${site.branch}/`));
      expect(edit, path).toBeDefined();
      const file = edit!.slice(`${site.repository}/edit/${site.branch}/`.length);
      expect(existsSync(join(repoRoot, decodeURIComponent(file))), `${path} → ${file}`).toBe(true);
    }
  });
});

describe.each(locales)('/%s/contribute/', (locale) => {
  it('offers the three propose links, prefilled in this language', () => {
    const links = hrefs(html(`${locale}/contribute`)).filter((href) => href.startsWith(`${site.repository}/new/${site.branch}/`));
    const folders = links.map((href) => new URL(href).pathname.split('/').pop());
    expect(folders).toEqual(['cases', 'methods', 'events']);
    for (const link of links) {
      const value = new URL(link).searchParams.get('value')!;
      expect(value).toMatch(new RegExp(`^language: ${locale}$`, 'm'));
    }
  });

  it('is linked from the footer of the home page', () => {
    expect(hrefs(html(locale))).toContain(`/${locale}/contribute/`);
  });
});

describe('/schema/', () => {
  it('serves an index and one JSON Schema per collection', () => {
    const index = JSON.parse(readFileSync(join(distDir, 'schema', 'index.json'), 'utf8')) as { schemas: { collection: string; url: string }[] };
    expect(index.schemas.map((s) => s.collection)).toEqual(collectionNames);
    for (const collection of collectionNames) {
      const schema = JSON.parse(readFileSync(join(distDir, 'schema', `${collection}.json`), 'utf8')) as Record<string, unknown>;
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(index.schemas.find((s) => s.collection === collection)!.url);
    }
  });
});

describe('in the browser, by keyboard', () => {
  const served = useSite();

  it('has no WCAG 2.1 AA violations on the contribute page and in the edit links', async () => {
    const axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const [firstCase] = entryPages().filter((entry) => entry.collection === 'cases');
    // axe is injected as an inline script, which the site's CSP rightly refuses.
    const context = await served.browser.newContext({ bypassCSP: true });
    for (const path of ['/en/contribute/', '/is/contribute/', `/${firstCase!.path}/`]) {
      const page = await context.newPage();
      await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`${served.url}${path}`);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (include) => {
        const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      }, path.includes('contribute') ? null : '.edit-links');
      expect(violations, path).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('reaches "Propose a case" and "Edit this page" with the Tab key', async () => {
    const page = await served.newPage();
    // Nothing may leave the machine: the hosting platform's editor is never actually opened.
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${served.url}/sv/contribute/`);
    const propose = page.locator('a[data-propose="cases"]');
    expect(await propose.textContent()).toBe('Föreslå ett projekt');
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await propose.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);

    const [first] = entryPages().filter((entry) => entry.collection === 'cases');
    await page.goto(`${served.url}/${first!.path}/`);
    const edit = page.locator('.edit-links a').first();
    expect(await edit.getAttribute('href')).toMatch(new RegExp(`^${site.repository}/edit/`));
    await page.close();
  });
});
