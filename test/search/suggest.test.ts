import { describe, expect, it } from 'vitest';
import { editDistance, suggestionIndex, suggestionWords, suggestQuery, suggestWord } from '../../src/search/suggest.ts';

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swaps as one edit each', () => {
    expect(editDistance('telemedecin', 'telemedicin', 2)).toBe(1);
    expect(editDistance('hjemmemonitorring', 'hjemmemonitorering', 2)).toBe(1);
    expect(editDistance('kotihiotio', 'kotihoitio', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 2)).toBe(0);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('stops early past the bound', () => {
    expect(editDistance('telemedicin', 'hemtjanst', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('suggestQuery', () => {
  const index = suggestionIndex(suggestionWords([
    'Telemedicin i hemmet', 'telemedicin', 'telemedicine at home', 'telemedisinsk hjemmemonitorering', 'hjemmemonitorering av KOL',
    'Kristiansund trygghetsalarm', 'Tromsø',
  ]));

  it('corrects the typos readers make, to the catalogue\'s own word', () => {
    expect(suggestQuery(index, 'hjemmemonitorring')).toBe('hjemmemonitorering');
    expect(suggestQuery(index, 'telemedecin')).toBe('telemedicin');
    expect(suggestQuery(index, 'Kristiansnd trygghetsalarm')).toBe('Kristiansund trygghetsalarm');
  });

  it('leaves known words, short words and numbers alone', () => {
    expect(suggestQuery(index, 'telemedicin')).toBeUndefined();
    expect(suggestQuery(index, 'KOL')).toBeUndefined();
    expect(suggestWord(index, 'tele')).toBeUndefined();
    expect(suggestQuery(index, '2018-04193')).toBeUndefined();
  });

  it('knows words by their folded spelling (tromso is Tromsø)', () => {
    expect(suggestWord(index, 'Tromso')).toBeUndefined();
    expect(suggestWord(index, 'tromsøø')).toBe('Tromsø');
  });

  it('suggests nothing when no word is near', () => {
    expect(suggestQuery(index, 'blockchain')).toBeUndefined();
  });
});

describe('suggestionWords', () => {
  it('keeps words of four letters or more, no numbers, most frequent first', () => {
    expect(suggestionWords(['KOL kol hemmonitorering', 'hemmonitorering 2018 covid19 data']).words).toEqual(['hemmonitorering', 'data']);
  });

  it('keeps the spelling a word is most often written in', () => {
    expect(suggestionWords(['Reykjavík', 'í Reykjavík', 'reykjavík', 'Telemedicin', 'telemedicin i hemmet', 'telemedicin']).words).toEqual(['Reykjavík', 'telemedicin', 'hemmet']);
  });
});
