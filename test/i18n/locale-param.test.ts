import { describe, expect, it } from 'vitest';
import { localeParam } from '../../src/i18n/locales.ts';

describe('localeParam', () => {
  it('returns an interface language as it is', () => {
    expect(localeParam('sv')).toBe('sv');
    expect(localeParam('is')).toBe('is');
  });
  it('names the value and the languages it expected when a page gets anything else', () => {
    expect(() => localeParam('se')).toThrow("'se' is not an interface language; expected one of en, sv, nb, da, fi, is");
    expect(() => localeParam(undefined)).toThrow("'undefined' is not an interface language");
  });
});
