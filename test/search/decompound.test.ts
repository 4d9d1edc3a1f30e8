import { describe, expect, it } from 'vitest';
import { buildLexicon, compoundTerms, splitCompound } from '../../src/search/decompound.ts';
import { compoundParts } from '../../src/search/compound-parts.ts';
import { foldWord } from '../../src/search/fold.ts';

const lexicon = buildLexicon([...compoundParts, 'Hemmonitorering', 'Etäseuranta', 'kotiseuranta', 'egenvård', 'Fjarvöktun']);
const split = (word: string) => splitCompound(foldWord(word), lexicon);

describe('splitCompound', () => {
  it('splits the compounds the issue names', () => {
    expect(split('hemmonitorering')).toEqual(['hem', 'monitorering']);
    expect(split('helsetjenester')).toEqual(['helse', 'tjenester']);
    expect(split('kotihoito')).toEqual(['koti', 'hoito']);
  });

  it('allows a linking s or e between known parts', () => {
    expect(split('välfärdsteknologi')).toEqual(['valfards', 'teknologi']);
    expect(split('kvalitetsregistere')).toEqual(['kvalitets', 'registere']);
  });

  it('accepts an inflected last part', () => {
    expect(split('helsetjenestene')).toEqual(['helse', 'tjenestene']);
    expect(split('vårdtjänsterna')).toEqual(['vard', 'tjansterna']);
  });

  it('splits compounds of three parts', () => {
    expect(split('digitalhemmonitorering')).toEqual(['digital', 'hemmonitorering']);
    expect(compoundTerms('digitalhemmonitorering', lexicon).sort()).toEqual(['digital', 'hem', 'hemmonitorering', 'monitorering']);
  });

  it('does not split words that only look like compounds', () => {
    for (const word of ['information', 'implementering', 'regionen', 'kommunikation', 'Norrbotten', 'organisation', 'hemlighet', 'apparat', 'telefon']) {
      expect(split(word), word).toEqual([]);
    }
  });

  it('never produces a last part shorter than four letters', () => {
    expect(split('hemvård')).toEqual(['hem', 'vard']);
    expect(split('hemapp')).toEqual([]);
  });
});
