/**
 * The pages the search index holds: every entry's canonical page (src/i18n/routes.ts), one path a
 * line in /search/indexed-pages.txt, written once by the build (src/pages/search/indexed-pages.txt.ts).
 * The search index (build-index.ts) and the sitemap (src/outputs/sitemap.ts) read it instead of
 * finding those pages again: before, the index listed every language variant of every entry page
 * and read each one to find the one variant marked data-pagefind-body (six pages read per page
 * indexed), and the sitemap read the canonical link out of each variant.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalLocale, joinPath, type Addressable } from '../i18n/routes.ts';

/** Where the list is, relative to the built site. */
export const indexedPagesFile = 'search/indexed-pages.txt';

/** Canonical page of each entry, without the base path, sorted. */
export function indexedPagePaths(entries: readonly Addressable[]): string[] {
  return entries.map((entry) => joinPath(canonicalLocale(entry), entry.collection, entry.id)).sort();
}

export function formatIndexedPages(paths: readonly string[]): string {
  return paths.map((path) => `${path}\n`).join('');
}

export function parseIndexedPages(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

export async function readIndexedPages(siteDir: string): Promise<string[]> {
  const file = join(siteDir, indexedPagesFile);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file} is missing: the list of pages to index is written by astro build (src/pages/search/indexed-pages.txt.ts); build the site first`);
  });
  return parseIndexedPages(text);
}

/**
 * The HTML file of each listed page, sorted by file path: the order pages were added to the index
 * before the list existed, which Pagefind's ranking of equal scores follows.
 */
export function indexedPageFiles(siteDir: string, paths: readonly string[]): string[] {
  return paths.map((path) => join(siteDir, decodeURIComponent(path), 'index.html')).sort();
}
