import { describe, expect, it } from 'vitest';
import { ENTRY_CASES_SHOWN, entryCaseListPages, entryCasesPreview } from '../../src/lib/entry-cases.ts';
import { PAGE_SIZE } from '../../src/lib/facets.ts';

const cases = (count: number) => Array.from({ length: count }, (_, index) => `case-${index + 1}`);

describe('entryCasesPreview', () => {
  it('shows every case, with no full list, up to one list page', () => {
    expect(ENTRY_CASES_SHOWN).toBe(PAGE_SIZE);
    for (const count of [0, 1, ENTRY_CASES_SHOWN]) {
      expect(entryCasesPreview(cases(count))).toEqual({ shown: cases(count), total: count, listed: false });
      expect(entryCaseListPages(cases(count))).toEqual([]);
    }
  });

  it('shows the newest (the first, in catalogue order) and lists all of them beyond that', () => {
    const all = cases(ENTRY_CASES_SHOWN * 2 + 1);
    const preview = entryCasesPreview(all);
    expect(preview.shown).toEqual(all.slice(0, ENTRY_CASES_SHOWN));
    expect(preview).toMatchObject({ total: all.length, listed: true });
    const pages = entryCaseListPages(all);
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(pages.every((page) => page.pageCount === 3 && page.total === all.length)).toBe(true);
    expect(pages.flatMap((page) => page.items)).toEqual(all);
  });

  it('takes another number shown', () => {
    expect(entryCasesPreview(cases(5), 3)).toEqual({ shown: cases(3), total: 5, listed: true });
    expect(entryCaseListPages(cases(5), 3)).toHaveLength(1);
    expect(entryCaseListPages(cases(3), 3)).toEqual([]);
  });
});
