import { describe, expect, it } from 'vitest';
import { formatDateRange, formatDay, formatList, formatMoney, formatNumber, formatPartialDate, formatPeriod, formatShortDate, periodWords } from '../../src/lib/format.ts';
import { useTranslations } from '../../src/i18n/t.ts';

// The words the pages use, from the translations.
const en = periodWords(useTranslations('en'));
const sv = periodWords(useTranslations('sv'));
const fi = periodWords(useTranslations('fi'));

// Intl separates groups with (narrow) no-break spaces in the Nordic locales; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPartialDate', () => {
  it('shows only what a partial date states', () => {
    expect(formatPartialDate('2019', 'en', en)).toBe('2019');
    expect(formatPartialDate('2019-05', 'en', en)).toBe('May 2019');
    expect(formatPartialDate('2019-09', 'en', en)).toBe('September 2019');
    expect(formatPartialDate('2019-05-02', 'en', en)).toBe('2 May 2019');
    expect(formatPartialDate('2019-05-02', 'fi', en)).toMatch(/2019/);
  });
  it('says the year is not stated for a day and month without one, in every style', () => {
    expect(formatPartialDate('--01-25', 'en', en)).toBe('25 January (year not stated)');
    expect(formatPartialDate('--01-25', 'sv', sv)).toBe('25 januari (år ej angivet)');
    expect(formatShortDate('--01-25', 'en', en)).toBe('25 January (year not stated)');
    expect(formatPeriod({ start: '--01-25' }, 'en', en, 'short')).toBe('From 25 January (year not stated)');
  });
  it('writes months in the interface language', () => {
    expect(formatPartialDate('2019-09', 'sv', sv)).toBe('september 2019');
    expect(formatPartialDate('2018-11', 'fi', fi)).toMatch(/^marraskuu 2018$/);
    expect(formatPartialDate('2019', 'is', en)).toBe('2019');
  });
});

describe('formatPeriod', () => {
  it('writes the period with the parts that are known', () => {
    expect(formatPeriod({ start: '2018-11', end: '2019-09' }, 'en', en)).toBe('November 2018 – September 2019');
    expect(formatPeriod({ start: '2018-11', plannedEnd: '2019-09' }, 'en', en)).toBe('November 2018 – September 2019 (planned end)');
    expect(formatPeriod({ start: '2020' }, 'en', en)).toBe('From 2020');
    expect(formatPeriod({ start: '2020', end: '2020' }, 'en', en)).toBe('2020');
  });
  it('writes compact periods for list rows', () => {
    expect(formatPeriod({ start: '2018-11', end: '2019-09' }, 'en', en, 'short')).toBe('Nov 2018 – Sept 2019');
    expect(formatPeriod({ start: '2020', end: '2020' }, 'en', en, 'short')).toBe('2020');
    // Finnish has no short month names a reader recognises ("marras" reads as cut off): full names.
    expect(formatPartialDate('2018-11', 'fi', fi, 'short')).toBe('marraskuu 2018');
    expect(formatShortDate('2021', 'da', en)).toBe('2021');
  });
  it('does not claim an open-ended case is still going on', () => {
    // Earlier list rows read "2020 – pågår" (ongoing); the source only gives a start.
    expect(formatPeriod({ start: '2020' }, 'sv', sv, 'short')).toBe('Från 2020');
  });
  it('says "not stated" for a missing start, everywhere', () => {
    expect(formatPeriod({}, 'en', en)).toBe('not stated');
    expect(formatPeriod({}, 'en', en, 'short')).toBe('not stated');
    expect(formatPeriod({ end: '2020' }, 'en', en, 'short')).toBe('not stated – 2020');
    expect(formatPeriod({ plannedEnd: '2019-12' }, 'en', en)).toBe('not stated – December 2019 (planned end)');
  });
  it('follows the word order of the interface language', () => {
    expect(formatPeriod({ start: '2020' }, 'fi', fi)).toBe('2020 alkaen');
  });
});

describe('numbers, money, lists and days', () => {
  it('formats numbers per locale', () => {
    expect(formatNumber(1498164, 'en')).toBe('1,498,164');
    expect(plain(formatNumber(1498164, 'sv'))).toBe('1 498 164');
    expect(formatNumber(1498164, 'sv').replace(/\s/g, ' ')).toBe('1 498 164');
    expect(plain(formatNumber(52000, 'fi'))).toBe('52 000');
  });
  it('formats the Vinnova grant with its currency code, per locale', () => {
    expect(plain(formatMoney(1498164, 'SEK', 'en'))).toBe('SEK 1,498,164');
    expect(plain(formatMoney(1498164, 'SEK', 'sv'))).toBe('1 498 164 SEK');
    expect(plain(formatMoney(1498164, 'SEK', 'nb'))).toBe('1 498 164 SEK');
    expect(plain(formatMoney(1498164, 'SEK', 'da'))).toBe('1.498.164 SEK');
  });
  it('keeps cents only when the amount has them', () => {
    expect(plain(formatMoney(2500.5, 'EUR', 'en'))).toBe('EUR 2,500.50');
  });
  it('joins a list the way the language does', () => {
    expect(formatList(['Sweden', 'Norway', 'Finland'], 'en')).toBe('Sweden, Norway and Finland');
    expect(formatList(['Sverige', 'Norge'], 'sv')).toBe('Sverige och Norge');
  });
  it('writes a full day', () => {
    expect(formatDay('2024-05-02', 'en')).toBe('2 May 2024');
  });
});

describe('formatDateRange', () => {
  it('writes an event on one day as one date, and a longer one as a range', () => {
    expect(formatDateRange('2024-03-12', undefined, 'en', en)).toBe('12 March 2024');
    expect(formatDateRange('2024-03-12', '2024-03-12', 'en', en)).toBe('12 March 2024');
    expect(formatDateRange('2024-03-12', '2024-03-14', 'en', en)).toBe('12 March 2024 – 14 March 2024');
    expect(formatDateRange('--01-25', undefined, 'en', en)).toBe('25 January (year not stated)');
  });
});
