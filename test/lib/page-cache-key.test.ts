import { describe, expect, it } from 'vitest';
import { casePageKey, collectionsDigest, entryDigest, type CasePageKeyInput } from '../../src/lib/page-cache-key.ts';

const base: CasePageKeyInput = {
  own: 'own-1',
  shared: 'shared-1',
  shownCases: [
    { id: 'a', digest: 'da' },
    { id: 'b', digest: 'db' },
  ],
  dated: [false, null],
};

describe('casePageKey', () => {
  it('is the same for the same inputs', () => {
    expect(casePageKey(base)).toBe(casePageKey({ ...base, shownCases: [...base.shownCases] }));
  });

  // Each of these changes what the page shows, so a reused page would be stale.
  it.each<[string, Partial<CasePageKeyInput>]>([
    ['its own entry changed', { own: 'own-2' }],
    ['a topic, organisation, method, requirement or event changed', { shared: 'shared-2' }],
    ['a related case was edited (its title shows on this page)', { shownCases: [{ id: 'a', digest: 'da2' }, base.shownCases[1]!] }],
    ['the related cases are other ones', { shownCases: [base.shownCases[0]!, { id: 'c', digest: 'dc' }] }],
    ['the related cases are in another order', { shownCases: [...base.shownCases].reverse() }],
    ['the entry went stale with the build date', { dated: [true, null] }],
  ])('changes when %s', (_, change) => {
    expect(casePageKey({ ...base, ...change })).not.toBe(casePageKey(base));
  });
});

describe('entryDigest', () => {
  it("uses the loader's digest when there is one", () => {
    expect(entryDigest({ id: 'x', digest: 'abc', data: { title: 'T' } })).toBe('abc');
    expect(entryDigest({ id: 'x', digest: 42 })).toBe('42');
  });
  it('otherwise hashes the data and body', () => {
    const digest = entryDigest({ id: 'x', data: { title: 'T' }, body: 'b' });
    expect(digest).toBe(entryDigest({ id: 'x', data: { title: 'T' }, body: 'b' }));
    expect(digest).not.toBe(entryDigest({ id: 'x', data: { title: 'U' }, body: 'b' }));
    expect(digest).not.toBe(entryDigest({ id: 'x', data: { title: 'T' }, body: 'c' }));
  });
});

describe('collectionsDigest', () => {
  const topics = [
    { id: 't1', digest: '1' },
    { id: 't2', digest: '2' },
  ];
  it('does not depend on the order of entries or collections', () => {
    expect(collectionsDigest({ topics, methods: [] })).toBe(collectionsDigest({ methods: [], topics: [...topics].reverse() }));
  });
  it('changes when an entry changes, is added, or moves to another collection', () => {
    const digest = collectionsDigest({ topics, methods: [] });
    expect(collectionsDigest({ topics: [topics[0]!, { id: 't2', digest: '3' }], methods: [] })).not.toBe(digest);
    expect(collectionsDigest({ topics: [...topics, { id: 't3', digest: '3' }], methods: [] })).not.toBe(digest);
    expect(collectionsDigest({ topics: [topics[0]!], methods: [topics[1]!] })).not.toBe(digest);
  });
});
