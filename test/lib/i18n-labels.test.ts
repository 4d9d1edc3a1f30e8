import { describe, expect, it } from 'vitest';
import { facetValueLabel, languageNameInText, placeWithCountries, topicLabel, vocabLabel } from '../../src/lib/i18n-labels.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { makeTopic } from './entry-pages-fixtures.ts';

describe('labels', () => {
  const sv = useTranslations('sv');
  const topics = new Map([['rpm', makeTopic('rpm', { labels: { en: 'Remote monitoring', sv: 'Hemmonitorering', nb: 'x', da: 'x', fi: 'x', is: 'x' } })]]);

  it('labels vocabulary and facet values in the reader’s language', () => {
    expect(vocabLabel(sv, 'stage', 'discontinued')).toBe('Avbruten');
    expect(facetValueLabel('country', 'NO', sv, 'sv', topics)).toBe('Norge');
    expect(facetValueLabel('topic', 'rpm', sv, 'sv', topics)).toBe('Hemmonitorering');
    expect(facetValueLabel('year', '2019', sv, 'sv', topics)).toBe('2019');
    expect(topicLabel(undefined, 'sv', 'gone')).toBe('gone');
  });

  it('adds only the country names a place does not already mention', () => {
    expect(placeWithCountries('Östergötland, Sweden', ['Sweden'])).toBe('Östergötland, Sweden');
    expect(placeWithCountries('Tromsø', ['Norway'])).toBe('Tromsø, Norway');
    expect(placeWithCountries('Öresund', ['Sweden', 'Denmark', 'Sweden'])).toBe('Öresund, Sweden, Denmark');
    expect(placeWithCountries('Norden', [])).toBe('Norden');
  });

  it('recognises a country the place names in another language, and adds it in the reader’s', () => {
    const sweden = { label: 'Sverige', names: ['Sweden', 'Sverige', 'Ruotsi', 'Svíþjóð'] };
    expect(placeWithCountries('Östergötland, Sweden', [sweden])).toBe('Östergötland, Sweden');
    expect(placeWithCountries('Tromsø', [{ label: 'Norja', names: ['Norway', 'Norge', 'Noreg', 'Norja'] }])).toBe('Tromsø, Norja');
    expect(placeWithCountries('Uppsala', [sweden, sweden])).toBe('Uppsala, Sverige');
  });
});

describe('languageNameInText', () => {
  it('lower-cases a language name in running Nordic text, not in English', () => {
    expect(languageNameInText('Swedish', 'en')).toBe('Swedish');
    expect(languageNameInText('Svenska', 'sv')).toBe('svenska');
    expect(languageNameInText('Svenska', 'sv')).toBe('svenska');
    expect(languageNameInText('Íslenska', 'is')).toBe('íslenska');
    expect(languageNameInText('Svenska', 'fi')).toBe('Svenska'.toLocaleLowerCase('fi'));
  });
});

