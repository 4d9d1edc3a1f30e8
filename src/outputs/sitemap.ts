/**
 * Options for @astrojs/sitemap. Pages that exist under every language prefix (lists, topics,
 * organisations, search, subscribe) get xhtml:link hreflang alternates. An entry written in one
 * language has a page in every interface language, but only its canonical page (in its own
 * language) is listed: the others point search engines at it with rel=canonical. The filter knows
 * the canonical pages from the build's list of indexed pages (src/search/indexed-pages.ts). Pages
 * not meant for search engines are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, locales, localeTags } from '../i18n/locales.ts';
import { singleLanguageCollections } from '../schema/collection-registry.ts';
import { site } from '../site.config.ts';
import { indexedPagesFile, parseIndexedPages } from '../search/indexed-pages.ts';

/** Paths (after the base) that are not pages a search engine should list. */
const excluded = [/\/404\/?$/, /\/offline\/?$/];

const entryPage = new RegExp(`^/(?:${locales.join('|')})/(?:${singleLanguageCollections.join('|')})/[^/]+/$`);

/**
 * The canonical entry pages, from the list the build writes once (src/search/indexed-pages.ts),
 * read at the first entry page, then kept, instead of reading the canonical link out of each of
 * the six language variants of every entry page. Also the entries themselves (collection/id), to
 * tell another language's variant of an entry from a page that only has an entry's shape
 * (/da/requirements/basket/).
 */
function canonicalPages(outDir: string): () => { canonical: ReadonlySet<string>; entries: ReadonlySet<string> } {
  let pages: { canonical: ReadonlySet<string>; entries: ReadonlySet<string> } | undefined;
  return () => {
    if (!pages) {
      const file = join(outDir, indexedPagesFile);
      if (!existsSync(file)) throw new Error(`[sitemap] ${file} is missing: the build writes it (src/pages/search/indexed-pages.txt.ts) before the sitemap`);
      const paths = parseIndexedPages(readFileSync(file, 'utf8'));
      pages = { canonical: new Set(paths), entries: new Set(paths.map(entryKey)) };
    }
    return pages;
  };
}

/** `/sv/cases/x/` → `cases/x/`: the same entry in every interface language. */
const entryKey = (path: string) => path.replace(/^\/[^/]+\//, '');

/** `outDir`: the built site, to tell an entry's canonical page from its other interface languages. */
export function sitemapOptions(outDir?: string) {
  const known = outDir === undefined ? undefined : canonicalPages(outDir);
  return {
    i18n: {
      defaultLocale,
      locales: Object.fromEntries(locales.map((locale) => [locale, localeTags[locale]])),
    },
    filter: (page: string) => {
      const { pathname } = new URL(page);
      if (excluded.some((pattern) => pattern.test(pathname))) return false;
      const base: string = site.base.replace(/\/$/, '');
      const path = base && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
      if (known === undefined || !entryPage.test(path)) return true;
      const { canonical, entries } = known();
      return canonical.has(path) || !entries.has(entryKey(path));
    },
  };
}
