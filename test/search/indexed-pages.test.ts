/**
 * The list of pages the search index holds (src/search/indexed-pages.ts), written once by the
 * build (/search/indexed-pages.txt) and read by the search index and the sitemap instead of each
 * finding the pages again by listing and reading every language variant of every entry page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIndexedPages, indexedPageFiles, indexedPagePaths, indexedPagesFile, parseIndexedPages, readIndexedPages } from '../../src/search/indexed-pages.ts';

const entry = (collection: string, id: string, language?: string) => ({ collection, id, data: language ? { language } : {} }) as Parameters<typeof indexedPagePaths>[0][number];

describe('indexed pages', () => {
  it("is every entry's canonical page: its own language, English for topics and organisations, sorted, without the base", () => {
    expect(indexedPagePaths([
      entry('cases', 'ordnat-inforande', 'sv'),
      entry('topics', 'copd'),
      entry('events', 'mvte-2019', 'en'),
      entry('organisations', 'oslo-kommune'),
      entry('methods', 'mast', 'da'),
      entry('requirements', 'vkp-varsler-fhir', 'nb'),
    ])).toEqual([
      '/da/methods/mast/',
      '/en/events/mvte-2019/',
      '/en/organisations/oslo-kommune/',
      '/en/topics/copd/',
      '/nb/requirements/vkp-varsler-fhir/',
      '/sv/cases/ordnat-inforande/',
    ]);
  });

  it('round-trips through the file, one path a line', () => {
    const paths = ['/da/methods/mast/', '/sv/cases/ordnat-inforande/'];
    expect(formatIndexedPages(paths)).toBe('/da/methods/mast/\n/sv/cases/ordnat-inforande/\n');
    expect(parseIndexedPages(formatIndexedPages(paths))).toEqual(paths);
    expect(parseIndexedPages('')).toEqual([]);
  });

  describe('in a built site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'indexed-pages-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('names the page files, in the order they were added to the index before the list existed', async () => {
      mkdirSync(join(dir, 'search'), { recursive: true });
      writeFileSync(join(dir, indexedPagesFile), formatIndexedPages(['/en/topics/copd/', '/da/methods/mast/', '/sv/cases/ordnat-inforande/']));
      const files = indexedPageFiles(dir, await readIndexedPages(dir));
      expect(files).toEqual([join(dir, 'da/methods/mast/index.html'), join(dir, 'en/topics/copd/index.html'), join(dir, 'sv/cases/ordnat-inforande/index.html')]);
    });

    it('says what to do when the list is missing', async () => {
      await expect(readIndexedPages(join(dir, 'nothing-here'))).rejects.toThrow(/search\/indexed-pages\.txt.*astro build/);
    });
  });
});
