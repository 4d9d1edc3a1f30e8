import { describe, expect, it } from 'vitest';
import { PREVIEW_SIZE, entryListItems, fullListPages, listPreview } from '../../src/lib/list-preview.ts';
import { makeCase, makeCatalogue, makeEvent, makeMethod, makeOrganisation } from './entry-pages-fixtures.ts';
import { PAGE_SIZE } from '../../src/lib/facets.ts';

const cases = (count: number) => Array.from({ length: count }, (_, index) => `case-${index + 1}`);

describe('listPreview', () => {
  it('shows every case, with no full list, up to one list page', () => {
    expect(PREVIEW_SIZE).toBe(PAGE_SIZE);
    for (const count of [0, 1, PREVIEW_SIZE]) {
      expect(listPreview(cases(count))).toEqual({ shown: cases(count), total: count, listed: false });
      expect(fullListPages(cases(count))).toEqual([]);
    }
  });

  it('shows the newest (the first, in catalogue order) and lists all of them beyond that', () => {
    const all = cases(PREVIEW_SIZE * 2 + 1);
    const preview = listPreview(all);
    expect(preview.shown).toEqual(all.slice(0, PREVIEW_SIZE));
    expect(preview).toMatchObject({ total: all.length, listed: true });
    const pages = fullListPages(all);
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(pages.every((page) => page.pageCount === 3 && page.total === all.length)).toBe(true);
    expect(pages.flatMap((page) => page.items)).toEqual(all);
  });

  it('takes another number shown', () => {
    expect(listPreview(cases(5), 3)).toEqual({ shown: cases(3), total: 5, listed: true });
    expect(fullListPages(cases(5), 3)).toHaveLength(1);
    expect(fullListPages(cases(3), 3)).toEqual([]);
  });
});

describe('entryListItems', () => {
  const method = makeMethod('m');
  const organisation = makeOrganisation('org-a');
  const older = makeCase('older', { methods: ['m'], start: '2018' });
  const newer = makeCase('newer', { methods: ['m'], start: '2021', organisations: ['org-b'], funding: [{ funder: 'org-a' }] });
  const other = makeCase('other', { organisations: ['org-b'] });
  const event = makeEvent('e', { cases: ['older'], methods: ['m'] });
  const catalogue = makeCatalogue({ cases: [older, newer, other], methods: [method], organisations: [organisation], events: [event] });

  it('gives the cases that name a method or an organisation (in any role), newest first', () => {
    expect(entryListItems(catalogue, method, 'cases').map((c) => c.id)).toEqual(['newer', 'older']);
    expect(entryListItems(catalogue, organisation, 'cases').map((c) => c.id)).toEqual(['newer', 'older']);
    expect(entryListItems(catalogue, older, 'cases')).toEqual([]);
  });

  it('gives the events that name a case, a method or an organisation', () => {
    expect(entryListItems(catalogue, older, 'events').map((e) => e.id)).toEqual(['e']);
    expect(entryListItems(catalogue, method, 'events').map((e) => e.id)).toEqual(['e']);
    expect(entryListItems(catalogue, organisation, 'events').map((e) => e.id)).toEqual(['e']);
    expect(entryListItems(catalogue, newer, 'events')).toEqual([]);
  });
});
