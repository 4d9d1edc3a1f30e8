import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber, formatPartialDate, formatPeriod, formatShortDate } from '../../src/lib/format.ts';

const en = { yearNotStated: 'year not stated', open: 'ongoing', notStated: 'not stated' };
const sv = { yearNotStated: 'år ej angivet', open: 'pågår', notStated: 'ej angivet' };

describe('format', () => {
  it('shows only what a partial date states', () => {
    expect(formatPartialDate('2019', 'en', en)).toBe('2019');
    expect(formatPartialDate('2019-05', 'en', en)).toBe('May 2019');
    expect(formatPartialDate('2019-05-02', 'en', en)).toBe('2 May 2019');
    expect(formatPartialDate('--01-25', 'en', en)).toBe('25 January (year not stated)');
    expect(formatPartialDate('--01-25', 'sv', sv)).toBe('25 januari (år ej angivet)');
    expect(formatPartialDate('2019-05-02', 'fi', en)).toMatch(/2019/);
  });

  it('writes periods, open-ended ones included', () => {
    expect(formatPeriod('2018-11', '2019-09', 'en', en)).toBe('Nov 2018 – Sept 2019');
    expect(formatPeriod('2020', undefined, 'sv', sv)).toBe('2020 – pågår');
    expect(formatPeriod('2020', '2020', 'en', en)).toBe('2020');
    expect(formatShortDate('2021', 'da', en)).toBe('2021');
    expect(formatPeriod(undefined, undefined, 'en', en)).toBe('not stated');
    expect(formatPeriod(undefined, '2020', 'en', en)).toBe('not stated – 2020');
  });

  it('formats numbers and days per locale', () => {
    expect(formatNumber(1498164, 'en')).toBe('1,498,164');
    expect(formatNumber(1498164, 'sv').replace(/\s/g, ' ')).toBe('1 498 164');
    expect(formatDay('2024-05-02', 'en')).toBe('2 May 2024');
  });
});
