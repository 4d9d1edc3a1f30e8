import { describe, expect, it } from 'vitest';
import { foldWord, pagefindFold, words } from '../../src/search/fold.ts';

describe('foldWord', () => {
  it('folds ø, æ, ð and þ, which Pagefind keeps', () => {
    expect(foldWord('kjøpe')).toBe('kjope');
    expect(foldWord('Guðmundsson')).toBe('gudmundsson');
    expect(foldWord('þjónusta')).toBe('thjonusta');
    expect(foldWord('Færøerne')).toBe(foldWord('Faroerne'));
  });

  it('folds å, ä and ö like Pagefind does', () => {
    expect(foldWord('hälsa')).toBe('halsa');
    expect(foldWord('Östergötland')).toBe('ostergotland');
    expect(foldWord('vård')).toBe('vard');
  });

  it('meets the reverse spellings readers type: oe, aa, ae', () => {
    expect(foldWord('kjoepe')).toBe(foldWord('kjøpe'));
    expect(foldWord('Aarhus')).toBe(foldWord('Århus'));
    expect(foldWord('haelsa')).toBe(foldWord('hälsa'));
    expect(foldWord('boerne')).toBe(foldWord('børne'));
    expect(foldWord('Thjonusta')).toBe(foldWord('Þjónusta'));
  });

  it('leaves ordinary words alone', () => {
    expect(foldWord('hemmonitorering')).toBe('hemmonitorering');
    expect(foldWord('COPD')).toBe('copd');
    expect(foldWord('2018')).toBe('2018');
  });

  it('is idempotent', () => {
    for (const word of ['kjøpe', 'Færøerne', 'maakunta', 'þjónusta', 'Aarhus']) expect(foldWord(foldWord(word))).toBe(foldWord(word));
  });
});

describe('pagefindFold', () => {
  it('drops combining marks but keeps ø', () => {
    expect(pagefindFold('Hälsa')).toBe('halsa');
    expect(pagefindFold('kjøpe')).toBe('kjøpe');
  });
});

describe('words', () => {
  it('splits at punctuation like Pagefind', () => {
    expect(words('ref. 2018-04193, h@h')).toEqual(['ref', '2018', '04193', 'h', 'h']);
    expect(words('Kjøpe der vi kan')).toEqual(['Kjøpe', 'der', 'vi', 'kan']);
  });
});
