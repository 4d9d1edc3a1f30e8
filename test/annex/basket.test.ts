import { describe, expect, it } from 'vitest';
import { hasRequirement, parseBasket, refreshRows, serializeBasket, withRow, withoutRequirement } from '../../src/outputs/annex/basket.ts';
import { rows } from './fixtures.ts';

const [first, second] = rows as [(typeof rows)[0], (typeof rows)[0]];

describe('the requirements basket', () => {
  it('adds, replaces and removes rows by requirement id, and survives a round trip through storage', () => {
    let basket = withRow(withRow({ rows: [] }, first), second);
    expect(basket.rows.map((row) => row.code)).toEqual(['NWTC-PRI-001', 'NWTC-IOP-002']);
    basket = withRow(basket, { ...first, statement: 'Updated statement in Swedish.', statementLanguage: 'Svenska' });
    expect(basket.rows).toHaveLength(2);
    expect(basket.rows[0]?.statement).toBe('Updated statement in Swedish.');
    expect(parseBasket(serializeBasket(basket))).toEqual(basket);
    expect(hasRequirement(basket, first.id)).toBe(true);
    basket = withoutRequirement(basket, first.id);
    expect(hasRequirement(basket, first.id)).toBe(false);
  });

  it('reads anything unreadable, of another version or shape, as an empty basket, and drops malformed rows', () => {
    for (const text of [null, '', 'not json', '[]', '{"version":2,"rows":[]}', '{"version":1,"rows":{}}']) expect(parseBasket(text)).toEqual({ rows: [] });
    const mixed = JSON.stringify({ version: 1, rows: [first, { ...second, code: 42 }, { id: 'x' }, first] });
    expect(parseBasket(mixed).rows).toEqual([first]);
  });

  it('refreshes stored rows with the current rows in the reader language, keeping what it cannot refresh, by code', () => {
    const basket = { rows: [first, second] };
    const fresh = [{ ...second, statement: 'Fresh text in the reader language.' }];
    const refreshed = refreshRows(basket, fresh);
    expect(refreshed.rows.map((row) => row.code)).toEqual(['NWTC-IOP-002', 'NWTC-PRI-001']);
    expect(refreshed.rows[0]?.statement).toBe('Fresh text in the reader language.');
    expect(refreshed.rows[1]).toEqual(first);
  });
});
