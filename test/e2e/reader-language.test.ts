/**
 * The reader's interface language stays (issue 14): every case, method, event and requirement has a
 * page under every language prefix. On a page in another interface language than the entry's own,
 * the interface is the reader's (<html lang>, navigation), every piece of the entry's own text is
 * marked with the entry's language, and search engines and the search index know only the page in
 * the entry's own language. Checked on the built site, for every real entry and every language.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { distDir } from '../helpers/site.ts';
import { useSite } from '../helpers/use-site.ts';
import { contentDir } from '../../src/content-dir.ts';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';

// htmlparser2's own node types (its domhandler, which the project does not list itself).
type AnyNode = ReturnType<typeof parseDocument>['children'][number];
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

type Data = Record<string, unknown>;
const collections = ['cases', 'methods', 'events', 'requirements'] as const;

function entries(collection: string): { id: string; data: Data }[] {
  const folder = join(contentDir, collection);
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name) && name !== 'README.md')
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const yaml = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
      return { id: name.replace(/\.mdx?$/, ''), data: parseYaml(yaml) as Data };
    });
}

const str = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Data)[key] : undefined);

/** The entry's own text as the page shows it, with the language it must be marked with. */
function ownTexts(data: Data): { text: string; lang: string }[] {
  const language = String(data.language);
  const own = [
    ...str(data.title),
    ...str(data.summary),
    ...str(data.place),
    ...str(data.stopNote),
    ...(list(data.targetGroup).length > 0 ? [list(data.targetGroup).flatMap(str).join('; ')] : []),
    ...list(data.effects).flatMap((effect) => [...str(field(effect, 'indicator')), ...str(field(effect, 'result'))]),
    ...str(field(data.contact, 'role')),
    ...list(data.funding).flatMap((funding) => [...str(field(funding, 'programme')), ...str(field(funding, 'call'))]),
    ...list(data.requirements).flatMap((use) => str(field(use, 'note'))),
    ...list(data.phases).flatMap((phase) => [...str(field(phase, 'name')), ...str(field(phase, 'description'))]),
    ...str(field(data.origin, 'note')),
    ...list(data.takeaways).flatMap(str),
    ...list(data.speakers).flatMap((speaker) => str(field(speaker, 'role'))),
    ...(data.venue || data.city ? [[...str(data.venue), ...str(data.city)].join(', ')] : []),
  ].map((text) => ({ text, lang: language }));
  const resources = [...list(data.resources), ...list(data.tools), ...list(data.presentations), ...list(data.recordings)].flatMap((resource) =>
    str(field(resource, 'title')).map((text) => ({ text, lang: str(field(resource, 'language'))[0] ?? language })),
  );
  return [...own, ...resources].map(({ text, lang }) => ({ text: normalise(text), lang })).filter(({ text }) => text.length >= 12 && !organisationNames.has(text));
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Organisation names are names, shown as written in every interface: not text to mark. */
const organisationNames = new Set(
  readdirSync(join(contentDir, 'organisations'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => normalise(str((parseYaml(readFileSync(join(contentDir, 'organisations', name), 'utf8')) as Data).name)[0] ?? '')),
);

function closestLang(node: AnyNode): string | undefined {
  for (let current: AnyNode | null = node; current; current = current.parent) {
    const lang = (current as Element).attribs?.lang;
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/**
 * Inside the list of sources or an effect's source: citations of documents, whose titles have no
 * language in the content model (they are cited as published).
 */
function inSources(node: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) {
    const attribs = (current as Element).attribs;
    if (attribs?.['aria-labelledby'] === 'entry-sources' || attribs?.class === 'effects__source') return true;
    // The body is marked as a whole (checked below); what its author quotes inside is the author's.
    if (attribs?.class?.split(' ').includes('entry-body')) return true;
  }
  return false;
}

/** Text nodes in the page body that a reader sees (not scripts, styles or JSON-LD), sources aside. */
function visibleTextNodes(html: string): AnyNode[] {
  const document = parseDocument(html);
  const body = DomUtils.findOne((element) => element.name === 'body', document.children);
  if (!body) return [];
  return DomUtils.filter(
    (node) => node.type === ElementType.Text && !['script', 'style', 'template'].includes((node.parent as Element | null)?.name ?? '') && !inSources(node),
    body.children,
    true,
  );
}

const page = (locale: string, collection: string, id: string) => readFileSync(join(distDir, locale, collection, id, 'index.html'), 'utf8');

describe("the reader's language stays on entry pages", () => {
  for (const collection of collections) {
    const all = entries(collection);
    it(`${collection}: every entry has a page in each interface language, canonical to its own language (${all.length} entries)`, () => {
      expect(all.length).toBeGreaterThan(0);
      for (const { id, data } of all) {
        for (const locale of locales) {
          const html = page(locale, collection, id);
          expect(html, `${locale}/${collection}/${id}`).toMatch(new RegExp(`<html lang="${locale === 'nb' ? 'nb' : locale}`));
          const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
          expect(new URL(canonical).pathname, `${locale}/${collection}/${id}`).toBe(`/${String(data.language)}/${collection}/${id}/`);
          // Only the entry's own-language page goes into the search index.
          expect(html.includes('data-pagefind-body'), `${locale}/${collection}/${id} indexed`).toBe(locale === data.language);
          // The interface is the reader's: the navigation names the collection in the reader's language.
          expect(html, `${locale}/${collection}/${id} navigation`).toContain(`>${useTranslations(locale)(`collection.${collection}`)}<`);
        }
      }
    });

    it(`${collection}: the entry's own text is marked with its language inside another interface language`, () => {
      const problems: string[] = [];
      let checked = 0;
      for (const { id, data } of all) {
        const texts = ownTexts(data);
        const title = normalise(String(data.title));
        for (const locale of locales.filter((l) => l !== data.language)) {
          const html = page(locale, collection, id);
          const body = /<div class="entry-body"[^>]*>/.exec(html)?.[0];
          if (body && !body.includes(`lang="${String(data.language)}"`)) problems.push(`${locale}/${collection}/${id}: body not marked ${String(data.language)}`);
          const nodes = visibleTextNodes(html);
          let titleSeen = false;
          for (const node of nodes) {
            const text = normalise((node as unknown as { data: string }).data);
            if (text.length < 12) continue;
            for (const own of texts) {
              // The whole text of an element: a title quoted inside other text is that text's language.
              if (text !== own.text) continue;
              checked += 1;
              if (own.text === title) titleSeen = true;
              const marked = closestLang(node);
              if (marked !== own.lang) problems.push(`${locale}/${collection}/${id}: "${own.text.slice(0, 60)}" is marked ${marked}, expected ${own.lang}`);
            }
          }
          if (!titleSeen) problems.push(`${locale}/${collection}/${id}: title not found`);
        }
      }
      expect(problems.slice(0, 20)).toEqual([]);
      expect(checked).toBeGreaterThan(all.length);
    });
  }

  it("a page in another interface language links to the entry's page in its own language", () => {
    const [first] = entries('cases').filter(({ data }) => data.language === 'sv');
    expect(first).toBeDefined();
    const html = page('nb', 'cases', first!.id);
    // Under the title: "Skrevet på svensk." and a link, in Swedish, to the Swedish interface's page.
    const line = /<p class="entry-language"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(line).toContain('Skrevet på svensk.');
    expect(line).toMatch(new RegExp(`<a href="/sv/cases/${first!.id}/" hreflang="sv" lang="sv"[^>]*>Visa sidan på svenska</a>`));
    expect(page('sv', 'cases', first!.id)).not.toContain('class="entry-language"');
  });
});

describe("the reader's language stays in Chromium", () => {
  const site = useSite();
  const swedish = entries('cases').find(({ data }) => data.language === 'sv')!;

  for (const javaScriptEnabled of [false, true]) {
    it(`a Norwegian reader opens a Swedish case from the list and stays in Norwegian (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await site.newPage({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      try {
        await page.goto(`${site.url}/nb/cases/`);
        const link = page.locator(`a[href="/nb/cases/${swedish.id}/"]`).first();
        // The list may be paged: the case's page is reachable under /nb/ whatever page it is on.
        if ((await link.count()) === 0) await page.goto(`${site.url}/nb/cases/${swedish.id}/`);
        else await link.click();
        await page.waitForURL(`**/nb/cases/${swedish.id}/`);
        expect(await page.getAttribute('html', 'lang')).toBe('nb');
        expect(await page.locator('h1').getAttribute('lang')).toBe('sv');
        expect(await page.locator('header').first().textContent()).toContain(useTranslations('nb')('collection.cases'));
        // The switcher offers the same case in every language.
        const href = await page.locator(`a[hreflang="sv"][href="/sv/cases/${swedish.id}/"]`).first().getAttribute('href');
        expect(href).toBe(`/sv/cases/${swedish.id}/`);
      } finally {
        await page.context().close();
      }
    });
  }
});

describe('the filtered case list keeps the reader in their language', () => {
  const site = useSite();

  it('after filtering with JavaScript, every case links to the page in the reader’s language', async () => {
    const page = await site.newPage();
    try {
      await page.goto(`${site.url}/nb/cases/`);
      const box = page.locator('form input[type="checkbox"]:not([disabled])').first();
      await box.check();
      await page.waitForFunction(() => document.querySelectorAll('.catalogue-item h3 a').length > 0);
      await page.waitForTimeout(300);
      const hrefs = await page.locator('.catalogue-item h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => !href.startsWith('/nb/cases/'))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('links keep the interface language', () => {
  it('no page links to an entry under another language prefix, except links that say their language (hreflang)', () => {
    const problems: string[] = [];
    let pages = 0;
    for (const locale of locales) {
      const files = readdirSync(join(distDir, locale), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name === 'index.html');
      for (const file of files) {
        pages += 1;
        const html = readFileSync(join(file.parentPath, file.name), 'utf8');
        for (const match of html.matchAll(/<a\b([^>]*)\bhref="\/([a-z]{2})\/(cases|methods|events|requirements|topics|organisations)\/[^"/]+\/"([^>]*)>/g)) {
          const attributes = `${match[1]} ${match[4]}`;
          if (match[2] !== locale && !/\bhreflang=/.test(attributes)) problems.push(`${join(file.parentPath, file.name).slice(distDir.length)}: /${match[2]}/${match[3]}/…`);
        }
      }
    }
    expect(pages).toBeGreaterThan(1000);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
