/**
 * What each entry page offers the search index: its own content, never the lists derived from
 * other entries or the edit links (a linked title would otherwise find every page that links to it),
 * nor the interface's own words (breadcrumbs, the last-verified note, fact-box labels), which every
 * page repeats and which made up a sixth of an entry's indexed words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { DomUtils } from 'htmlparser2';
import { assertBuilt, distDir } from '../helpers/site.ts';

const derivedLists = ['case-translations', 'case-events', 'case-related', 'method-cases', 'method-events', 'requirement-cases'];

function entryPages(): string[] {
  const pages: string[] = [];
  for (const locale of readdirSync(distDir)) {
    for (const collection of ['cases', 'methods', 'requirements']) {
      const folder = join(distDir, locale, collection);
      let ids: string[];
      try {
        ids = readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
      } catch {
        continue;
      }
      for (const id of ids) {
        const file = join(folder, id, 'index.html');
        try {
          if (readFileSync(file, 'utf8').includes('data-pagefind-body')) pages.push(file);
        } catch {
          /* a facet folder, not an entry */
        }
      }
    }
  }
  return pages;
}

describe('search scope of entry pages', () => {
  it('keeps derived lists and edit links out of the index, and the entry itself in', () => {
    assertBuilt();
    const pages = entryPages();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    let derivedSeen = 0;
    for (const file of pages) {
      const document = parseDocument(readFileSync(file, 'utf8'));
      const body = DomUtils.findOne((el) => el.attribs['data-pagefind-body'] !== undefined, document.children, true);
      expect(body, file).toBeTruthy();
      for (const section of DomUtils.findAll((el) => derivedLists.includes(el.attribs['aria-labelledby'] ?? ''), document.children)) {
        derivedSeen++;
        expect(section.attribs['data-pagefind-ignore'], `${file} ${section.attribs['aria-labelledby']}`).toBe('all');
      }
      for (const aside of DomUtils.findAll((el) => (el.attribs['class'] ?? '').split(' ').includes('edit-links'), document.children)) {
        expect(aside.attribs['data-pagefind-ignore'], file).toBe('all');
      }
      // The entry's own title is indexed: no element between it and the indexed body ignores it.
      const title = DomUtils.findOne((el) => el.name === 'h1', [body!], true);
      expect(title, file).toBeTruthy();
      for (let node = title?.parent; node && node !== body; node = node.parent) {
        expect('attribs' in node ? node.attribs['data-pagefind-ignore'] : undefined, file).toBeUndefined();
      }
    }
    expect(derivedSeen).toBeGreaterThan(0);
  });

  it('keeps the interface words of entry pages out of the index', () => {
    const pages = entryPages();
    let labels = 0;
    for (const file of pages) {
      const document = parseDocument(readFileSync(file, 'utf8'));
      const body = DomUtils.findOne((el) => el.attribs['data-pagefind-body'] !== undefined, document.children, true)!;
      const ignored = (el: { attribs: Record<string, string> }) => el.attribs['data-pagefind-ignore'] !== undefined;
      for (const crumbs of DomUtils.findAll((el) => (el.attribs['class'] ?? '').split(' ').includes('breadcrumbs'), [body])) expect(ignored(crumbs), file).toBe(true);
      for (const verified of DomUtils.findAll((el) => (el.attribs['class'] ?? '').split(' ').includes('verified'), [body])) expect(ignored(verified), file).toBe(true);
      for (const label of DomUtils.findAll((el) => el.name === 'dt', [body])) {
        labels++;
        expect(ignored(label), file).toBe(true);
      }
      // The facts themselves stay in.
      for (const value of DomUtils.findAll((el) => el.name === 'dd', [body])) expect(ignored(value), file).toBe(false);
    }
    expect(labels).toBeGreaterThan(0);
  });

  it('keeps the case lists of topic and organisation pages out of the index', () => {
    let lists = 0;
    for (const collection of ['topics', 'organisations']) {
      const folder = join(distDir, 'en', collection);
      for (const id of readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
        let html: string;
        try {
          html = readFileSync(join(folder, id, 'index.html'), 'utf8');
        } catch {
          continue;
        }
        const document = parseDocument(html);
        for (const section of DomUtils.findAll((el) => ['org-cases', 'topic-comparison-heading'].includes(el.attribs['aria-labelledby'] ?? ''), document.children)) {
          lists++;
          expect(section.attribs['data-pagefind-ignore'], `${collection}/${id}`).toBe('all');
        }
      }
    }
    expect(lists).toBeGreaterThan(0);
  });
});
