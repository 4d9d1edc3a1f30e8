import { describe, expect, it } from 'vitest';
import { sitemapOptions } from '../../src/lib/sitemap.ts';
import { locales } from '../../src/i18n/locales.ts';

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
