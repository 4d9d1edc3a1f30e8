/**
 * Options for @astrojs/sitemap. Pages that exist under every language prefix (lists, topics,
 * organisations, search, subscribe) get xhtml:link hreflang alternates; an entry page exists
 * once, under its own language, so it is listed alone. Pages not meant for search engines are
 * left out.
 */
import { defaultLocale, locales, localeTags } from '../i18n/locales.ts';

/** Paths (after the base) that are not pages a search engine should list. */
const excluded = [/\/404\/?$/, /\/offline\/?$/];

export function sitemapOptions() {
  return {
    i18n: {
      defaultLocale,
      locales: Object.fromEntries(locales.map((locale) => [locale, localeTags[locale]])),
    },
    filter: (page: string) => !excluded.some((pattern) => pattern.test(new URL(page).pathname)),
  };
}
