import { describe, expect, it } from 'vitest';
import { PREVIEW_SIZE, fullListPages, listPreview } from '../../src/lib/list-preview.ts';
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
