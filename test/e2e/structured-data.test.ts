/**
 * Structured data (schema.org JSON-LD) is written on a page that is its own canonical page: one per
 * case, method, event or requirement, whose other five language variants point search engines at
 * it (rel=canonical) and would only repeat it (11 KB of a 57 KB case page at 10,000 entries, BENCHMARKS.md notes of 2026-12-06).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../helpers/site.ts';
import { locales } from '../../src/i18n/locales.ts';

/** The entry pages that describe their entry as JSON-LD (EntryData.astro). */
const entryPageCollections = ['cases', 'methods', 'events', 'requirements', 'topics'] as const;

const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

describe('structured data', () => {
  for (const collection of entryPageCollections) {
    it(`${collection}: JSON-LD exactly on the pages that are their own canonical page, naming that page`, () => {
      const ids = readdirSync(join(distDir, 'en', collection), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(distDir, 'en', collection, entry.name, 'index.html')))
        .map((entry) => entry.name);
      let entries = 0;
      for (const id of ids) {
        const variants = locales
          .map((locale) => ({ locale, file: join(distDir, locale, collection, id, 'index.html') }))
          .filter(({ file }) => existsSync(file))
          .map(({ locale, file }) => ({ locale, html: readFileSync(file, 'utf8') }));
        // An entry's canonical page is the one the search indexes; pages such as the requirements basket have none.
        if (!variants.some(({ html }) => html.includes('data-pagefind-body'))) continue;
        // The pages that are their own canonical page: one per case, method, event or requirement
        // (its language), each language's page of a topic (written in every language).
        const ownCanonical = variants.filter(({ locale, html }) => canonicalOf(html)?.endsWith(`/${locale}/${collection}/${id}/`));
        expect(ownCanonical.length, `${collection}/${id}`).toBe(collection === 'topics' ? variants.length : 1);
        for (const { locale, html } of variants) {
          const scripts = [...html.matchAll(jsonLd)];
          const isOwn = ownCanonical.some((page) => page.locale === locale);
          expect(scripts.length, `${locale}/${collection}/${id}`).toBe(isOwn ? 1 : 0);
          if (isOwn) {
            const data = JSON.parse(scripts[0]![1]!) as { url?: string };
            expect(data.url).toBe(canonicalOf(html));
          }
        }
        entries += 1;
      }
      expect(entries).toBeGreaterThan(0);
    });
  }
});
