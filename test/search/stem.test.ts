import { describe, expect, it } from 'vitest';
import { stemSwedish } from '../../src/search/stem.ts';
import { foldWord } from '../../src/search/fold.ts';

describe('stemSwedish', () => {
  it('removes the Swedish Snowball endings inside R1', () => {
    // Examples from the Snowball Swedish vocabulary.
    expect(stemSwedish('jaktkarlarne')).toBe('jaktkarl');
    expect(stemSwedish('jaktkarlens')).toBe('jaktkarl');
    expect(stemSwedish('klokaste')).toBe('klok');
    expect(stemSwedish('klokheten')).toBe('klok');
  });

  it('folds the inflections sv, nb and da share onto one stem', () => {
    const stem = (word: string) => stemSwedish(foldWord(word));
    expect(stem('tjänsterna')).toBe(stem('tjänster'));
    expect(stem('tjenester')).toBe(stem('tjenesten'));
    // Danish -erne is not a Swedish ending, but the stem of the plain plural is a prefix of it.
    expect(stem('kommunerne').startsWith(stem('kommuner'))).toBe(true);
    expect(stem('KOLS'.toLowerCase())).toBe('kol');
  });

  it('keeps a final s after a vowel that is not o, and short words whole', () => {
    expect(stemSwedish('status')).toBe('status');
    expect(stemSwedish('kol')).toBe('kol');
    expect(stemSwedish('ab')).toBe('ab');
    expect(stemSwedish('')).toBe('');
  });

  it('trims paired final consonants and the -lig, -ig, -els, -löst and -fullt endings', () => {
    expect(stemSwedish('betydde')).toBe('betyd');
    expect(stemSwedish('kvalitet')).toBe('kvalitet');
    expect(stemSwedish('vänlig')).toBe('vän');
    expect(stemSwedish('hjälplöst')).toBe('hjälplös');
    expect(stemSwedish('ansvarsfullt')).toBe('ansvarsfull');
  });
});
