/**
 * Wording a reader notices on the built site (issue 14): prepositions that depend on the country
 * ("på Island", "á Íslandi"), a place that already names its country in another language, Finnish
 * month names in list rows, and the spacing of the 404 page's links.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { parse as parseYaml } from 'yaml';
import { distDir } from '../helpers/site.ts';
import { contentDir } from '../../src/content-dir.ts';
import { locales } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/t.ts';

const read = (...path: string[]) => readFileSync(join(distDir, ...path), 'utf8');
const feedTitle = (xml: string) => /<channel><title>([^<]*)<\/title>/.exec(xml)?.[1] ?? /<title>([^<]*)<\/title>/.exec(xml)?.[1];

describe('wording on the built site', () => {
  it('uses the preposition each country takes in feed titles', () => {
    expect(feedTitle(read('sv', 'cases', 'country', 'is', 'rss.xml'))).toMatch(/^Nya projekt på Island /);
    expect(feedTitle(read('sv', 'cases', 'country', 'se', 'rss.xml'))).toMatch(/^Nya projekt i Sverige /);
    expect(feedTitle(read('nb', 'cases', 'country', 'fo', 'rss.xml'))).toMatch(/^Nye prosjekter på Færøyene /);
    expect(feedTitle(read('is', 'cases', 'country', 'is', 'rss.xml'))).toMatch(/^Ný verkefni á Íslandi /);
    expect(feedTitle(read('fi', 'cases', 'country', 'se', 'rss.xml'))).toMatch(/^Uudet hankkeet Ruotsissa /);
  });

  it("does not add a country a place already names in another language", () => {
    // An English case whose place is "Östergötland, Sweden", read in Swedish.
    const html = read('sv', 'cases', 'integrated-care-2-0-ostergotland', 'index.html');
    expect(html).toContain('Östergötland, Sweden');
    expect(html).not.toMatch(/Östergötland, Sweden<\/span> \(Sverige\)/);
    expect(read('sv', 'cases', 'index.html')).not.toContain('Östergötland, Sweden, Sverige');
  });

  it('writes full month names in Finnish list rows', () => {
    const html = read('fi', 'cases', 'index.html');
    expect(html).not.toMatch(/\b(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu) \d{4}/);
  });

  it('separates the 404 page’s message from its links in every language', () => {
    const document = parseDocument(read('404.html'));
    const items = DomUtils.findAll((element) => element.name === 'li' && (element.parent as { attribs?: Record<string, string> } | null)?.attribs?.class === 'not-found-languages', document.children);
    expect(items.length).toBe(5);
    for (const item of items) expect(DomUtils.textContent(item)).not.toMatch(/[.!]\p{L}/u);
  });
});

/** Every built page, as a path under the site folder. */
function builtPages(): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${join(distDir, 'pagefind')}`));
}

/** A page's visible text: no scripts, styles, JSON-LD or attributes. */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ');

describe('no untranslated interface text', () => {
  it('no page shows a translation key instead of its text', () => {
    const keys = new Set(Object.keys(dictionaries.en));
    const problems: string[] = [];
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(1000);
    for (const file of pages) {
      for (const match of visibleText(readFileSync(file, 'utf8')).matchAll(/\b[a-z0-9]+(?:\.[A-Za-z0-9-]+)+\b/g)) {
        if (keys.has(match[0])) problems.push(`${file.slice(distDir.length)}: ${match[0]}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("marks an organisation's description with its language wherever another interface shows it", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const name of readdirSync(join(contentDir, 'organisations')).filter((file) => file.endsWith('.yaml'))) {
      const data = parseYaml(readFileSync(join(contentDir, 'organisations', name), 'utf8')) as { description?: Record<string, string> };
      const id = name.replace(/\.yaml$/, '');
      for (const locale of locales) {
        const document = parseDocument(read(locale, 'organisations', id, 'index.html'));
        for (const [language, text] of Object.entries(data.description ?? {})) {
          if (language === locale) continue;
          const holders = DomUtils.findAll((element) => DomUtils.textContent(element).trim() === text.trim() && element.children.every((child) => child.type === ElementType.Text), document.children);
          for (const holder of holders) {
            let lang: string | undefined;
            let hidden = false;
            for (let node: typeof holder | null = holder; node; node = node.parent as typeof holder | null) {
              if (node.attribs?.hidden !== undefined || node.name === 'script') hidden = true;
              if (lang === undefined) lang = node.attribs?.lang;
            }
            if (hidden) continue;
            checked += 1;
            if (lang !== language) problems.push(`${locale}/organisations/${id}: ${language} description marked ${lang}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
