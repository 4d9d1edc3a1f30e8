import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitemapOptions } from '../../src/outputs/sitemap.ts';
import { locales } from '../../src/i18n/locales.ts';
import { formatIndexedPages, indexedPagesFile } from '../../src/search/indexed-pages.ts';

describe('sitemapOptions', () => {
  const options = sitemapOptions();

  it('maps every interface language for hreflang alternates, English by default', () => {
    expect(options.i18n.defaultLocale).toBe('en');
    expect(Object.keys(options.i18n.locales)).toEqual([...locales]);
  });

  it('leaves out the 404 and offline pages and keeps the rest', () => {
    expect(options.filter('https://example.org/404/')).toBe(false);
    expect(options.filter('https://example.org/offline/')).toBe(false);
    expect(options.filter('https://example.org/sv/subscribe/')).toBe(true);
    expect(options.filter('https://example.org/sv/cases/ordnat-inforande/')).toBe(true);
  });
});

describe('sitemapOptions with the built site', () => {
  // An entry has a page in every interface language; only the one in its own language is listed,
  // as the build's list of indexed pages (/search/indexed-pages.txt) names it.
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, indexedPagesFile), formatIndexedPages(['/en/events/mvte-2019/', '/en/topics/copd/', '/sv/cases/ordnat-inforande/']));
  const options = sitemapOptions(dir);

  it("lists an entry's canonical page and leaves out its pages in other interface languages", () => {
    expect(options.filter('https://example.org/sv/cases/ordnat-inforande/')).toBe(true);
    expect(options.filter('https://example.org/nb/cases/ordnat-inforande/')).toBe(false);
    expect(options.filter('https://example.org/fi/events/mvte-2019/')).toBe(false);
    expect(options.filter('https://example.org/nb/cases/')).toBe(true);
    expect(options.filter('https://example.org/nb/topics/copd/')).toBe(true);
  });

  it('keeps pages that only look like entry pages (the requirement basket in every language)', () => {
    expect(options.filter('https://example.org/da/requirements/basket/')).toBe(true);
    expect(options.filter('https://example.org/sv/requirements/basket/')).toBe(true);
  });

  it('reads the list once, not once per page', () => {
    rmSync(join(dir, indexedPagesFile));
    expect(options.filter('https://example.org/sv/cases/ordnat-inforande/')).toBe(true);
  });
});
