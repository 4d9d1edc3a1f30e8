/** Which page of each type the bench weighs besides the first (bench/weight.ts). */
import { describe, expect, it } from 'vitest';
import { largestPages } from '../../bench/weight.ts';

describe('largest page of each type', () => {
  it('keeps the page with the most bytes of each type, in the order types first appear, the first on a tie', () => {
    const pages = [
      { file: 'a', type: 'entry:organisations' },
      { file: 'b', type: 'entry:cases' },
      { file: 'c', type: 'entry:organisations' },
      { file: 'd', type: 'entry:cases' },
      { file: 'e', type: 'entry:cases' },
    ];
    const sizes: Record<string, number> = { a: 10, b: 5, c: 3_500_000, d: 40, e: 40 };
    expect(largestPages(pages, (file) => sizes[file]!).map((page) => page.file)).toEqual(['c', 'd']);
    expect(largestPages([], () => 0)).toEqual([]);
  });
});
