/**
 * Options for @astrojs/sitemap. Pages that exist under every language prefix (lists, topics,
 * organisations, search, subscribe) get xhtml:link hreflang alternates. An entry written in one
 * language has a page in every interface language, but only its canonical page (in its own
 * language) is listed: the others point search engines at it with rel=canonical, which the filter
 * reads from the built page. Pages not meant for search engines are left out.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, locales, localeTags } from '../i18n/locales.ts';
import { singleLanguageCollections } from '../schema/collection-registry.ts';
import { site } from '../site.config.ts';

/** Paths (after the base) that are not pages a search engine should list. */
const excluded = [/\/404\/?$/, /\/offline\/?$/];

const entryPage = new RegExp(`^/(?:${locales.join('|')})/(?:${singleLanguageCollections.join('|')})/[^/]+/$`);

/** The canonical URL a built page declares, read from the first bytes of its <head>. */
function declaredCanonical(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(8192);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return /<link rel="canonical" href="([^"]+)"/.exec(buffer.subarray(0, read).toString('utf8'))?.[1];
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `outDir`: the built site, to tell an entry's canonical page from its other interface languages. */
export function sitemapOptions(outDir?: string) {
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
      if (outDir === undefined || !entryPage.test(path)) return true;
      const canonical = declaredCanonical(join(outDir, path, 'index.html'));
      return canonical === undefined || new URL(canonical).pathname === pathname;
    },
  };
}
