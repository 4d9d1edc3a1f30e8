import { describe, expect, it } from 'vitest';
import { memoByKey } from '../../src/lib/memo.ts';

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
