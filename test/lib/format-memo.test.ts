import { describe, expect, it } from 'vitest';
import * as plain from '../../src/lib/format.ts';
import * as memo from '../../src/lib/format-memo.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { locales } from '../../src/i18n/locales.ts';

// format-memo.ts remembers format.ts's results; asked twice, in any order, it must give the same.
const dates = ['2019', '2019-05', '2019-05-02', '--01-25', '2018-11', '2024-12-31'];
const periods: plain.Period[] = [
  {},
  { start: '2018-11', end: '2019-09' },
  { start: '2018-11', plannedEnd: '2019-09' },
  { start: '2020' },
  { start: '2020', end: '2020' },
  { end: '2021' },
  { start: '', end: '2021' },
  { start: '--01-25' },
];

describe('format-memo', () => {
  it('formats dates, periods, ranges and lists as format.ts does, in every language and style', () => {
    for (let round = 0; round < 2; round += 1) {
      for (const locale of locales) {
        const words = plain.periodWords(useTranslations(locale));
        for (const style of ['long', 'short'] as const) {
          for (const date of dates) expect(memo.formatPartialDate(date, locale, words, style)).toBe(plain.formatPartialDate(date, locale, words, style));
          for (const period of periods) expect(memo.formatPeriod(period, locale, words, style)).toBe(plain.formatPeriod(period, locale, words, style));
        }
        for (const date of dates) {
          expect(memo.formatDateRange(date, '2025-01-02', locale, words)).toBe(plain.formatDateRange(date, '2025-01-02', locale, words));
          expect(memo.formatDateRange(date, undefined, locale, words)).toBe(plain.formatDateRange(date, undefined, locale, words));
        }
        expect(memo.formatDay('2024-05-02', locale)).toBe(plain.formatDay('2024-05-02', locale));
        for (const items of [[], ['Sweden'], ['Sweden', 'Norway'], ['Sweden', 'Norway', 'Finland']]) {
          expect(memo.formatList(items, locale)).toBe(plain.formatList(items, locale));
        }
      }
    }
  });
  it('keeps results apart when only the words differ', () => {
    const en = plain.periodWords(useTranslations('en'));
    const other = { ...en, yearNotStated: 'no year', periodOpen: 'Since {start}' };
    expect(memo.formatPartialDate('--01-25', 'en', en)).toBe('25 January (year not stated)');
    expect(memo.formatPartialDate('--01-25', 'en', other)).toBe('25 January (no year)');
    expect(memo.formatPeriod({ start: '2020' }, 'en', en)).toBe('From 2020');
    expect(memo.formatPeriod({ start: '2020' }, 'en', other)).toBe('Since 2020');
  });
});
