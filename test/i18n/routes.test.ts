import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  alternatesFor,
  canonicalEntryPath,
  entryAlternates,
  entryListPath,
  entryPath,
  joinPath,
  isCanonicalVariant,
  languageLinks,
  listPath,
  pagePath,
  pathFor,
  withBase,
} from '../../src/i18n/routes.ts';

const swedishCase = { collection: 'cases' as const, id: 'ordnat-inforande', data: { language: 'sv' } };
const topic = { collection: 'topics' as const, id: 'copd', data: { kind: 'condition' } };

describe('routes', () => {
  it('builds language-prefixed paths with a trailing slash', () => {
    expect(pathFor('en')).toBe('/en/');
    expect(pathFor('sv', 'cases')).toBe('/sv/cases/');
    expect(pathFor('fi', 'topics', 'copd')).toBe('/fi/topics/copd/');
    expect(pagePath('is', 'accessibility')).toBe('/is/accessibility/');
    expect(joinPath()).toBe('/');
  });

  it('gives every entry a page under the reader’s locale, so the interface language stays', () => {
    expect(entryPath(swedishCase, 'fi')).toBe('/fi/cases/ordnat-inforande/');
    expect(entryPath(swedishCase, 'sv')).toBe('/sv/cases/ordnat-inforande/');
    expect(entryPath({ collection: 'events', id: 'mvte-2019', data: { language: 'en' } }, 'da')).toBe('/da/events/mvte-2019/');
    expect(entryPath(topic, 'nb')).toBe('/nb/topics/copd/');
  });

  it('gives each entry one canonical page: its own language, or English for topics and organisations', () => {
    expect(entryPath(swedishCase)).toBe('/sv/cases/ordnat-inforande/');
    expect(canonicalEntryPath(swedishCase)).toBe('/sv/cases/ordnat-inforande/');
    expect(entryPath({ collection: 'organisations', id: 'oslo', data: {} })).toBe('/en/organisations/oslo/');
    expect(isCanonicalVariant(swedishCase, 'sv')).toBe(true);
    expect(isCanonicalVariant(swedishCase, 'nb')).toBe(false);
    expect(isCanonicalVariant(topic, 'en')).toBe(true);
    expect(isCanonicalVariant(topic, 'is')).toBe(false);
  });

  it('gives alternates in every language, for entries too', () => {
    expect(Object.keys(alternatesFor((l) => pathFor(l, 'cases')))).toEqual(['en', 'sv', 'nb', 'da', 'fi', 'is']);
    expect(entryAlternates(swedishCase).nb).toBe('/nb/cases/ordnat-inforande/');
    expect(Object.keys(entryAlternates(swedishCase))).toEqual(['en', 'sv', 'nb', 'da', 'fi', 'is']);
    expect(entryAlternates(topic).is).toBe('/is/topics/copd/');
  });

  it('links every language of an entry to the same entry', () => {
    const links = languageLinks('sv', entryAlternates(swedishCase), (l) => pathFor(l, 'cases'));
    expect(links.find((l) => l.locale === 'sv')).toEqual({ locale: 'sv', href: '/sv/cases/ordnat-inforande/', samePage: true, current: true });
    expect(links.find((l) => l.locale === 'en')).toEqual({ locale: 'en', href: '/en/cases/ordnat-inforande/', samePage: true, current: false });
    expect(links.map((l) => l.locale)).toEqual(['en', 'sv', 'nb', 'da', 'fi', 'is']);
  });

  it('links languages without the page to a fallback and marks them', () => {
    const links = languageLinks('sv', { sv: '/sv/x/' }, (l) => pathFor(l, 'cases'));
    expect(links.find((l) => l.locale === 'en')).toEqual({ locale: 'en', href: '/en/cases/', samePage: false, current: false });
  });

  it('builds facet list paths with lower-case values and a page segment after page 1', () => {
    expect(listPath('en', 'cases')).toBe('/en/cases/');
    expect(listPath('sv', 'cases', [{ facet: 'country', value: 'SE' }])).toBe('/sv/cases/country/se/');
    expect(listPath('en', 'cases', [{ facet: 'country', value: 'SE' }, { facet: 'stage', value: 'discontinued' }], 2)).toBe(
      '/en/cases/country/se/stage/discontinued/page/2/',
    );
    expect(listPath('en', 'cases', [], 1)).toBe('/en/cases/');
  });

  it('puts an entry\'s full list of cases or events under its page, with a page segment after page 1', () => {
    const method = { collection: 'methods' as const, id: 'kati-malli', data: { language: 'fi' } };
    expect(entryListPath(method, 'sv', 'cases')).toBe('/sv/methods/kati-malli/cases/');
    expect(entryListPath(method, 'en', 'events', 1)).toBe('/en/methods/kati-malli/events/');
    expect(entryListPath({ ...method, collection: 'organisations' as const, id: 'vtt' }, 'fi', 'cases', 3)).toBe('/fi/organisations/vtt/cases/page/3/');
  });

  it('respects a base path and makes absolute URLs', () => {
    expect(withBase('/en/', '/commons')).toBe('/commons/en/');
    expect(withBase('/en/', '/commons/')).toBe('/commons/en/');
    expect(withBase('/en/', '')).toBe('/en/');
    expect(absoluteUrl('/en/cases/', 'https://example.org')).toBe('https://example.org/en/cases/');
  });

  it('makes the same absolute URLs as the URL parser, with or without its shortcut for plain paths', () => {
    const bases = ['https://example.org', 'https://example.org/', 'https://Example.ORG:443/commons/', 'http://localhost:4321', 'https://user@host.example/x/y'];
    const paths = [
      '/', '/en/cases/', '/sv/cases/%C3%B6stra/', '/en/cases/a.b/', '/en/./cases/', '/en/../x/', '/en/%2e%2E/x/', '/.well-known/x',
      '//evil.example/x', '/en/cases/?q=1', '/en/cases/#top', '/en/cases/ö/', '/en/a b/', '/en\\x/', 'relative/path', '/en/cases/x~y_z-1/',
    ];
    for (const base of bases) {
      for (const path of paths) {
        expect(absoluteUrl(path, base)).toBe(new URL(path, base.endsWith('/') ? base : `${base}/`).href);
      }
    }
  });
});
