import { describe, expect, it } from 'vitest';
import { compareDates, latestDayOf, parsePartialDate, yearOf } from '../../src/schema/dates.ts';
import { fullDate, partialDate } from '../../src/schema/fields.ts';

describe('partial dates', () => {
  it('accepts every precision the sources give, and normalises YAML numbers and dates', () => {
    const schema = partialDate();
    expect(schema.parse('2019')).toBe('2019');
    expect(schema.parse(2019)).toBe('2019');
    expect(schema.parse('2019-05')).toBe('2019-05');
    expect(schema.parse(new Date('2019-05-02T00:00:00Z'))).toBe('2019-05-02');
    expect(schema.parse('--01-25')).toBe('--01-25');
  });

  it('rejects impossible or ambiguous dates with a message that shows the expected forms', () => {
    const schema = partialDate();
    for (const bad of ['2019-13', '19-05-02', '2019/05/02', 'May 2019', '--13-01', '2019-05-32']) {
      const result = schema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/2019-05-02/);
    }
  });

  it('requires a full date where one is needed', () => {
    expect(fullDate().parse(new Date('2024-04-19T00:00:00Z'))).toBe('2024-04-19');
    expect(fullDate().safeParse('2024-04').success).toBe(false);
  });

  it('orders by what is known, unknown years first', () => {
    const sorted = ['2019-05-02', '--01-25', '2018', '2019', '2018-11'].sort(compareDates);
    expect(sorted).toEqual(['--01-25', '2018', '2018-11', '2019', '2019-05-02']);
  });

  it('finds the last day a partial date can stand for', () => {
    expect(latestDayOf('2019-09')).toBe('2019-09-30');
    expect(latestDayOf('2020-02')).toBe('2020-02-29');
    expect(latestDayOf('2019')).toBe('2019-12-31');
    expect(latestDayOf('--01-25')).toBeUndefined();
    expect(parsePartialDate('--01-25')).toEqual({ month: 1, day: 25 });
    expect(yearOf('2018-11')).toBe(2018);
  });
});
