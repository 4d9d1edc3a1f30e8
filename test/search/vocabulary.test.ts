import { describe, expect, it } from 'vitest';
import { vocabularyText } from '../../src/lib/search/vocabulary.ts';

describe('vocabularyText', () => {
  it('keeps each word once, case-insensitively, in first-seen order', () => {
    expect(vocabularyText(['Kroniska sjukdomar', 'kronisk sjukdom', 'Kronisk sykdom', 'KOL', 'kol'])).toBe('Kroniska sjukdomar kronisk sjukdom sykdom KOL');
  });

  it('keeps inner punctuation and drops punctuation around words', () => {
    expect(vocabularyText(['IT-system', '(bokmål)', '2021-07205,', 'e-health Agder 2030'])).toBe('IT-system bokmål 2021-07205 e-health Agder 2030');
  });

  it('is empty for no terms or only punctuation', () => {
    expect(vocabularyText([])).toBe('');
    expect(vocabularyText([' · ', '–'])).toBe('');
  });

  it('treats letters outside ASCII as letters', () => {
    expect(vocabularyText(['samþætting kerfa', 'Samþætting', 'fjarvöktun', 'Ísland'])).toBe('samþætting kerfa fjarvöktun Ísland');
  });
});
