/**
 * The build's list of pages to index (/search/indexed-pages.txt, src/search/indexed-pages.ts) is
 * exactly the pages marked data-pagefind-body, and the search index holds exactly that many pages:
 * the list replaced reading every language variant of every page to find them, so a page missing
 * from it would silently drop out of search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../helpers/site.ts';
import { isIndexedPage } from '../../src/search/build-index.ts';
import { indexedPagesFile, parseIndexedPages } from '../../src/search/indexed-pages.ts';

describe('the list of pages to index', () => {
  assertBuilt();
  const listed = parseIndexedPages(readFileSync(join(distDir, indexedPagesFile), 'utf8'));

  it('names every page marked for the index, and no other', () => {
    const marked: string[] = [];
    for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name !== 'index.html') continue;
      const file = join(entry.parentPath, entry.name);
      const path = relative(distDir, file).split(sep);
      if (path[0] === 'pagefind') continue;
      const html = readFileSync(file, 'utf8');
      if (html.includes('data-pagefind-body') && isIndexedPage(html)) marked.push(`/${path.slice(0, -1).join('/')}/`);
    }
    expect(listed.length).toBeGreaterThan(100);
    expect([...listed].sort()).toEqual(marked.sort());
  });

  it('is what the search index holds', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(listed.length);
  });
});
