import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/i18n/template.ts';
import { dictionaries, useTranslations, type UiKey } from '../../src/i18n/t.ts';
import { locales } from '../../src/i18n/locales.ts';

describe('fillTemplate', () => {
  it('fills placeholders in the order the language writes them', () => {
    expect(fillTemplate('{start} – {end}', { start: 'May 2019', end: '2020' })).toBe('May 2019 – 2020');
    expect(fillTemplate('{start} alkaen', { start: '2020' })).toBe('2020 alkaen');
    expect(fillTemplate('Page {page} of {count}', { page: 2, count: 0 })).toBe('Page 2 of 0');
  });
  it('leaves a placeholder without a value as written', () => {
    expect(fillTemplate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(fillTemplate('{name-with-dash} {x}', { x: '1' })).toBe('{name-with-dash} 1');
  });
});

describe('t()', () => {
  it('gives each language its own string, and the English one where a language lacks it', () => {
    for (const locale of locales) {
      const t = useTranslations(locale);
      for (const [key, template] of Object.entries(dictionaries.en)) {
        expect(t(key as UiKey)).toBe(dictionaries[locale][key as UiKey] ?? template);
      }
      expect(t('no.such.key' as UiKey)).toBe('no.such.key');
    }
  });
});

describe('t() with values', () => {
  // t() splits each UI string once (t.ts); it must fill exactly as fillTemplate does.
  const values = { start: 'S', end: 'E', plannedEnd: 'P', page: 2, count: 0, from: 1, to: 50, total: 1000, name: 'Åsa' };
  it('fills every UI string of every language as fillTemplate does, also the second time', () => {
    for (const locale of locales) {
      const t = useTranslations(locale);
      for (const [key, template] of Object.entries(dictionaries[locale])) {
        expect(t(key as UiKey, values)).toBe(fillTemplate(template, values));
        expect(t(key as UiKey, {})).toBe(fillTemplate(template, {}));
        expect(t(key as UiKey, values)).toBe(fillTemplate(template, values));
      }
    }
  });
  it('fills the same string with different values each time', () => {
    const t = useTranslations('en');
    expect(t('catalogue.showing', { from: 1, to: 50, total: 120 })).toBe(fillTemplate(dictionaries.en['catalogue.showing']!, { from: 1, to: 50, total: 120 }));
    expect(t('catalogue.showing', { from: 51, to: 100, total: 120 })).toContain('51');
  });
});
