/**
 * Wording a reader notices on the built site (issue 14): prepositions that depend on the country
 * ("på Island", "á Íslandi"), a place that already names its country in another language, Finnish
 * month names in list rows, and the spacing of the 404 page's links.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { distDir } from '../helpers/site.ts';

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
    const items = DomUtils.findAll((element) => element.name === 'li' && element.parent?.attribs?.class === 'not-found-languages', document.children);
    expect(items.length).toBe(5);
    for (const item of items) expect(DomUtils.textContent(item)).not.toMatch(/[.!]\p{L}/u);
  });
});
