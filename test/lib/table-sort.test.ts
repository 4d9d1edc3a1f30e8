import { describe, expect, it } from 'vitest';
import { compareKeys, nextDirection, sortedOrder } from '../../src/lib/table-sort.ts';

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

describe('table sorting', () => {
  it('compares numbers numerically and text by the page language', () => {
    expect(compareKeys('9', '10', 'number', collator)).toBeLessThan(0);
    expect(compareKeys('-1', '0', 'number', collator)).toBeLessThan(0);
    expect(compareKeys('Örebro', 'Umeå', 'text', collator)).toBeGreaterThan(0);
    expect(compareKeys('Åre', 'Ängelholm', 'text', collator)).toBeLessThan(0);
  });
  it('sorts stably in either direction', () => {
    expect(sortedOrder(['2', '1', '2', '3'], 'number', 'ascending', collator)).toEqual([1, 0, 2, 3]);
    expect(sortedOrder(['2', '1', '2', '3'], 'number', 'descending', collator)).toEqual([3, 0, 2, 1]);
  });
  it('starts ascending and then toggles', () => {
    expect(nextDirection(null)).toBe('ascending');
    expect(nextDirection('ascending')).toBe('descending');
    expect(nextDirection('descending')).toBe('ascending');
  });
});
