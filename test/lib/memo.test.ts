import { describe, expect, it } from 'vitest';
import { memoByKey, memoByOwner, textMemo } from '../../src/lib/memo.ts';

describe('memoByKey', () => {
  it('computes once per owner and key, and apart for another owner', () => {
    let calls = 0;
    const length = memoByKey((owner: { words: string[] }, index: number) => {
      calls += 1;
      return owner.words[index]?.length;
    });
    const a = { words: ['kol', 'hemmonitorering'] };
    const b = { words: ['copd'] };
    expect(length(a, 1)).toBe(15);
    expect(length(a, 1)).toBe(15);
    expect(length(a, 0)).toBe(3);
    expect(length(b, 0)).toBe(4);
    // An undefined result is remembered too.
    expect(length(b, 5)).toBeUndefined();
    expect(length(b, 5)).toBeUndefined();
    expect(calls).toBe(4);
  });
});

describe('memoByOwner', () => {
  it('computes once per owner, an undefined result included', () => {
    let calls = 0;
    const first = memoByOwner((owner: { words: string[] }) => {
      calls += 1;
      return owner.words[0];
    });
    const a = { words: ['kol'] };
    const empty = { words: [] };
    expect(first(a)).toBe('kol');
    expect(first(a)).toBe('kol');
    expect(first(empty)).toBeUndefined();
    expect(first(empty)).toBeUndefined();
    expect(calls).toBe(2);
  });
});

describe('textMemo', () => {
  it('computes once per text key', () => {
    let calls = 0;
    const remember = textMemo<string | undefined>();
    const upper = (word: string) => remember(word, () => (calls++, word ? word.toUpperCase() : undefined));
    expect(upper('umeå')).toBe('UMEÅ');
    expect(upper('umeå')).toBe('UMEÅ');
    expect(upper('')).toBeUndefined();
    expect(upper('')).toBeUndefined();
    expect(calls).toBe(2);
  });
});
