import { describe, expect, it } from 'vitest';
import { closest, editDistance, foldForMatch, toId } from '../../src/checks/suggest.ts';
import { decodeCharacterReferences, unsafeScheme } from '../../src/checks/body.ts';

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('pilott', 'pilot')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'xyz123', 2)).toBe(3);
  });
  it('folds case, diacritics and Nordic letters', () => {
    expect(foldForMatch('Hjärtsvikt')).toBe('hjartsvikt');
    expect(foldForMatch('Søknad Æble Þing')).toBe('soknad-aeble-thing');
  });
  it('finds ids through labels and rejects far guesses', () => {
    const candidates = [
      { text: 'heart-failure', id: 'heart-failure' },
      { text: 'Hjärtsvikt', id: 'heart-failure' },
      { text: 'copd', id: 'copd' },
      { text: 'KOL', id: 'copd' },
    ];
    expect(closest('hjartsvikt', candidates)).toBe('heart-failure');
    expect(closest('kol', candidates)).toBe('copd');
    expect(closest('diabetes', candidates)).toBeUndefined();
  });
  it('makes an id from free text', () => {
    expect(toId('Egenvård vid KOL!')).toBe('egenvard-vid-kol');
  });
});

describe('URL schemes', () => {
  it('sees through entities, whitespace and case', () => {
    expect(unsafeScheme('java&#115;cript:x', true)).toBe('javascript');
    expect(unsafeScheme(' \tJaVa\nScRipt:x', false)).toBe('javascript');
    expect(unsafeScheme('javascript&colon;x', true)).toBe('javascript');
    expect(unsafeScheme('DATA:text/html,x', false)).toBe('data');
    expect(decodeCharacterReferences('&#x6A;&#97;')).toBe('ja');
  });
  it('allows web, mail and phone addresses and relative links', () => {
    for (const url of ['https://example.org/a:b', 'http://x', 'mailto:a@b.se', 'tel:+46', '/media/x.png', '#top', 'page/']) {
      expect(unsafeScheme(url, true)).toBeUndefined();
    }
  });
  it('reads labels as text', () => {
    expect(unsafeScheme('Data: 52', true, 'text')).toBeUndefined();
    expect(unsafeScheme(' javascript:x', true, 'text')).toBe('javascript');
  });
});
